// The cost of leaving a source sentence out, on hand-made bead costs (every total worked out below).
import { describe, expect, it } from 'vitest';
import { fullBand } from '../../../src/align/index.js';
import { leaveOutCosts } from '../../../src/align/parallel/leave-out.js';
import type { BeadType } from '../../../src/align/types.js';

// 1-1, 1-0 (leave a source sentence out), 0-1 (leave a target sentence out).
const TYPES: BeadType[] = [{ ds: 1, dt: 1 }, { ds: 1, dt: 0 }, { ds: 0, dt: 1 }];
const SKIP = 3;

/** Bead costs over the full grid: `pair(a, b)` for the 1-1 bead of source a and target b, SKIP for a skip. */
function costs(n: number, m: number, pair: (a: number, b: number) => number): Float32Array {
  const out = new Float32Array((n + 1) * (m + 1) * TYPES.length).fill(Infinity);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const c = (i * (m + 1) + j) * TYPES.length;
      if (i >= 1 && j >= 1) out[c] = pair(i - 1, j - 1);
      if (i >= 1) out[c + 1] = SKIP;
      if (j >= 1) out[c + 2] = SKIP;
    }
  }
  return out;
}

describe('leaveOutCosts', () => {
  it('is high for sentences with a counterpart', () => {
    // Diagonal pairs cost 0, others 5: the best path costs 0. Leaving source 0 out: skip it (3), skip
    // target 0 (3), pair 1–1 (0) = 6; the other way round for source 1. Both: 6 − 0.
    const c = costs(2, 2, (a, b) => (a === b ? 0 : 5));
    expect([...leaveOutCosts(fullBand(2, 2), TYPES, c)]).toEqual([6, 6]);
  });
  it('is low for the sentence whose counterpart is gone', () => {
    // Source 1 has no counterpart: pairs (0,0) and (2,1) cost 0, source 1 with either target 1,
    // anything else 5. Best: 0–0, skip source 1, 2–1 = 3 (source 1 is left out: 0).
    // Leaving source 0 out: skip (3) + 1–0 (1) + 2–1 (0) = 4, one more than the best; the same for
    // source 2 (0–0, 1–1, skip = 4).
    const c = costs(3, 2, (a, b) => ((a === 0 && b === 0) || (a === 2 && b === 1) ? 0 : a === 1 ? 1 : 5));
    expect([...leaveOutCosts(fullBand(3, 2), TYPES, c)]).toEqual([1, 0, 1]);
  });
});
