// What a wider search band can take from the band before it. When the final path comes near a band's
// edge, `alignParallel` solves again in a band widened around that stretch; along the rest of the
// document the new band holds the same cells, and their bead costs and 1-1 cosines are the same
// numbers: they are copied instead of computed again.
import type { Band } from './band.js';

/** A band with its 1-1 cosines and its bead costs (`costs[c · nt + t]`, see `costs.ts`). */
export interface SolvedBand {
  readonly band: Band;
  readonly sims: Float32Array;
  readonly costs: Float32Array;
}

/** Index of cell (i, j) in `band`, or −1 outside it. */
export function cellOf(band: Band, i: number, j: number): number {
  return i >= 0 && i <= band.n && j >= band.lo[i] && j <= band.hi[i] ? band.start[i] + j - band.lo[i] : -1;
}

/**
 * Whether `band` holds every cell (a, b) with i − ds + 1 ≤ a ≤ i and j − dt + 1 ≤ b ≤ j (a, b ≥ 1): the
 * 1-1 pairs any bead of at most ds × dt sentences ending at (i, j) reads. Band edges never decrease, so
 * the corners decide.
 */
function holdsWindow(band: Band, i: number, j: number, ds: number, dt: number): boolean {
  const top = Math.max(1, i - ds + 1);
  return i <= band.n && band.lo[i] <= Math.max(1, j - dt + 1) && band.hi[top] >= j;
}

/**
 * The cells of `band` whose bead costs are those of `prev` (1: copy them). A merged bead's cost reads
 * 1-1 cosines of its sentence pairs: from the band being costed or `known` (stored as 32-bit numbers),
 * else computed on the spot (64-bit). A cell is reused only where every pair its beads read came from
 * the same kind of place both times: all of them inside `known`, or inside both bands.
 */
export function reusableCells(band: Band, prev: Band, known: Band, maxDs: number, maxDt: number): Uint8Array {
  const out = new Uint8Array(band.start[band.n + 1]);
  for (let i = 0; i <= band.n; i++) {
    const base = band.start[i] - band.lo[i];
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      if (cellOf(prev, i, j) < 0) continue;
      if (holdsWindow(known, i, j, maxDs, maxDt) || (holdsWindow(prev, i, j, maxDs, maxDt) && holdsWindow(band, i, j, maxDs, maxDt))) out[base + j] = 1;
    }
  }
  return out;
}

/** Copies the bead costs of the cells marked in `reuse` from `prev` into `costs` (of `band`). */
export function copyCosts(costs: Float32Array, band: Band, reuse: Uint8Array, prev: SolvedBand, nt: number): void {
  for (let i = 0; i <= band.n; i++) {
    const base = band.start[i] - band.lo[i];
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      if (reuse[base + j] === 0) continue;
      const from = cellOf(prev.band, i, j) * nt;
      costs.set(prev.costs.subarray(from, from + nt), (base + j) * nt);
    }
  }
}
