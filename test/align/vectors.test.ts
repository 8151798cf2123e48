import { describe, expect, it } from 'vitest';
import { dotRows, dotRows2, dotRowsSparse, dotRowsSparse2, SparseRow, type VectorSet } from '../../src/align/vectors.js';
import { bandSimilarities, RowDots } from '../../src/align/parallel/margin.js';
import { bandFromRows } from '../../src/align/parallel/band.js';

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

describe('dotRows2 and dotRowsSparse2', () => {
  it('give two dotRows at once, bit for bit, for sparse and dense rows and any dimension', () => {
    let seed = 5;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const out = new Float64Array(2);
    for (const dim of [3, 8, 13, 2048]) {
      // x: row 0 sparse (15 % filled), row 1 dense; y: 4 rows, half filled.
      const x: VectorSet = { n: 2, dim, data: Float32Array.from({ length: 2 * dim }, (_, k) => (k >= dim || rnd() < 0.15 ? rnd() * 2 - 1 : 0)) };
      const y: VectorSet = { n: 4, dim, data: Float32Array.from({ length: 4 * dim }, () => (rnd() < 0.5 ? rnd() * 2 - 1 : 0)) };
      const row = new SparseRow(dim);
      for (let a = 0; a < x.n; a++) {
        row.load(x, a);
        for (let b = 0; b + 1 < y.n; b++) {
          dotRows2(x, a, y, b, out);
          expect([out[0], out[1]]).toEqual([dotRows(x, a, y, b), dotRows(x, a, y, b + 1)]);
          dotRowsSparse2(row, y, b, out);
          expect([out[0], out[1]]).toEqual([dotRows(x, a, y, b), dotRows(x, a, y, b + 1)]);
        }
      }
    }
  });
});

describe('bandSimilarities', () => {
  it('holds each band cell\'s dotRows, over rows of odd and even width, sparse and dense', () => {
    let seed = 3;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const dim = 16;
    // Source rows 0-1 sparse, 2-3 dense; the band's rows are 2, 3, 4 and 3 cells wide (j from lo to hi).
    const x: VectorSet = { n: 4, dim, data: Float32Array.from({ length: 4 * dim }, (_, k) => (k >= 2 * dim || rnd() < 0.2 ? rnd() * 2 - 1 : 0)) };
    const y: VectorSet = { n: 5, dim, data: Float32Array.from({ length: 5 * dim }, () => (rnd() < 0.4 ? rnd() * 2 - 1 : 0)) };
    const band = bandFromRows(4, 5, Int32Array.from([0, 1, 1, 2, 3]), Int32Array.from([0, 2, 3, 5, 5]));
    const sims = bandSimilarities(band, x, y);
    for (let i = 1; i <= 4; i++) {
      for (let j = Math.max(1, band.lo[i]); j <= band.hi[i]; j++) expect(sims[band.start[i] - band.lo[i] + j]).toBe(Math.fround(dotRows(x, i - 1, y, j - 1)));
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
