// `eval:planted --diag`: what happened to a planted deletion that no finding caught.
//
// Aligns the planted document again as `compareArticles` does (same beads) and prints, in lines of
// the unmodified document: the bead that holds the orphaned source sentence and its neighbours (shape,
// lines, label, score, and whether the pairing agrees with the gold alignment), each source sentence's
// leave-out share (`leaveOutRatios`) and similarity to its bead's target (`groupCosine`, the threshold
// of unrelated pairs beside it), and the findings near the line (marked `=` when the unmodified run
// raised the same one). One short classification heads each miss: `omission-bead`, `k-1 merged`
// (with the neighbour it was merged with), `k-m merged`, `shifted` (a 1-1 pair whose target is not its
// gold partner, with the length of the run of shifted pairs), or `own partner` (paired with its own
// target sentence: the deletion fell elsewhere).
import { alignWithVectors } from '../../src/align/index.js';
import type { Bead } from '../../src/align/types.js';
import { leaveOutRatios } from '../../src/compare/leave-out.js';
import { groupCosine, supportSides, unrelatedThreshold } from '../../src/compare/support.js';
import type { Report } from '../../src/report/types.js';
import { lineAt, type LineFinding } from './match.js';
import type { GoldDoc, Planted } from './plant.js';

/** One miss, described in lines (see the module comment). */
export async function diagnose(doc: GoldDoc, p: Planted, report: Report, srcStarts: readonly number[], tgtStarts: readonly number[], findings: readonly LineFinding[], baseline: ReadonlySet<string>): Promise<string> {
  const src = report.source.sentences;
  const tgt = report.target.sentences;
  const { alignment, sides } = await alignWithVectors(src, tgt, { mode: 'parallel', languages: [report.source.lang, report.target.lang], leaveOutCosts: true });
  const beads = alignment.beads;
  const same = JSON.stringify(beads.map((b) => [b.src, b.tgt])) === JSON.stringify(report.beads.map((b) => [b.src, b.tgt]));
  const langs = { source: report.source.lang, target: report.target.lang };
  const [S, T] = await supportSides(src, tgt, beads, langs, undefined, sides ? { vectors: sides } : {});
  const threshold = unrelatedThreshold(S, T, beads);
  const ratio = alignment.stats?.leaveOutCost ? leaveOutRatios(src, beads, alignment.stats.leaveOutCost) : new Map<number, number>();
  const sLine = (i: number) => lineAt(srcStarts, src[i]!.start);
  const tLine = (j: number) => p.tgtOrig[lineAt(tgtStarts, tgt[j]!.start)]!;
  const goldTgt = new Map<number, number[]>();
  for (const g of doc.gold) for (const s of g.src) goldTgt.set(s, g.tgt);
  // A bead agrees with gold when every source line's gold targets contain every target line it got.
  const agrees = (b: Bead) => b.src.length > 0 && b.tgt.length > 0 && b.src.every((i) => b.tgt.every((j) => doc.gold.some((g) => g.src.includes(sLine(i)) && g.tgt.includes(tLine(j)))));
  const lines = (idx: readonly number[], f: (i: number) => number) => [...new Set(idx.map(f))].join(',');
  const shape = (b: Bead) => `${b.src.length}-${b.tgt.length}`;
  const describe = (b: Bead, k: number) => `#${k} ${shape(b)} ${b.label} src[${lines(b.src, sLine)}] tgt[${lines(b.tgt, tLine)}] score ${b.score.toFixed(2)}${agrees(b) ? ' gold' : ''}`;
  const line = p.site.srcLine;
  const mine = src.map((_, i) => i).filter((i) => sLine(i) === line);
  const k = beads.findIndex((b) => b.src.some((i) => mine.includes(i)));
  const bead = beads[k]!;
  let kind: string;
  if (bead.tgt.length === 0) kind = 'omission-bead';
  else if (bead.src.length > 1 && bead.tgt.length === 1) {
    const others = bead.src.filter((i) => !mine.includes(i)).map(sLine);
    kind = `${bead.src.length}-1 merged with ${others.every((l) => l < line) ? 'previous' : others.every((l) => l > line) ? 'next' : 'both'}`;
  } else if (bead.src.length > 1 || bead.tgt.length > 1) kind = `${shape(bead)} merged`;
  else if (agrees(bead)) kind = 'own partner';
  else {
    // The run of 1-1 pairs around it that disagree with gold.
    let a = k, b = k;
    const off = (x: Bead | undefined) => x !== undefined && x.src.length === 1 && x.tgt.length === 1 && !agrees(x);
    while (off(beads[a - 1])) a--;
    while (off(beads[b + 1])) b++;
    kind = `shifted (run of ${b - a + 1})`;
  }
  const out = [`    ${kind}${same ? '' : ' (beads differ from the report!)'}; threshold ${threshold?.toFixed(2) ?? '–'}`];
  for (let d = -2; d <= 2; d++) {
    const b = beads[k + d];
    if (b) out.push(`    ${d === 0 ? '>' : ' '} ${describe(b, k + d)}`);
  }
  for (const i of bead.src) {
    const sim = bead.tgt.length ? groupCosine(S, i, T, bead.tgt) : NaN;
    const each = bead.tgt.map((j) => groupCosine(S, i, T, [j]).toFixed(2)).join('/');
    out.push(`      src ${sLine(i)}${mine.includes(i) ? '*' : ' '} share ${ratio.get(i)?.toFixed(2) ?? '–'} sim ${sim.toFixed(2)} (each ${each}) chars ${src[i]!.text.length} «${src[i]!.text.slice(0, 70)}»`);
  }
  for (const j of bead.tgt) out.push(`      tgt ${tLine(j)} chars ${tgt[j]!.text.length} «${tgt[j]!.text.slice(0, 50)}»`);
  for (const f of findings) {
    if (!f.src.some((l) => Math.abs(l - line) <= 2)) continue;
    out.push(`      ${baseline.has(f.key) ? '=' : '+'} ${f.severity} ${f.code} src ${f.src.join(',')} tgt ${f.tgt.join(',')}`);
  }
  return out.join('\n');
}
