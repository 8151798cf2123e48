// The regrouping pass of parallel mode: after the DP over the usual bead shapes, a second DP in a
// narrow band around its path may also use every shape of up to `maxOneToMany` sentences (2-3, 3-3,
// 2-4…), as Bertalign's second pass and Vecalign's larger `alignment_max_size` do, but only to move
// one side's boundary of a bead the first pass formed. A gold 2-3 that the first pass could not form
// comes out as a 2-2 next to a 1-4 that took the third target sentence; the second pass moves that
// sentence back. Joining beads on both sides is ruled out: for shapes outside the first list, a
// merged bead's evidence favours the union of two correct beads (on Bible en–zh, every bead lost to
// the wider shapes was such a union). (Measurements: docs/tuning.md, "Regrouping pass".)
import type { Band } from './band.js';
import type { BeadType } from '../types.js';

/** Half-width, in path nodes, of the band the regrouping pass searches: a boundary moves by one sentence. */
export const REGROUP_WIDTH = 1;

/**
 * `types` followed by every other shape of at most `maxTotal` sentences with at least one on each
 * side, at most `runs.src` source and `runs.tgt` target sentences (the runs the sides have group
 * vectors for), in order of size and then of source count.
 */
export function widerTypes(types: readonly BeadType[], maxTotal: number, runs: { src: number; tgt: number }): BeadType[] {
  const out = [...types];
  const has = (ds: number, dt: number): boolean => out.some((t) => t.ds === ds && t.dt === dt);
  for (let size = 2; size <= maxTotal; size++) {
    for (let ds = 1; ds < size; ds++) {
      const dt = size - ds;
      if (ds <= runs.src && dt <= runs.tgt && !has(ds, dt)) out.push({ ds, dt });
    }
  }
  return out;
}

/** A solved path: nodes (flat [i, j, ...]) and the index into `types` of each step's bead. */
export interface FirstPath {
  readonly nodes: Int32Array;
  readonly steps: Uint8Array;
  readonly types: readonly BeadType[];
}

/**
 * Sets to Infinity, in `costs` over `band` (`costs[c · types.length + t]`), the cost of every bead of
 * a type at index ≥ `from` whose source sentences are not those of a bead of `first` and whose
 * target sentences are not those of one either. Skips of `first` keep no side.
 */
export function keepOneSide(costs: Float32Array, band: Band, types: readonly BeadType[], from: number, first: FirstPath, m: number): void {
  const n = band.n;
  const srcSpans = new Set<number>();
  const tgtSpans = new Set<number>();
  for (let s = 0; s < first.steps.length; s++) {
    const { ds, dt } = first.types[first.steps[s]];
    if (ds === 0 || dt === 0) continue;
    const i = first.nodes[2 * s + 2];
    const j = first.nodes[2 * s + 3];
    srcSpans.add((i - ds) * (n + 1) + i);
    tgtSpans.add((j - dt) * (m + 1) + j);
  }
  const nt = types.length;
  for (let t = from; t < nt; t++) {
    const { ds, dt } = types[t];
    for (let i = ds; i <= n; i++) {
      const base = band.start[i] - band.lo[i];
      const keepsSrc = srcSpans.has((i - ds) * (n + 1) + i);
      for (let j = Math.max(dt, band.lo[i]); j <= band.hi[i]; j++) {
        if (!keepsSrc && !tgtSpans.has((j - dt) * (m + 1) + j)) costs[(base + j) * nt + t] = Infinity;
      }
    }
  }
}
