import { describe, expect, it } from 'vitest';
import { beadTypes, fullBand, traceback } from '../../../src/align/index.js';
import { fillDpTable } from '../../../src/align/parallel/dp.js';

/** Deterministic pseudo-random costs in [0, 6). */
function randomCosts(cells: number, nt: number, seed: number): Float32Array {
  let x = seed;
  return Float32Array.from({ length: cells * nt }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31), (x / 2 ** 31) * 6));
}

describe('fillDpTable with a skip-run discount (affine gaps)', () => {
  const n = 4;
  const m = 5;
  const types = beadTypes(4);
  const band = fullBand(n, m);
  const cell = (i: number, j: number) => band.start[i] + j - band.lo[i];
  /** Exhaustive best cost, where a skip directly after a skip of the same side costs `d` less. */
  function brute(costs: Float32Array, d: number): number {
    const go = (i: number, j: number, last: number): number => {
      if (i === 0 && j === 0) return 0;
      let best = Infinity;
      types.forEach((t, k) => {
        if (i < t.ds || j < t.dt) return;
        const skip = t.ds === 0 || t.dt === 0;
        // `last` is the type of the bead that follows this one on the path (already placed).
        const c = costs[cell(i, j) * types.length + k] - (skip && last === k ? d : 0);
        best = Math.min(best, c + go(i - t.ds, j - t.dt, k));
      });
      return best;
    };
    // evaluate path cost forward: the discount applies to the later skip of a pair, same total either way
    return go(n, m, -1);
  }

  for (const seed of [1, 7, 42]) {
    it(`finds the exhaustive optimum and its path (seed ${seed})`, () => {
      const costs = randomCosts(band.start[n + 1], types.length, seed);
      const d = 2.5;
      const table = fillDpTable(band, types, costs, undefined, d);
      expect(table.cost[cell(n, m)]).toBeCloseTo(brute(costs, d), 4);
      const { nodes, steps } = traceback(table);
      let total = 0;
      for (let s = 0; s < steps.length; s++) {
        const t = types[steps[s]];
        const run = s > 0 && steps[s - 1] === steps[s] && (t.ds === 0 || t.dt === 0);
        total += costs[cell(nodes[2 * s + 2], nodes[2 * s + 3]) * types.length + steps[s]] - (run ? d : 0);
      }
      expect(total).toBeCloseTo(table.cost[cell(n, m)], 4);
      // without a discount it is the plain DP
      expect(fillDpTable(band, types, costs).cost[cell(n, m)]).toBeCloseTo(brute(costs, 0), 4);
    });
  }
});
