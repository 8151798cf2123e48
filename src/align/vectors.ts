// Embedding vectors stored flat (one Float32Array of n·dim) so dot products walk contiguous memory.

/** n vectors of length dim, row-major. */
export interface VectorSet {
  readonly n: number;
  readonly dim: number;
  readonly data: Float32Array;
}

/** Packs separate vectors into one flat set (the separate arrays can then be dropped). */
export function packVectors(vectors: readonly Float32Array[], dim: number): VectorSet {
  const data = new Float32Array(vectors.length * dim);
  for (let i = 0; i < vectors.length; i++) data.set(vectors[i].subarray(0, dim), i * dim);
  return { n: vectors.length, dim, data };
}

/** Dot product of row a of x with row b of y (four accumulators for instruction-level parallelism). */
export function dotRows(x: VectorSet, a: number, y: VectorSet, b: number): number {
  const dim = x.dim;
  const xd = x.data;
  const yd = y.data;
  let p = a * dim;
  let q = b * dim;
  const end = p + dim;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (; p + 3 < end; p += 4, q += 4) {
    s0 += xd[p] * yd[q];
    s1 += xd[p + 1] * yd[q + 1];
    s2 += xd[p + 2] * yd[q + 2];
    s3 += xd[p + 3] * yd[q + 3];
  }
  for (; p < end; p++, q++) s0 += xd[p] * yd[q];
  return s0 + s1 + (s2 + s3);
}

/**
 * `dotRows` of row a of x with rows b and b + 1 of y at once, into `out[0]` and `out[1]`: row a is read
 * once for both. Bit-identical to two `dotRows` calls (each keeps its own four accumulators).
 */
export function dotRows2(x: VectorSet, a: number, y: VectorSet, b: number, out: Float64Array): void {
  const dim = x.dim;
  const xd = x.data;
  const yd = y.data;
  let p = a * dim;
  let q = b * dim;
  const r = q + dim - p;
  const end = p + dim;
  q -= p;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  for (; p + 3 < end; p += 4) {
    const x0 = xd[p];
    const x1 = xd[p + 1];
    const x2 = xd[p + 2];
    const x3 = xd[p + 3];
    a0 += x0 * yd[q + p];
    a1 += x1 * yd[q + p + 1];
    a2 += x2 * yd[q + p + 2];
    a3 += x3 * yd[q + p + 3];
    b0 += x0 * yd[r + p];
    b1 += x1 * yd[r + p + 1];
    b2 += x2 * yd[r + p + 2];
    b3 += x3 * yd[r + p + 3];
  }
  for (; p < end; p++) {
    a0 += xd[p] * yd[q + p];
    b0 += xd[p] * yd[r + p];
  }
  out[0] = a0 + a1 + (a2 + a3);
  out[1] = b0 + b1 + (b2 + b3);
}

/**
 * The non-zero entries of one row, grouped by the accumulator `dotRows` adds them to: lanes 0–3 of the
 * four-way loop, then the tail that `dotRows` adds to lane 0 last (`ends[k]`: end of group k in `idx`
 * and `val`). Lexical vectors are sparse (a sentence fills ~15% of 2048 dimensions), so a row is
 * loaded once and dotted with many rows of the other side.
 */
export class SparseRow {
  readonly idx: Int32Array;
  readonly val: Float32Array;
  readonly ends = new Int32Array(5);
  /** Number of non-zero entries of the row last loaded. */
  count = 0;

  constructor(dim: number) {
    this.idx = new Int32Array(dim);
    this.val = new Float32Array(dim);
  }

  /** Loads row a of x; returns the number of non-zero entries. */
  load(x: VectorSet, a: number): number {
    const { dim, data } = x;
    const base = a * dim;
    const tail = dim - (dim % 4);
    let k = 0;
    for (let lane = 0; lane < 4; lane++) {
      for (let d = lane; d < tail; d += 4) {
        const v = data[base + d];
        if (v !== 0) {
          this.idx[k] = d;
          this.val[k++] = v;
        }
      }
      this.ends[lane] = k;
    }
    for (let d = tail; d < dim; d++) {
      const v = data[base + d];
      if (v !== 0) {
        this.idx[k] = d;
        this.val[k++] = v;
      }
    }
    this.ends[4] = k;
    return (this.count = k);
  }
}

/**
 * `dotRows(x, a, y, b)` where row a of x is loaded in `row`. Bit-identical to `dotRows`: each product
 * goes to the accumulator `dotRows` gives it and in the same order, and the skipped products are
 * zeros, which do not change a sum.
 */
export function dotRowsSparse(row: SparseRow, y: VectorSet, b: number): number {
  const { idx, val, ends } = row;
  const yd = y.data;
  const q = b * y.dim;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k < ends[0]; k++) s0 += val[k] * yd[q + idx[k]];
  for (; k < ends[1]; k++) s1 += val[k] * yd[q + idx[k]];
  for (; k < ends[2]; k++) s2 += val[k] * yd[q + idx[k]];
  for (; k < ends[3]; k++) s3 += val[k] * yd[q + idx[k]];
  for (; k < ends[4]; k++) s0 += val[k] * yd[q + idx[k]];
  return s0 + s1 + (s2 + s3);
}

/**
 * `dotRowsSparse` of the loaded `row` with rows b and b + 1 of y at once, into `out[0]` and `out[1]`: the
 * row's entries are read once for both. Bit-identical to two `dotRowsSparse` calls (each row keeps its
 * own four accumulators, filled in the same order).
 */
export function dotRowsSparse2(row: SparseRow, y: VectorSet, b: number, out: Float64Array): void {
  const { idx, val, ends } = row;
  const yd = y.data;
  const q = b * y.dim;
  const r = q + y.dim;
  let a0 = 0;
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let k = 0;
  // One loop per accumulator group, as in `dotRowsSparse` (the accumulators stay local variables).
  for (; k < ends[0]; k++) { const d = idx[k]; a0 += val[k] * yd[q + d]; b0 += val[k] * yd[r + d]; }
  for (; k < ends[1]; k++) { const d = idx[k]; a1 += val[k] * yd[q + d]; b1 += val[k] * yd[r + d]; }
  for (; k < ends[2]; k++) { const d = idx[k]; a2 += val[k] * yd[q + d]; b2 += val[k] * yd[r + d]; }
  for (; k < ends[3]; k++) { const d = idx[k]; a3 += val[k] * yd[q + d]; b3 += val[k] * yd[r + d]; }
  for (; k < ends[4]; k++) { const d = idx[k]; a0 += val[k] * yd[q + d]; b0 += val[k] * yd[r + d]; }
  out[0] = a0 + a1 + (a2 + a3);
  out[1] = b0 + b1 + (b2 + b3);
}

/** Whether row i of x is the zero vector: a blank text, which carries no evidence for or against any pair. */
export function isZeroRow(x: VectorSet, i: number): boolean {
  const d = x.data;
  for (let p = i * x.dim, end = p + x.dim; p < end; p++) if (d[p] !== 0) return false;
  return true;
}
