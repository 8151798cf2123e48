import { describe, expect, it } from 'vitest';
import { dotRows, dotRowsSparse, SparseRow, type VectorSet } from '../../src/align/vectors.js';

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
