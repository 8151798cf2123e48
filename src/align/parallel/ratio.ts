// The target/source length ratio of a document whose sides may not cover the same content. The ratio
// of the total lengths is right for a complete translation, but a passage missing from one side moves
// it by the passage's share of the text (a 16 % cut moves it 16 %), and the length model then
// misplaces every sentence of the document, not only those around the hole. The two ends of a
// document are aligned (the first sentences to the first, the last to the last) whatever is missing
// in between, so the ratio is also measured there: the median length ratio of the 1-1 beads of the
// Gale-Church alignment of the first (last) source sentences to the start (end) of the target, at
// the candidate ratio under which most of them pair 1-1. Where the ends' measurement is more than
// `TOLERANCE` from the totals', it is taken; otherwise the totals', so a complete translation keeps
// the ratio it always had. An end taken alone (the other one is missing) is measured again over the
// stretch of source its target covers, since 400 sentences measure a local ratio. (Measurements:
// docs/tuning.md, "Anchors across a missing passage".)
import { reversedPrefix } from './anchors.js';
import { bandAroundPath, lengthDiagonal } from './band.js';
import { traceback } from './dp.js';
import { fillLengthDp } from './length-dp.js';
import { kthSmallest } from '../order-stats.js';
import type { BeadType } from '../types.js';

/** Source sentences at each end the ratio is measured on. */
const END_SENTENCES = 400;
/** Share of the source stretch a lone end's target covers that its ratio is measured on again. */
const KEPT_SHARE = 0.9;
/** Fewest source sentences an end is measured on (a quarter of the document); below it the totals are used. */
const MIN_END = 50;
/** Half-width, in sentences, of the band around the length diagonal of a candidate ratio. */
const END_WIDTH = 40;
/** Candidate ratios: the totals' ratio times e^(k · STEP) for |k| ≤ STEPS (about 0.5 to 2 times it). */
const STEP = 0.06;
const STEPS = 12;
/**
 * The ends' ratio replaces the totals' when they differ by more than this log-ratio (about 6 %): a
 * smaller difference is within what a stretch of 400 sentences measures on a complete document.
 */
const TOLERANCE = 0.06;
/**
 * An end whose best alignment pairs fewer than this share of the other end's 1-1 beads is not
 * measured (a passage is missing right there, so its first sentences have no counterpart).
 */
const FIT_SHARE = 0.9;

/**
 * The 1-1 beads of the best Gale-Church alignment, at length ratio `ratio`, of the first `w` source
 * sentences to some first stretch of the target (its end free), searched in a band around that
 * ratio's diagonal: the log length ratio (target / source) of each.
 */
export function startPairs(srcPrefix: Float64Array, tgtPrefix: Float64Array, w: number, types: readonly BeadType[], ratio: number): number[] {
  const want = srcPrefix[w] * ratio;
  let j = 0;
  while (j < tgtPrefix.length - 1 && tgtPrefix[j + 1] <= want) j++;
  const m = Math.min(tgtPrefix.length - 1, j + END_WIDTH);
  const sp = srcPrefix.subarray(0, w + 1);
  const tp = tgtPrefix.subarray(0, m + 1);
  const band = bandAroundPath(lengthDiagonal(sp, tp, ratio), w, m, END_WIDTH);
  const table = fillLengthDp(band, types, sp, tp, ratio);
  // The free end: the cheapest node of the last source row, and the path into it.
  let end = band.start[w];
  for (let c = end + 1; c < band.start[w + 1]; c++) if (table.cost[c] < table.cost[end]) end = c;
  const { nodes, steps } = traceback({ ...table, band: { ...band, m: end - band.start[w] + band.lo[w] } });
  const out: number[] = [];
  for (let s = 0; s < steps.length; s++) {
    const { ds, dt } = types[steps[s]];
    if (ds !== 1 || dt !== 1) continue;
    const i = nodes[2 * s + 2];
    const k = nodes[2 * s + 3];
    const ls = sp[i] - sp[i - 1];
    const lt = tp[k] - tp[k - 1];
    if (ls > 0 && lt > 0) out.push(Math.log(lt / ls));
  }
  return out;
}

/**
 * The ratio measured on the first `w` source sentences: among the candidate ratios around `total`,
 * the one whose alignment has the most 1-1 beads is the one under which the sentences pair up (a
 * wrong ratio drifts, and a drifting path merges and skips); the median length ratio of those 1-1
 * beads is the measurement (the candidates are a coarse grid, the median is not). `pairs`: how many
 * 1-1 beads it rests on.
 */
function endRatio(srcPrefix: Float64Array, tgtPrefix: Float64Array, w: number, types: readonly BeadType[], total: number, signal?: AbortSignal): { ratio: number; pairs: number } {
  let best: number[] = [];
  for (let k = -STEPS; k <= STEPS; k++) {
    signal?.throwIfAborted();
    const logs = startPairs(srcPrefix, tgtPrefix, w, types, total * Math.exp(k * STEP));
    if (logs.length > best.length) best = logs;
  }
  const ratio = best.length === 0 ? total : Math.exp(kthSmallest(Float64Array.from(best), best.length >> 1));
  return { ratio, pairs: best.length };
}

/**
 * The length ratio the length model should use (see the module comment): `total` (the ratio of the
 * total lengths) unless the ends of the document measure another one. The ends' measurement is the
 * geometric mean of the two, or the one that fits clearly better (`FIT_SHARE`).
 */
export function robustRatio(srcPrefix: Float64Array, tgtPrefix: Float64Array, types: readonly BeadType[], total: number, signal?: AbortSignal): number {
  const n = srcPrefix.length - 1;
  const w = Math.min(END_SENTENCES, Math.floor(n / 4));
  if (w < MIN_END || tgtPrefix.length < 2) return total;
  // Shapes up to 2-2 only: the measurement needs the common beads, and they are a third of the cost.
  const small = types.filter((t) => t.ds <= 2 && t.dt <= 2);
  const start = endRatio(srcPrefix, tgtPrefix, w, small, total, signal);
  const end = endRatio(reversedPrefix(srcPrefix), reversedPrefix(tgtPrefix), w, small, total, signal);
  const ends =
    start.pairs < FIT_SHARE * end.pairs
      ? keptRatio(reversedPrefix(srcPrefix), reversedPrefix(tgtPrefix), w, end.ratio, small, total, signal)
      : end.pairs < FIT_SHARE * start.pairs
        ? keptRatio(srcPrefix, tgtPrefix, w, start.ratio, small, total, signal)
        : Math.sqrt(start.ratio * end.ratio);
  return Math.abs(Math.log(ends / total)) > TOLERANCE ? ends : total;
}

/**
 * One end taken alone measures its own stretch's ratio `r`, which may be several per cent off the
 * document's. At `r`, the target covers `tgt / r` characters of source from that end (the rest has no
 * counterpart); the ratio is measured again over `KEPT_SHARE` of that stretch. Only where the ends are
 * full `END_SENTENCES` long: on shorter ends the 1-1 counts that took one end alone are too few to say
 * that the other end is missing.
 */
function keptRatio(srcPrefix: Float64Array, tgtPrefix: Float64Array, w: number, r: number, types: readonly BeadType[], total: number, signal?: AbortSignal): number {
  const kept = (KEPT_SHARE * tgtPrefix[tgtPrefix.length - 1]) / r;
  let k = w;
  while (k < srcPrefix.length - 1 && srcPrefix[k + 1] <= kept) k++;
  return w === END_SENTENCES && k > w ? endRatio(srcPrefix, tgtPrefix, k, types, total, signal).ratio : r;
}
