// How much worse the alignment gets when a source sentence is left without counterpart.
//
// The DP picks the cheapest path. When a target sentence has been deleted, the source sentence it
// translated often still gets a partner: the aligner shifts its neighbours by one, or folds it into
// a neighbour's bead, because with a weak similarity signal a shift costs less than a skip. The
// path that leaves that sentence out is then nearly as cheap as the chosen one. For every source
// sentence this measures exactly that gap: the cost of the best path through a 1-0 bead at the
// sentence, minus the cost of the best path (forward and backward DP over the same band and bead
// costs, without the skip-run discount). A sentence that really has a counterpart is expensive to
// leave out (its pair is lost and its partner must go elsewhere); a sentence whose translation is
// gone costs little. The numbers are in the DP's units (nats); what counts as little is for the
// caller to decide against the document's own typical gap.
import type { Band } from './band.js';
import { fillDpTable } from './dp.js';
import type { BeadType } from '../types.js';

/**
 * For each source sentence, the extra cost of the best path that leaves it out (a 1-0 bead) over the
 * best path, from the bead `costs` of `band` (`costs[c · types.length + t]`, see `costs.ts`). 0 for
 * a sentence the best path leaves out; Infinity where the band holds no 1-0 at that sentence.
 */
export function leaveOutCosts(band: Band, types: readonly BeadType[], costs: Float32Array, signal?: AbortSignal): Float64Array {
  const { n, m, lo, hi, start } = band;
  const nt = types.length;
  const skip = types.findIndex((t) => t.ds === 1 && t.dt === 0);
  const out = new Float64Array(n).fill(Infinity);
  if (skip < 0 || n === 0) return out;
  const forward = fillDpTable(band, types, costs, signal).cost;
  const cell = (i: number, j: number): number => (i <= n && j >= lo[i] && j <= hi[i] ? start[i] + j - lo[i] : -1);
  const backward = new Float64Array(start[n + 1]).fill(Infinity);
  backward[cell(n, m)] = 0;
  const ds = Int32Array.from(types, (t) => t.ds);
  const dt = Int32Array.from(types, (t) => t.dt);
  for (let i = n; i >= 0; i--) {
    if ((i & 1023) === 1023) signal?.throwIfAborted();
    for (let j = hi[i]; j >= lo[i]; j--) {
      let best = i === n && j === m ? 0 : Infinity;
      for (let t = 0; t < nt; t++) {
        const d = cell(i + ds[t], j + dt[t]);
        if (d < 0) continue;
        const v = costs[d * nt + t] + backward[d];
        if (v < best) best = v;
      }
      backward[start[i] + j - lo[i]] = best;
    }
  }
  const total = forward[cell(n, m)];
  for (let i = 0; i < n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const to = cell(i + 1, j);
      if (to < 0) continue;
      const v = forward[start[i] + j - lo[i]] + costs[to * nt + skip] + backward[to] - total;
      if (v < out[i]) out[i] = Math.max(0, v);
    }
  }
  return out;
}
