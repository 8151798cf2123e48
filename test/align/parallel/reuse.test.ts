// Which cells of a widened band take the bead costs of the band before (src/align/parallel/reuse.ts),
// on hand-made bands over a 6 × 6 grid of nodes, with beads of at most 2 × 2 sentences.
import { describe, expect, it } from 'vitest';
import { fullBand, type Band } from '../../../src/align/index.js';
import { cellOf, copyCosts, reusableCells } from '../../../src/align/parallel/reuse.js';

/** The band of nodes (i, j) with |i − j| ≤ k over the 6 × 6 grid. */
function diagonal(k: number): Band {
  const lo = Int32Array.from({ length: 7 }, (_, i) => Math.max(0, i - k));
  const hi = Int32Array.from({ length: 7 }, (_, i) => Math.min(6, i + k));
  const start = new Int32Array(8);
  for (let i = 0; i <= 6; i++) start[i + 1] = start[i] + hi[i] - lo[i] + 1;
  return { n: 6, m: 6, lo, hi, start };
}
const at = (band: Band, mask: Uint8Array, i: number, j: number): number => mask[cellOf(band, i, j)];

describe('reusableCells', () => {
  it('reuses a cell whose 2 × 2 window of pairs lies in the known band', () => {
    const known = diagonal(2);
    const prev = diagonal(1);
    const band = fullBand(6, 6);
    const mask = reusableCells(band, prev, known, 2, 2);
    // (3, 3): pairs (2..3) × (2..3), all with |a − b| ≤ 1: inside known.
    expect(at(band, mask, 3, 3)).toBe(1);
    // (3, 4): in prev; its window (2..3) × (3..4) holds (2, 4), |2 − 4| = 2: still inside known.
    expect(at(band, mask, 3, 4)).toBe(1);
    // (4, 3) mirrors it.
    expect(at(band, mask, 4, 3)).toBe(1);
    // (3, 5) is not in prev (|3 − 5| = 2): its costs were never computed there.
    expect(at(band, mask, 3, 5)).toBe(0);
    // (2, 3): window (1..2) × (2..3), whose farthest pair (1, 3) has |1 − 3| = 2: inside known.
    expect(at(band, mask, 2, 3)).toBe(1);
  });

  it('without the known band, reuses only cells whose window lies in both bands', () => {
    const prev = diagonal(1);
    const band = diagonal(2);
    const known = diagonal(0); // the diagonal alone holds no 2 × 2 window
    const mask = reusableCells(band, prev, known, 2, 2);
    // (3, 3): window (2..3) × (2..3) is inside prev (|a − b| ≤ 1) and inside band.
    expect(at(band, mask, 3, 3)).toBe(1);
    // (3, 4): window holds (2, 4), outside prev (|2 − 4| = 2): computed again.
    expect(at(band, mask, 3, 4)).toBe(0);
  });

  it('copyCosts copies the marked cells, all bead types, and leaves the others', () => {
    const prev = { band: fullBand(1, 1), sims: new Float32Array(4), costs: Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8) };
    const band = fullBand(1, 1);
    const costs = new Float32Array(8).fill(-1);
    copyCosts(costs, band, Uint8Array.of(0, 1, 0, 1), prev, 2);
    expect(Array.from(costs)).toEqual([-1, -1, 3, 4, -1, -1, 7, 8]);
  });
});
