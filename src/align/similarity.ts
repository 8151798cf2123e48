// Dense similarity for short documents (comparable and auto modes): cosines, k-NN means, margins.
import { dotRows, type VectorSet } from './vectors.js';

/** Row-major N×M margin matrix: cos(i, j) − (mean of i's k best + mean of j's k best) / 2. */
export interface MarginMatrix {
  n: number;
  m: number;
  cos: Float32Array;
  margin: Float32Array;
  /** Mean similarity of each source / target row to its k nearest neighbours. */
  knnSrc: Float64Array;
  knnTgt: Float64Array;
}

function topMean(values: Float32Array, start: number, count: number, stride: number, k: number): number {
  const top: number[] = [];
  for (let c = 0; c < count; c++) {
    const v = values[start + c * stride];
    if (top.length < k) top.push(v);
    else {
      let low = 0;
      for (let q = 1; q < k; q++) if (top[q] < top[low]) low = q;
      if (v > top[low]) top[low] = v;
    }
  }
  return top.length ? top.reduce((a, b) => a + b, 0) / top.length : 0;
}

/** Margins of rows `rows` of the source (all by default) against target rows `cols` (all by default). */
export function marginMatrix(src: VectorSet, tgt: VectorSet, k: number, rows?: readonly number[], cols?: readonly number[]): MarginMatrix {
  const list = rows ?? Array.from({ length: src.n }, (_, i) => i);
  const targets = cols ?? Array.from({ length: tgt.n }, (_, j) => j);
  const n = list.length;
  const m = targets.length;
  const cos = new Float32Array(n * m);
  for (let r = 0; r < n; r++) for (let j = 0; j < m; j++) cos[r * m + j] = dotRows(src, list[r], tgt, targets[j]);
  const kk = Math.max(1, Math.min(k, Math.max(n, m)));
  const knnSrc = new Float64Array(n);
  const knnTgt = new Float64Array(m);
  for (let r = 0; r < n; r++) knnSrc[r] = topMean(cos, r * m, m, 1, kk);
  for (let j = 0; j < m; j++) knnTgt[j] = topMean(cos, j, n, m, kk);
  const margin = new Float32Array(n * m);
  for (let r = 0; r < n; r++) for (let j = 0; j < m; j++) margin[r * m + j] = cos[r * m + j] - (knnSrc[r] + knnTgt[j]) / 2;
  return { n, m, cos, margin, knnSrc, knnTgt };
}

/**
 * Ratio margins (LASER bitext mining, Artetxe & Schwenk 2019) of a margin matrix:
 * cos(x, y) / (Σ_{k-NN of x} cos / 2k + Σ_{k-NN of y} cos / 2k), i.e. the cosine over the mean of
 * both sentences' k-NN means. Above 1: the pair is closer than either sentence is to its usual
 * neighbours. A pair whose background is 0 or below (neither sentence is like anything; possible with centred
 * vectors) gets 0.
 */
/** The ratio margin of one cosine against its two sentences' k-NN means (0 when their background is not positive). */
export function ratioMargin(cos: number, knnA: number, knnB: number): number {
  const background = (knnA + knnB) / 2;
  return background > 1e-9 ? cos / background : 0;
}

export function ratioMargins(mm: MarginMatrix): Float64Array {
  const { n, m, cos, knnSrc, knnTgt } = mm;
  const out = new Float64Array(n * m);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < m; c++) {
      out[r * m + c] = ratioMargin(cos[r * m + c], knnSrc[r], knnTgt[c]);
    }
  }
  return out;
}
