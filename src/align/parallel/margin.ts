// Margin normalisation (Artetxe & Schwenk 2019): a pair's similarity minus the mean similarity of each
// side's k nearest neighbours. Neighbours are searched inside the DP band, so the cost stays N·band.
import type { Band } from './band.js';
import { dotRows, dotRows2, dotRowsSparse, dotRowsSparse2, SparseRow, type VectorSet } from '../vectors.js';

/**
 * 1-1 cosines of every band cell (cell (i, j) holds pair (i−1, j−1); row/column 0 hold NaN). A sparse
 * source row (under half its entries non-zero, as lexical vectors are) is dotted over its non-zero
 * entries only, with the same result as `dotRows` (see `dotRowsSparse`).
 */
export function bandSimilarities(band: Band, src: VectorSet, tgt: VectorSet, signal?: AbortSignal): Float32Array {
  const sims = new Float32Array(band.start[band.n + 1]).fill(Number.NaN);
  const row = new SparseRow(src.dim);
  const pair = new Float64Array(2);
  for (let i = 1; i <= band.n; i++) {
    if ((i & 1023) === 0) signal?.throwIfAborted();
    const base = band.start[i] - band.lo[i];
    const sparse = 2 * row.load(src, i - 1) < src.dim;
    let j = Math.max(1, band.lo[i]);
    // Two target rows per pass over the source row's entries.
    for (; j < band.hi[i]; j += 2) {
      if (sparse) dotRowsSparse2(row, tgt, j - 1, pair);
      else dotRows2(src, i - 1, tgt, j - 1, pair);
      sims[base + j] = pair[0];
      sims[base + j + 1] = pair[1];
    }
    for (; j <= band.hi[i]; j++) {
      sims[base + j] = sparse ? dotRowsSparse(row, tgt, j - 1) : dotRows(src, i - 1, tgt, j - 1);
    }
  }
  return sims;
}

/**
 * Dot products of rows of `src` with rows of `tgt`, the same numbers as `dotRows`, for callers that
 * ask for scattered pairs: the last few source rows asked for stay loaded as sparse rows
 * (`SparseRow`), so a run of pairs that share a source sentence reads only its non-zero entries.
 */
export class RowDots {
  private readonly rows: SparseRow[];
  private readonly which: Int32Array;
  private readonly sparse: Uint8Array;
  private next = 0;

  constructor(
    private readonly src: VectorSet,
    private readonly tgt: VectorSet,
    slots = 8,
  ) {
    this.rows = Array.from({ length: slots }, () => new SparseRow(src.dim));
    this.which = new Int32Array(slots).fill(-1);
    this.sparse = new Uint8Array(slots);
  }

  /** `dotRows(src, a, tgt, b)`. */
  dot(a: number, b: number): number {
    let k = this.which.indexOf(a);
    if (k < 0) {
      k = this.next;
      this.next = (k + 1) % this.rows.length;
      this.which[k] = a;
      this.sparse[k] = 2 * this.rows[k].load(this.src, a) < this.src.dim ? 1 : 0;
    }
    return this.sparse[k] ? dotRowsSparse(this.rows[k], this.tgt, b) : dotRows(this.src, a, this.tgt, b);
  }
}

function insertTop(top: Float32Array, base: number, k: number, v: number): void {
  if (!(v > top[base + k - 1])) return;
  let p = base + k - 1;
  while (p > base && top[p - 1] < v) {
    top[p] = top[p - 1];
    p--;
  }
  top[p] = v;
}

function means(top: Float32Array, n: number, k: number, pad: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let q = 0; q < k; q++) {
      const v = top[i * k + q];
      s += v > pad ? v : pad;
    }
    out[i] = s / k;
  }
  return out;
}

/**
 * Mean similarity of each source and each target sentence to its k nearest neighbours in the band.
 * A sentence with fewer than k neighbours above `pad` (a short document, a narrow band) takes `pad`
 * (the expected similarity of unrelated sentences) for the missing ones, so its margin does not
 * collapse to zero just because the document is small.
 */
export function neighbourMeans(band: Band, sims: Float32Array, k: number, pad = 0): { src: Float64Array; tgt: Float64Array } {
  const n = band.n;
  const m = band.m;
  const topS = new Float32Array(n * k).fill(-Infinity);
  const topT = new Float32Array(m * k).fill(-Infinity);
  for (let i = 1; i <= n; i++) {
    const base = band.start[i] - band.lo[i];
    for (let j = Math.max(1, band.lo[i]); j <= band.hi[i]; j++) {
      const v = sims[base + j];
      insertTop(topS, (i - 1) * k, k, v);
      insertTop(topT, (j - 1) * k, k, v);
    }
  }
  return { src: means(topS, n, k, pad), tgt: means(topT, m, k, pad) };
}
