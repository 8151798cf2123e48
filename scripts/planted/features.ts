// `eval:planted --dump FILE`: the numbers behind each source sentence's omission decision, one JSON
// object a line, for working out a rule offline: every sentence of the unmodified documents
// (`orphan: false`; reporting one of them is a false alarm unless it is already reported) and the
// orphaned source sentence of each planted deletion (`orphan: true`, `caught` whether a finding caught
// it). Aligns the document again as `compareArticles` does.
import { alignWithVectors } from '../../src/align/index.js';
import { letterCount } from '../../src/check/context.js';
import { leaveOutRatios } from '../../src/compare/leave-out.js';
import { numbersAnswered } from '../../src/compare/facts.js';
import { carriedCounts } from '../../src/compare/carried.js';
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
  const omitted = new Set(report.findings.filter((f) => f.code === 'omission' || f.code === 'omission-passage').flatMap((f) => f.src ?? []));
  const alarmed = new Set(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').flatMap((f) => f.src ?? []));
  // Shift evidence of each 1-1 bead k: its source against the next / previous bead's target, less its own.
  const one = (k: number) => beads[k] !== undefined && beads[k]!.src.length === 1 && beads[k]!.tgt.length === 1;
  const toward = (k: number, d: number) => (one(k) && beads[k + d] && beads[k + d]!.tgt.length ? groupCosine(S, beads[k]!.src[0]!, T, beads[k + d]!.tgt) - groupCosine(S, beads[k]!.src[0]!, T, beads[k]!.tgt) : NaN);
  // Best sum of a run of 1-1 beads ending right before k (their sources belong one target later) / starting right after k (one target earlier).
  const runSum = (k: number, step: number, d: number) => { let sum = 0, best = 0, n = 0, bestN = 0; for (let m = k + step; one(m); m += step) { sum += toward(m, d); n++; if (sum > best) { best = sum; bestN = n; } } return [best, bestN]; };
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
      omitted: omitted.has(i), alarmed: alarmed.has(i),
      runBack: runSum(k, -1, 1), runFwd: runSum(k, 1, -1), selfNext: toward(k, 1), selfPrev: toward(k, -1),
      carried: carriedCounts(src, i, b.src, tgt, b.tgt, [langs.source, langs.target]) ?? null,
    });
  });
  return out;
}
