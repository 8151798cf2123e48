// Second claims (src/align/comparable/second-claim.ts) on hand-made cosine matrices, k = 1, so every
// k-NN mean is a single cosine and each margin can be worked out by hand: cos / ((a + b) / 2).
import { describe, expect, it } from 'vitest';
import { secondClaimNull, secondClaims } from '../../../src/align/comparable/second-claim.js';
import type { MarginMatrix } from '../../../src/align/similarity.js';

/** A margin matrix of row-major cosines `rows`, with k = 1 (each sentence's k-NN mean is its best cosine). */
function matrix(rows: number[][]): MarginMatrix {
  const n = rows.length;
  const m = rows[0].length;
  const cos = Float32Array.from(rows.flat());
  const knnSrc = Float64Array.from(rows, (r) => Math.max(...r));
  const knnTgt = Float64Array.from({ length: m }, (_, c) => Math.max(...rows.map((r) => r[c])));
  return { n, m, cos, margin: new Float32Array(n * m), knnSrc, knnTgt };
}

describe('secondClaims', () => {
  // Source r0 is paired with target c0; r1 (next to r0) and r2 (two away) are free, and so is c1.
  const mm = matrix([
    [0.9, 0.1],
    [0.5, 0.0],
    [0.2, 0.3],
  ]);
  const pairedRows = new Set([0]);
  const pairedCols = new Set([0]);
  const claims = secondClaims(
    mm,
    1,
    (transposed, r) => !(transposed ? pairedCols : pairedRows).has(r),
    (transposed, c) => (transposed ? (c === 0 ? [0] : undefined) : c === 0 ? [0] : undefined),
  );

  it('scores a free sentence next to a partner against the paired sentence without that partner', () => {
    // r1 → c0: c0's best row other than its partner r0 is r1 itself (0.5), r1's best is 0.5:
    // 0.5 / ((0.5 + 0.5) / 2) = 1. With r0 in c0's neighbours it would be 0.5 / ((0.5 + 0.9) / 2) ≈ 0.71.
    const row = claims.find((x) => x[1] === 1);
    expect(row).toBeDefined();
    expect(row![0]).toBeCloseTo(1, 5);
    expect(row!.slice(1)).toEqual([1, 0, 1]);
  });

  it('leaves out sentences that are not next to a partner', () => {
    // r2 is two rows from r0: no candidate, although c0 has room.
    expect(claims.some((x) => x[1] === 2 && x[2] === 0)).toBe(false);
  });

  it('reads the matrix transposed for a free target sentence next to a paired one', () => {
    // c1 (next to c0) → r0: r0's best column other than c0 is c1 (0.1), c1's best row is r2 (0.3):
    // 0.1 / ((0.3 + 0.1) / 2) = 0.5, as [score, row, column, k].
    const col = claims.find((x) => x[2] === 1);
    expect(col).toBeDefined();
    expect(col![0]).toBeCloseTo(0.5, 5);
    expect(col!.slice(1)).toEqual([0, 1, 1]);
    expect(claims).toHaveLength(2);
  });
});

describe('secondClaimNull', () => {
  it('scores every null cell with its column best other than itself left out', () => {
    // Rows: c0's rows by cosine are r0 (0.4), r1 (0.1); c1's r1 (0.3), r0 (0.2).
    //   (r0,c0) leaves r1 out: 0.4 / ((0.4 + 0.4) / 2) = 1; (r1,c0) leaves r0 out: 0.1 / ((0.3 + 0.1) / 2) = 0.5;
    //   (r0,c1) leaves r1 out: 0.2 / ((0.4 + 0.2) / 2) ≈ 0.667; (r1,c1) leaves r0 out: 0.3 / ((0.3 + 0.3) / 2) = 1.
    // Transposed (targets as rows, k-NN 0.4 and 0.3): s0's targets are t0 (0.4), t1 (0.2); s1's t1 (0.3), t0 (0.1).
    //   (t0,s0) = 1; (t1,s0) = 0.2 / ((0.3 + 0.2) / 2) = 0.8; (t0,s1) = 0.1 / ((0.4 + 0.1) / 2) = 0.4; (t1,s1) = 1.
    const nul = secondClaimNull([matrix([[0.4, 0.2], [0.1, 0.3]])], 1);
    const expected = [0.4, 0.5, 2 / 3, 0.8, 1, 1, 1, 1];
    expect(nul.sorted).toHaveLength(expected.length);
    nul.sorted.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 5));
  });
});
