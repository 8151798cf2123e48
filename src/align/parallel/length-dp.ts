// The length-only DP (Gale-Church costs, no embedding model) with each bead's length cost computed
// only when the bead can win. The anchor search (`anchors.ts`) runs this DP a dozen times over bands
// of half a million cells on a drifting document, and computing every bead shape's cost at every cell
// was half of its time; most shapes (1-3 to 6-1) never come close to the cell's best path.
import type { Band } from './band.js';
import { beadPrior } from './beadTypes.js';
import { galeChurch, galeChurchFloor } from './costs.js';
import { NO_BACK, type DpTable } from './dp.js';
import type { BeadType } from '../types.js';

/**
 * `fillDpTable(band, types, lengthCosts(band, types, srcPrefix, tgtPrefix, ratio), signal, 0, runCost)`,
 * bit for bit (same costs, back-pointers and run bits), with no table of every cell's costs and the
 * length cost of a bead computed only when it can win.
 *
 * A bead of type t never costs less than −ln of its shape prior, nor than that plus x² (the length
 * term is x² plus the log of a tail probability ≤ 1; `galeChurchFloor`), so a predecessor whose cost
 * plus either floor does not beat the cell's best so far cannot be the one the DP keeps: the DP keeps
 * the first strictly cheaper bead in type order, and the best so far only falls. The types are taken
 * one at a time along the row, in order; the target skip (0-1) last, in a sweep that wins a tie only
 * against later types, as in the DP's own loop. Skips are always scored (their run states need them);
 * a source skip's cost is one per row, a target skip's one per column.
 */
export function fillLengthDp(band: Band, types: readonly BeadType[], srcPrefix: Float64Array, tgtPrefix: Float64Array, ratio: number, signal?: AbortSignal, runCost?: number): DpTable {
  const { n, m, lo, hi, start } = band;
  const total = start[n + 1];
  const cost = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total).fill(NO_BACK);
  const nt = types.length;
  const prior = types.map((t) => -Math.log(beadPrior(t)));
  const runs = runCost !== undefined;
  const run = runCost ?? 0;
  const runS = runs ? new Float64Array(total).fill(Infinity) : cost;
  const runT = runs ? new Float64Array(total).fill(Infinity) : cost;
  const extend = runs ? new Uint8Array(total) : undefined;
  const inv = 1 / ratio;
  // The target skip (0-1) reads the cell to its left, so it is scored last, in a sweep along the row;
  // its cost depends on the column only (its source length is 0).
  const skipT = types.findIndex((t) => t.ds === 0);
  const dSkip = skipT >= 0 ? types[skipT].dt : 0;
  const tgtSkip = new Float32Array(m + 1);
  if (skipT >= 0) for (let j = dSkip; j <= m; j++) tgtSkip[j] = galeChurch(0, (tgtPrefix[j] - tgtPrefix[j - dSkip]) * inv, prior[skipT]);
  let widest = 0;
  for (let i = 0; i <= n; i++) widest = Math.max(widest, hi[i] - lo[i] + 1);
  // Each cell's best bead of the other types, type by type in order (so ties keep the first type).
  const best = new Float64Array(widest);
  const bestT = new Uint8Array(widest);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    if ((i & 1023) === 1023) signal?.throwIfAborted();
    const rowStart = start[i] - lo[i];
    const width = hi[i] - lo[i] + 1;
    best.fill(Infinity, 0, width);
    bestT.fill(NO_BACK, 0, width);
    for (let t = 0; t < nt; t++) {
      const { ds, dt } = types[t];
      const pi = i - ds;
      if (t === skipT || pi < 0) continue;
      const from = Math.max(lo[i], lo[pi] + dt);
      const to = Math.min(hi[i], hi[pi] + dt);
      const off = start[pi] - lo[pi] - dt;
      const ls = srcPrefix[i] - srcPrefix[pi];
      const p0 = prior[t];
      if (dt === 0) {
        // A source skip: one cost per row.
        const c0 = Math.fround(galeChurch(ls, 0, p0));
        for (let j = from; j <= to; j++) {
          const p = off + j;
          let c = cost[p] + c0;
          if (runs) {
            const ext = runS[p] + run;
            if (ext < c) {
              c = ext;
              extend![rowStart + j] |= 1;
            }
            runS[rowStart + j] = c;
          }
          if (c < best[j - lo[i]]) {
            best[j - lo[i]] = c;
            bestT[j - lo[i]] = t;
          }
        }
        continue;
      }
      const floor = Math.fround(p0);
      for (let j = from; j <= to; j++) {
        const p = off + j;
        const k = j - lo[i];
        const before = cost[p];
        if (before + floor >= best[k]) continue;
        const lt = (tgtPrefix[j] - tgtPrefix[j - dt]) * inv;
        if (before + galeChurchFloor(ls, lt, p0) >= best[k]) continue;
        const c = before + Math.fround(galeChurch(ls, lt, p0));
        if (c < best[k]) {
          best[k] = c;
          bestT[k] = t;
        }
      }
    }
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let b = best[j - lo[i]];
      let bt = bestT[j - lo[i]];
      if (skipT >= 0 && j - dSkip >= lo[i]) {
        const p = rowStart + j - dSkip;
        let c = cost[p] + tgtSkip[j];
        if (runs) {
          const ext = runT[p] + run;
          if (ext < c) {
            c = ext;
            extend![rowStart + j] |= 2;
          }
          runT[rowStart + j] = c;
        }
        // The first type in order wins a tie, as in the DP's own loop.
        if (c < b || (c === b && c < Infinity && skipT < bt)) {
          b = c;
          bt = skipT;
        }
      }
      cost[rowStart + j] = b;
      back[rowStart + j] = bt;
    }
  }
  return { band, types, cost, back, extend };
}
