import { describe, expect, it } from 'vitest';
import { fillDp, fullBand, pathBeads, traceback } from '../../../src/align/index.js';
import type { BeadType } from '../../../src/align/index.js';

// Three bead types: 1-1, 1-0 (omission), 0-1 (addition).
const TYPES: BeadType[] = [{ ds: 1, dt: 1 }, { ds: 1, dt: 0 }, { ds: 0, dt: 1 }];

const align = (n: number, m: number, cost: (t: BeadType, i: number, j: number) => number) => {
  const table = fillDp(fullBand(n, m), TYPES, (t, i, j) => cost(TYPES[t], i, j));
  const { nodes, steps } = traceback(table);
  return pathBeads(nodes, steps, TYPES).map((b) => [b.src, b.tgt]);
};

describe('fillDp with a cost function', () => {
  it('takes the cheap diagonal when 1-1 beads cost less than two skips', () => {
    // 1-1 costs 1, a skip 2: two 1-1 beads (2) beat any path with skips (≥ 4).
    expect(align(2, 2, (t) => (t.ds === 1 && t.dt === 1 ? 1 : 2))).toEqual([[[0], [0]], [[1], [1]]]);
  });

  it('leaves a sentence out when pairing it costs more than skipping it', () => {
    // Source 0 pairs with target 0 for 0; source 1 pairs with nothing cheaply (1-1 ending at i=2 costs 10),
    // so the best path is 1-1 then 1-0: total 0 + 1 = 1.
    const cost = (t: BeadType, i: number) => (t.ds === 1 && t.dt === 1 ? (i === 1 ? 0 : 10) : 1);
    expect(align(2, 1, cost)).toEqual([[[0], [0]], [[1], []]]);
  });
});
