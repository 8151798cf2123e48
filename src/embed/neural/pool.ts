// Token vectors → one L2-normalised sentence vector per text. Pure functions over flat arrays, so
// they are tested without a model.
import type { Pooling } from './options.js';

/** Scales `v` in place to unit length (a zero vector stays zero). Returns `v`. */
export function normalizeInPlace(v: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * v[i];
  if (sum > 0) {
    const inv = 1 / Math.sqrt(sum);
    for (let i = 0; i < v.length; i++) v[i] *= inv;
  }
  return v;
}

/**
 * Pools `hidden` (`[batch, seq, dim]`, row-major) into `batch` normalised vectors: `mean` averages
 * the tokens whose `mask` is non-zero, `cls` takes the first token.
 */
export function poolHidden(
  hidden: ArrayLike<number>,
  dims: readonly number[],
  mask: ArrayLike<number | bigint>,
  pooling: Pooling,
): Float32Array[] {
  const [batch, seq, dim] = dims;
  const out: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const v = new Float32Array(dim);
    if (pooling === 'cls') {
      for (let d = 0; d < dim; d++) v[d] = hidden[b * seq * dim + d];
    } else {
      let count = 0;
      for (let s = 0; s < seq; s++) {
        if (Number(mask[b * seq + s]) === 0) continue;
        count++;
        const base = (b * seq + s) * dim;
        for (let d = 0; d < dim; d++) v[d] += hidden[base + d];
      }
      if (count > 0) for (let d = 0; d < dim; d++) v[d] /= count;
    }
    out.push(normalizeInPlace(v));
  }
  return out;
}

/** Splits a `[batch, dim]` array into `batch` normalised vectors (for a model's own pooled output). */
export function splitPooled(pooled: ArrayLike<number>, dims: readonly number[]): Float32Array[] {
  const [batch, dim] = dims;
  const out: Float32Array[] = [];
  for (let b = 0; b < batch; b++) out.push(normalizeInPlace(Float32Array.from({ length: dim }, (_, d) => pooled[b * dim + d])));
  return out;
}
