import type { Finding } from '../../check/types.js';
import type { Report } from '../types.js';

/** Finding codes that name a whole passage (one finding for a run of omitted or added sentences). */
export const PASSAGE_CODES: Readonly<Record<'src' | 'tgt', string>> = { src: 'omission-passage', tgt: 'addition-passage' };

/**
 * A run of consecutive beads with one empty side, shown as one collapsed block: source sentences with
 * no counterpart (`side: 'src'`, omissions) or target sentences with none (`side: 'tgt'`, additions).
 */
export interface Passage {
  /** The side that has the sentences. */
  side: 'src' | 'tgt';
  /** Beads `[first, end)` of the run, in report order. */
  beads: [number, number];
  /** The run's sentences on `side`, in bead order. */
  sentences: number[];
  /** Indices of the passage findings (`omission-passage`, `addition-passage`) about this run. */
  findings: number[];
}

/** The side a bead has sentences on when its other side is empty; `undefined` for a pair. */
const loneSide = (src: number[], tgt: number[]): 'src' | 'tgt' | undefined =>
  tgt.length === 0 && src.length > 0 ? 'src' : src.length === 0 && tgt.length > 0 ? 'tgt' : undefined;

/** The sentences a passage finding names on its side: its indices, or those its character range overlaps. */
function passageSentences(report: Report, finding: Finding, side: 'src' | 'tgt'): number[] {
  const listed = finding[side];
  if (listed && listed.length > 0) return listed;
  const range = side === 'src' ? finding.srcRange : finding.tgtRange;
  if (!range) return [];
  const sentences = side === 'src' ? report.source.sentences : report.target.sentences;
  return sentences.flatMap((s, i) => (s.start < range[1] && s.end > range[0] ? [i] : []));
}

/**
 * The passages of a report: every maximal run of consecutive beads with the same empty side that holds
 * at least `minSentences` sentences, or that a passage finding points at (then of any length).
 */
export function findPassages(report: Report, minSentences: number): Passage[] {
  const flagged = { src: new Map<number, number[]>(), tgt: new Map<number, number[]>() };
  report.findings.forEach((finding, f) => {
    for (const side of ['src', 'tgt'] as const) {
      if ((finding.code as string) !== PASSAGE_CODES[side]) continue;
      for (const s of passageSentences(report, finding, side)) flagged[side].set(s, [...(flagged[side].get(s) ?? []), f]);
    }
  });
  const passages: Passage[] = [];
  let b = 0;
  while (b < report.beads.length) {
    const side = loneSide(report.beads[b].src, report.beads[b].tgt);
    let end = b + 1;
    if (side) while (end < report.beads.length && loneSide(report.beads[end].src, report.beads[end].tgt) === side) end += 1;
    if (side) {
      const sentences = report.beads.slice(b, end).flatMap((bead) => bead[side]);
      const findings = [...new Set(sentences.flatMap((s) => flagged[side].get(s) ?? []))].sort((x, y) => x - y);
      if (sentences.length >= minSentences || findings.length > 0) passages.push({ side, beads: [b, end], sentences, findings });
    }
    b = end;
  }
  return passages;
}

/** `6–11` for 0-based indices 5…10, shown 1-based as a reader counts; `6, 8–9` when they have gaps. */
export function sentenceRanges(unsorted: number[]): string {
  const indices = [...unsorted].sort((x, y) => x - y);
  const parts: string[] = [];
  let k = 0;
  while (k < indices.length) {
    let j = k;
    while (j + 1 < indices.length && indices[j + 1] === indices[j] + 1) j += 1;
    parts.push(j === k ? String(indices[k] + 1) : `${indices[k] + 1}–${indices[j] + 1}`);
    k = j + 1;
  }
  return parts.join(', ');
}
