// `eval:planted --alarms FILE`: every error and warning finding on the unmodified documents, written
// out in full for a reviewer to classify (checker wrong, aligner wrong, real difference): the
// finding, the bead it is about with both sides' lines, and whether the gold alignment has that bead.
import type { Finding } from '../../src/check/types.js';
import type { Report } from '../../src/report/types.js';
import { lineAt } from './match.js';
import type { GoldDoc } from './plant.js';

const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x) => b.includes(x));

/** How the gold alignment groups `src`/`tgt` lines: `gold` when one gold bead is exactly them, else the gold beads touching them. */
export function goldView(doc: GoldDoc, src: readonly number[], tgt: readonly number[]): string {
  if (doc.gold.some((b) => sameSet(b.src, src) && sameSet(b.tgt, tgt))) return 'gold';
  const touching = doc.gold.filter((b) => b.src.some((l) => src.includes(l)) || b.tgt.some((l) => tgt.includes(l)));
  return `not gold; gold has ${touching.map((b) => `[${b.src}]-[${b.tgt}]`).join(' ') || 'nothing here'}`;
}

/** One finding as a text block: code, message, the bead's lines on both sides, and the gold view. */
export function describeAlarm(
  set: string, doc: GoldDoc, report: Report, f: Finding,
  srcStarts: readonly number[], tgtStarts: readonly number[],
): string {
  const lines = (side: 'src' | 'tgt', idx: readonly number[]) => {
    const starts = side === 'src' ? srcStarts : tgtStarts;
    const sentences = report[side === 'src' ? 'source' : 'target'].sentences;
    return [...new Set(idx.map((i) => lineAt(starts, sentences[i]!.start)))];
  };
  const bead = f.bead !== undefined ? report.beads[f.bead] : undefined;
  const src = lines('src', [...(bead?.src ?? []), ...(f.src ?? [])]).sort((a, b) => a - b);
  const tgt = lines('tgt', [...(bead?.tgt ?? []), ...(f.tgt ?? [])]).sort((a, b) => a - b);
  const out = [
    `## ${f.code} (${f.severity}) ${set}/${doc.id} src [${src}] tgt [${tgt}]${bead ? ` bead ${bead.label} ${bead.score.toFixed(2)}` : ''}`,
    `   ${f.message}${f.expected !== undefined ? ` | expected: ${f.expected}` : ''}${f.actual !== undefined ? ` | actual: ${f.actual}` : ''}${f.note ? ` | note: ${f.note}` : ''}`,
    `   ${goldView(doc, src, tgt)}`,
    ...src.map((l) => `   S${l}: ${doc.src[l]}`),
    ...tgt.map((l) => `   T${l}: ${doc.tgt[l]}`),
  ];
  return out.join('\n');
}
