// Monotonic DP over bead types inside a band, and its traceback. Typed arrays only: one float64
// accumulated cost and one uint8 back-pointer (index into the bead-type list) per cell.
import type { Band } from './band.js';
import type { BeadType } from '../types.js';

/** Cost of the bead of type `t` that ends at node (i, j): source [i − ds, i), target [j − dt, j). */
export type BeadCostFn = (t: number, i: number, j: number) => number;

/** The filled DP table. `back[c]` is the bead type that reached cell c (255 for the origin or unreachable). */
export interface DpTable {
  readonly band: Band;
  readonly types: readonly BeadType[];
  readonly cost: Float64Array;
  readonly back: Uint8Array;
  /** With run discounts: bit 1 (2) set where the best path ending in a 1-0 (0-1) extends a run. */
  readonly extend?: Uint8Array;
}

export const NO_BACK = 255;

/**
 * Fills the DP table from precomputed bead costs: `costs[c · types.length + t]` is the cost of the bead
 * of type t that ends at band cell c (see `costs.ts`; the length-only DP computes its costs as it goes,
 * `length-dp.ts`). No closure per cell, so this is the fast path.
 *
 * `runDiscount` > 0 makes skips "affine", as gaps are in sequence alignment: a 1-0 (0-1) that directly
 * follows another 1-0 (0-1) costs `runDiscount` less than one that opens a run. Left-out material
 * comes in blocks (a paragraph, a run of captions, a table that was not translated), so once a run
 * is open the next sentence is far more likely to be left out too. The DP then keeps two more
 * states per cell (best path ending in a 1-0 run, in a 0-1 run); it stays exact. With `runCost`,
 * a skip that continues a run costs exactly `runCost` instead, whatever the sentence's own skip cost
 * (the length-only anchor search, `anchors.ts`, where a skip's cost grows with the sentence's length).
 */
export function fillDpTable(band: Band, types: readonly BeadType[], costs: Float32Array, signal?: AbortSignal, runDiscount = 0, runCost?: number): DpTable {
  const { n, lo, hi, start } = band;
  const total = start[n + 1];
  const cost = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total).fill(NO_BACK);
  const nt = types.length;
  const ds = Int32Array.from(types, (t) => t.ds);
  const dt = Int32Array.from(types, (t) => t.dt);
  const runs = runDiscount > 0 || runCost !== undefined;
  // Best cost of a path ending in a 1-0 (runS) / 0-1 (runT) at each cell; `extend` bit 1 (2): that
  // last 1-0 (0-1) continued a run rather than opening one.
  const runS = runs ? new Float64Array(total).fill(Infinity) : cost;
  const runT = runs ? new Float64Array(total).fill(Infinity) : cost;
  const extend = runs ? new Uint8Array(total) : undefined;
  // Per row and type: the columns j whose predecessor (i − ds, j − dt) is in the band, and the
  // predecessor's cell index minus j.
  const fromJ = new Int32Array(nt);
  const toJ = new Int32Array(nt);
  const prevOffset = new Int32Array(nt);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    if ((i & 1023) === 1023) signal?.throwIfAborted();
    const rowStart = start[i] - lo[i];
    const rowOffset = rowStart * nt;
    for (let t = 0; t < nt; t++) {
      const pi = i - ds[t];
      fromJ[t] = pi < 0 ? 1 : lo[pi] + dt[t];
      toJ[t] = pi < 0 ? 0 : hi[pi] + dt[t];
      prevOffset[t] = pi < 0 ? 0 : start[pi] - lo[pi] - dt[t];
    }
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      const c0 = rowOffset + j * nt;
      let best = Infinity;
      let bestT = NO_BACK;
      for (let t = 0; t < nt; t++) {
        if (j < fromJ[t] || j > toJ[t]) continue;
        const p = prevOffset[t] + j;
        let c = cost[p] + costs[c0 + t];
        if (runs && (ds[t] === 0 || dt[t] === 0)) {
          const src = dt[t] === 0;
          const ext = (src ? runS[p] : runT[p]) + (runCost ?? costs[c0 + t] - runDiscount);
          if (ext < c) {
            c = ext;
            extend![rowStart + j] |= src ? 1 : 2;
          }
          if (src) runS[rowStart + j] = c;
          else runT[rowStart + j] = c;
        }
        if (c < best) {
          best = c;
          bestT = t;
        }
      }
      cost[rowStart + j] = best;
      back[rowStart + j] = bestT;
    }
  }
  return { band, types, cost, back, extend };
}

/**
 * Fills the DP table from a cost function instead of a precomputed cost table: a convenience for
 * callers that swap the bead model. It tabulates `beadCost` over the band and runs {@link fillDpTable},
 * so there is one fill loop.
 */
export function fillDp(band: Band, types: readonly BeadType[], beadCost: BeadCostFn, signal?: AbortSignal): DpTable {
  const { n, lo, hi, start } = band;
  const nt = types.length;
  const costs = new Float32Array(start[n + 1] * nt).fill(Infinity);
  for (let i = 0; i <= n; i++) {
    if ((i & 1023) === 1023) signal?.throwIfAborted();
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c0 = (start[i] - lo[i] + j) * nt;
      for (let t = 0; t < nt; t++) if (i >= types[t].ds && j >= types[t].dt) costs[c0 + t] = beadCost(t, i, j);
    }
  }
  return fillDpTable(band, types, costs, signal);
}

/**
 * Walks the back-pointers from (n, m) to (0, 0). Returns the path's nodes flat ([i, j, ...], from the
 * origin) and the bead type index of each step.
 */
export function traceback(table: DpTable): { nodes: Int32Array; steps: Uint8Array } {
  const { band, types, back, extend } = table;
  const nodes: number[] = [];
  const steps: number[] = [];
  let i = band.n;
  let j = band.m;
  // In a run (after following an extending skip), the step into this cell is the same kind of skip.
  let run: 0 | 1 | 2 = 0;
  nodes.push(j, i);
  while (i > 0 || j > 0) {
    const c = band.start[i] + j - band.lo[i];
    let t = back[c];
    if (run !== 0) t = types.findIndex((x) => (run === 1 ? x.dt === 0 : x.ds === 0));
    if (t === NO_BACK || t < 0) throw new Error(`alignment DP: cell (${i}, ${j}) is unreachable; the band is broken`);
    const kind = types[t].dt === 0 ? 1 : types[t].ds === 0 ? 2 : 0;
    run = kind !== 0 && extend && (extend[c] & kind) !== 0 ? kind : 0;
    steps.push(t);
    i -= types[t].ds;
    j -= types[t].dt;
    nodes.push(j, i);
  }
  nodes.reverse();
  steps.reverse();
  return { nodes: Int32Array.from(nodes), steps: Uint8Array.from(steps) };
}

/** The beads of a path as index lists, in order. */
export function pathBeads(nodes: Int32Array, steps: Uint8Array, types: readonly BeadType[]): { src: number[]; tgt: number[]; type: number }[] {
  const out: { src: number[]; tgt: number[]; type: number }[] = [];
  for (let s = 0; s < steps.length; s++) {
    const i0 = nodes[2 * s];
    const j0 = nodes[2 * s + 1];
    const { ds, dt } = types[steps[s]];
    const src: number[] = [];
    const tgt: number[] = [];
    for (let k = 0; k < ds; k++) src.push(i0 + k);
    for (let k = 0; k < dt; k++) tgt.push(j0 + k);
    out.push({ src, tgt, type: steps[s] });
  }
  return out;
}
