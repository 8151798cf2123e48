// Bead cost tables: for every band cell c and bead type t, `costs[c · nt + t]` is the cost of the bead
// of type t that ends at that cell. Filled type by type in tight loops over typed arrays (no closure
// per cell), then handed to `fillDpTable`.
import type { Band } from './band.js';
import { beadPrior } from './beadTypes.js';
import { GALE_CHURCH_VARIANCE, tailLog } from '../length.js';
import type { BeadType } from '../types.js';

/**
 * `tailLog` tabulated on [0, TAIL_MAX] in steps of 1 / TAIL_STEPS and read with linear interpolation:
 * the length cost is the hot part of the anchor pass (millions of cells) and `Math.log` its slowest
 * step. The function is smooth, so linear interpolation is within 2.2·10⁻⁵ nats of it (pinned by
 * test/align/parallel/costs.test.ts).
 */
const TAIL_MAX = 16;
const TAIL_STEPS = 64;
const TAIL = Float64Array.from({ length: TAIL_MAX * TAIL_STEPS + 2 }, (_, k) => tailLog(k / TAIL_STEPS));

/**
 * Gale-Church costs (length cost plus −ln of the shape prior) of every bead type at every band cell.
 * Skips are scored against a zero length, as in the original. Cells where a type does not fit (fewer
 * than `ds` source or `dt` target sentences before the node) keep cost 0; the DP never reads them.
 * Cells marked in `skip` keep cost 0 too (the caller copies their costs from a band before, `reuse.ts`).
 */
export function lengthCosts(band: Band, types: readonly BeadType[], srcPrefix: Float64Array, tgtPrefix: Float64Array, ratio: number, skip?: Uint8Array): Float32Array {
  const nt = types.length;
  const { n, lo, hi, start } = band;
  const costs = new Float32Array(start[n + 1] * nt);
  const inv = 1 / ratio;
  // Type by type, so the shape, its prior and a row's source length are loop constants.
  for (let t = 0; t < nt; t++) {
    const { ds, dt } = types[t];
    const prior = -Math.log(beadPrior(types[t]));
    for (let i = ds; i <= n; i++) {
      const base = start[i] - lo[i];
      const ls = srcPrefix[i] - srcPrefix[i - ds];
      for (let j = Math.max(dt, lo[i]); j <= hi[i]; j++) {
        if (skip === undefined || skip[base + j] === 0) costs[(base + j) * nt + t] = galeChurch(ls, (tgtPrefix[j] - tgtPrefix[j - dt]) * inv, prior);
      }
    }
  }
  return costs;
}

/**
 * `prior` plus the Gale-Church length cost of `ls` source and `lt` target characters (`lt` already
 * divided by the ratio): `lengthCost` inlined, x = |z|/√2 with z = (lt − ls)/√(mean · variance), then
 * −ln of the two-sided normal tail (Abramowitz & Stegun 7.1.26), as in `negLogNormalTail`, with
 * `tailLog` read from the table.
 */
export function galeChurch(ls: number, lt: number, prior: number): number {
  const sum = ls + lt;
  const x = sum > 0 ? Math.abs(lt - ls) / Math.sqrt(sum * GALE_CHURCH_VARIANCE) : 0;
  let g: number;
  if (x < TAIL_MAX) {
    const f = x * TAIL_STEPS;
    const k = f | 0;
    g = TAIL[k] + (f - k) * (TAIL[k + 1] - TAIL[k]);
  } else g = tailLog(x);
  return prior + x * x + g;
}

/**
 * A lower bound of `Math.fround(galeChurch(ls, lt, prior))` that needs no square root and no table:
 * the prior plus x² (the tail term is ≥ 0), less a millionth for the rounding of either side (float32
 * storage moves a cost by at most 6·10⁻⁸ of itself). NaN when both lengths are 0 (no bound: compare
 * false). The length-only DP (`length-dp.ts`) skips a bead whose bound already loses.
 */
export function galeChurchFloor(ls: number, lt: number, prior: number): number {
  const d = lt - ls;
  return (prior + (d * d) / ((ls + lt) * GALE_CHURCH_VARIANCE)) * (1 - 1e-6);
}

/** Number of paragraph changes inside each prefix: `breaks[b] − breaks[a + 1]` > 0 when [a, b) crosses a break. */
export function breakPrefix(paragraph: Int32Array): Int32Array {
  const out = new Int32Array(paragraph.length + 1);
  for (let i = 1; i < paragraph.length; i++) out[i + 1] = out[i] + (paragraph[i] !== paragraph[i - 1] ? 1 : 0);
  return out;
}

/** Adds `penalty` to every bead that holds sentences of two paragraphs on either side. */
export function addParagraphPenalty(costs: Float32Array, band: Band, types: readonly BeadType[], srcBreaks: Int32Array, tgtBreaks: Int32Array, penalty: number): void {
  const nt = types.length;
  for (let t = 0; t < nt; t++) {
    const { ds, dt } = types[t];
    if (ds < 2 && dt < 2) continue;
    for (let i = ds; i <= band.n; i++) {
      const base = band.start[i] - band.lo[i];
      const srcCross = ds > 1 && srcBreaks[i] - srcBreaks[i - ds + 1] > 0;
      for (let j = Math.max(dt, band.lo[i]); j <= band.hi[i]; j++) {
        if (srcCross || (dt > 1 && tgtBreaks[j] - tgtBreaks[j - dt + 1] > 0)) costs[(base + j) * nt + t] += penalty;
      }
    }
  }
}
