// `eval:planted --dump FILE`: the numbers behind each source sentence's omission decision, one JSON
// object a line, for working out a rule offline: every sentence of the unmodified documents
// (`orphan: false`; reporting one of them is a false alarm unless it is already reported) and the
// orphaned source sentence of each planted deletion (`orphan: true`, `caught` whether a finding caught
// it). Aligns the document again as `compareArticles` does.
import { alignWithVectors } from '../../src/align/index.js';
import { letterCount } from '../../src/check/context.js';
import { leaveOutRatios } from '../../src/compare/leave-out.js';
import { numbersAnswered, numbersFound } from '../../src/compare/facts.js';
import { carriedCounts } from '../../src/compare/carried.js';
import { shiftGains } from '../../src/compare/shifted.js';
import { groupCosine, supportSides, unrelatedThreshold } from '../../src/compare/support.js';
import type { Report } from '../../src/report/types.js';
import { followsOn, leadsOn } from '../../src/text/clauses.js';
import { lineAt } from './match.js';

/** One row per source sentence of `report` whose line is in `lines` (all when absent). */
export async function sentenceFeatures(report: Report, srcStarts: readonly number[], lines?: ReadonlySet<number>): Promise<Array<Record<string, unknown>>> {
  const src = report.source.sentences;
  const tgt = report.target.sentences;
  const { alignment, sides } = await alignWithVectors(src, tgt, { mode: 'parallel', languages: [report.source.lang, report.target.lang], leaveOutCosts: true });
  const beads = alignment.beads;
  const langs = { source: report.source.lang, target: report.target.lang };
  const [S, T] = await supportSides(src, tgt, beads, langs, undefined, sides ? { vectors: sides } : {});
  const thresholds = [0.5, 0.9, 0.95].map((q) => unrelatedThreshold(S, T, beads, { nullQuantile: q }) ?? NaN);
  const ratio = alignment.stats?.leaveOutCost ? leaveOutRatios(src, beads, alignment.stats.leaveOutCost) : new Map<number, number>();
  const beadOf = new Int32Array(src.length).fill(-1);
  beads.forEach((b, k) => b.src.forEach((i) => { beadOf[i] = k; }));
  const chars = (idx: readonly number[], side: typeof src) => idx.reduce((n, i) => n + side[i]!.text.length, 0);
  const ones = beads.filter((b) => b.label === 'match' && b.src.length === 1 && b.tgt.length === 1);
  const logs = ones.map((b) => Math.log(Math.max(1, chars(b.tgt, tgt)) / Math.max(1, chars(b.src, src)))).sort((a, b) => a - b);
  const usual = logs[Math.floor(logs.length / 2)] ?? 0;
  // The weak-pair test's bound (src/compare/weak-pair.ts): the median 1-1 match pair's similarity.
  const pairSims = ones.map((b) => groupCosine(S, b.src[0]!, T, b.tgt)).sort((a, b) => a - b);
  const pairMedian = pairSims[Math.floor(pairSims.length / 2)] ?? null;
  const omitted = new Set(report.findings.filter((f) => f.code === 'omission' || f.code === 'omission-passage').flatMap((f) => f.src ?? []));
  const alarmed = new Set(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').flatMap((f) => f.src ?? []));
  // The shift evidence next to each bead (src/compare/shifted.ts): the best run of 1-1 pairs ending right
  // before it against the next targets, and starting right after it against the previous ones.
  const { later, earlier } = shiftGains(beads, (i, g) => groupCosine(S, i, T, g));
  // A bead's similarity: each target sentence against the source group, weighted by its length.
  const beadSim = (from: readonly number[], to: readonly number[]) => to.reduce((a, j) => a + tgt[j]!.text.length * groupCosine(T, j, S, from), 0) / to.reduce((a, j) => a + tgt[j]!.text.length, 0);
  const out: Array<Record<string, unknown>> = [];
  src.forEach((s, i) => {
    const line = lineAt(srcStarts, s.start);
    if (lines && !lines.has(line)) return;
    const k = beadOf[i]!;
    const b = beads[k]!;
    const cos = (t: readonly number[] | undefined) => (t && t.length ? groupCosine(S, i, T, t) : NaN);
    const sibling = (d: number) => (b.tgt.length && i + d >= 0 && i + d < src.length ? groupCosine(S, i + d, T, b.tgt) : NaN);
    const tgtText = b.tgt.map((j) => tgt[j]!.text).join(' ');
    out.push({
      line, i, bead: k, ds: b.src.length, dt: b.tgt.length, label: b.label, score: b.score,
      share: ratio.get(i) ?? null, sim: cos(b.tgt), each: b.tgt.map((j) => groupCosine(S, i, T, [j])),
      groupSims: b.src.map((x) => (b.tgt.length ? groupCosine(S, x, T, b.tgt) : NaN)),
      prevTgt: cos(beads[k - 1]?.tgt), nextTgt: cos(beads[k + 1]?.tgt), prevSrc: sibling(-1), nextSrc: sibling(1),
      q50: thresholds[0], q90: thresholds[1], q95: thresholds[2],
      chars: s.text.length, letters: letterCount(s.text), beadSrcChars: chars(b.src, src), beadTgtChars: chars(b.tgt, tgt), usual,
      leadsOn: leadsOn(s.text), followsOn: followsOn(s.text), kind: s.kind,
      answered: b.tgt.length > 0 && numbersAnswered(s.text, langs.source, tgtText, langs.target),
      numbers: numbersFound(s.text, langs.source, tgtText, langs.target, true),
      pairMedian,
      omitted: omitted.has(i), alarmed: alarmed.has(i),
      runBack: k > 0 ? [later.sum[k - 1], later.pairs[k - 1]] : null, runFwd: k + 1 < beads.length ? [earlier.sum[k + 1], earlier.pairs[k + 1]] : null,
      carried: carriedCounts(src, i, b.src, tgt, b.tgt, [langs.source, langs.target]) ?? null,
      // The bead's similarity with and without the sentence (its target against the source group):
      // a sentence the target translates too raises it, one the target lacks dilutes it.
      beadSims: b.tgt.length && b.src.length > 1 ? [beadSim(b.src, b.tgt), beadSim(b.src.filter((x) => x !== i), b.tgt)] : null,
      // What the sentences next to it carry of its bead's target (each alone against it): a target that
      // is the neighbour's translation (a pair shifted by one) carries the neighbour's words.
      neighbourCarries: b.tgt.length ? [i - 1, i + 1].map((x) => (x >= 0 && x < src.length ? carriedCounts(src, x, [x], tgt, b.tgt, [langs.source, langs.target]) ?? null : null)) : null,
      carriedNear: [beads[k - 1], beads[k + 1]].map((n) => (n && n.src.length && n.tgt.length ? carriedCounts(src, i, n.src, tgt, n.tgt, [langs.source, langs.target]) ?? null : null)),
    });
  });
  return out;
}
