import { describe, expect, it } from 'vitest';
import { dotRows, dotRowsSparse, SparseRow, type VectorSet } from '../../src/align/vectors.js';
import { RowDots } from '../../src/align/parallel/margin.js';

describe('dotRowsSparse', () => {
  it('is bit-identical to dotRows over the non-zero entries, for any dimension', () => {
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (const dim of [8, 13, 64, 2048]) {
      const make = (n: number): VectorSet => ({ n, dim, data: Float32Array.from({ length: n * dim }, () => (rnd() < 0.15 ? rnd() * 2 - 1 : 0)) });
      const x = make(5);
      const y = make(7);
      const row = new SparseRow(dim);
      for (let a = 0; a < x.n; a++) {
        row.load(x, a);
        for (let b = 0; b < y.n; b++) expect(dotRowsSparse(row, y, b)).toBe(dotRows(x, a, y, b));
      }
    }
  });
});

describe('RowDots', () => {
  it('gives dotRows for scattered pairs of sparse and dense rows, with fewer slots than rows', () => {
    let seed = 11;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const dim = 64;
    // Rows 0-2 sparse (15 % filled), rows 3-5 dense (every entry), so both of RowDots' paths run.
    const x: VectorSet = { n: 6, dim, data: Float32Array.from({ length: 6 * dim }, (_, k) => (k >= 3 * dim || rnd() < 0.15 ? rnd() * 2 - 1 : 0)) };
    const y: VectorSet = { n: 4, dim, data: Float32Array.from({ length: 4 * dim }, () => rnd() * 2 - 1) };
    const dots = new RowDots(x, y, 2);
    for (const [a, b] of [[0, 1], [5, 2], [0, 3], [1, 0], [4, 1], [2, 2], [0, 0], [5, 3], [3, 3]]) expect(dots.dot(a, b)).toBe(dotRows(x, a, y, b));
  });
});
