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
 * Indices of the non-zero entries of row a of x, in increasing order, written to `out` (length ≥ dim);
 * returns how many. Lexical vectors are sparse (a sentence fills ~15% of 2048 dimensions).
 */
export function nonZeros(x: VectorSet, a: number, out: Int32Array): number {
  const xd = x.data;
  const base = a * x.dim;
  let count = 0;
  for (let d = 0; d < x.dim; d++) if (xd[base + d] !== 0) out[count++] = d;
  return count;
}

/**
 * `dotRows(x, a, y, b)` over the `count` non-zero entries of row a listed in `idx` (`nonZeros`).
 * Bit-identical to `dotRows`: each product goes to the accumulator `dotRows` gives it and in the same
 * order, and the skipped products are zeros, which do not change a sum.
 */
export function dotRowsSparse(x: VectorSet, a: number, idx: Int32Array, count: number, y: VectorSet, b: number): number {
  const dim = x.dim;
  const xd = x.data;
  const yd = y.data;
  const p = a * dim;
  const q = b * dim;
  const tail = dim - (dim % 4);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < count; k++) {
    const d = idx[k];
    const v = xd[p + d] * yd[q + d];
    if (d >= tail) s0 += v;
    else {
      const lane = d & 3;
      if (lane === 0) s0 += v;
      else if (lane === 1) s1 += v;
      else if (lane === 2) s2 += v;
      else s3 += v;
    }
  }
  return s0 + s1 + (s2 + s3);
}

/** Whether row i of x is the zero vector: a blank text, which carries no evidence for or against any pair. */
export function isZeroRow(x: VectorSet, i: number): boolean {
  const d = x.data;
  for (let p = i * x.dim, end = p + x.dim; p < end; p++) if (d[p] !== 0) return false;
  return true;
}

/**
 * Block sums at half resolution: row k is the sum of rows 2k and 2k+1 (the last may be alone),
 * L2-normalised so dot products stay cosines. Used for the coarse anchor passes.
 */
export function halve(x: VectorSet): VectorSet {
  const n = Math.ceil(x.n / 2);
  const dim = x.dim;
  const out = new Float32Array(n * dim);
  for (let k = 0; k < n; k++) {
    const o = k * dim;
    const a = 2 * k * dim;
    const hasB = 2 * k + 1 < x.n;
    let norm = 0;
    for (let d = 0; d < dim; d++) {
      const v = x.data[a + d] + (hasB ? x.data[a + dim + d] : 0);
      out[o + d] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let d = 0; d < dim; d++) out[o + d] *= inv;
    }
  }
  return { n, dim, data: out };
}
