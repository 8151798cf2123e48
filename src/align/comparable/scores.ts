// Similarity of two write-ups in units of their own background: how far a pair stands out from what
// any two sentences of these documents share. Embedder-agnostic, no absolute cosine thresholds:
// 1. centre each side (subtract its mean content vector) — removes what every sentence of a side
//    shares: the story's ubiquitous names, the language's function words and n-grams;
// 2. cosines of the centred vectors;
// 3. standardise each cell against its row and its column (mean and deviation without their best
//    cell, so a true match does not raise its own background), average the two;
// 4. rescale by the robust spread (median, MAD) of the whole matrix, so 2.5 means "2.5 background
//    deviations above a typical pair" whatever the embedder and the document length;
// 5. a pair whose plain (uncentred) cosine is not above the median of its row and of its column
//    scores at most 0: centring must not invent a likeness (two sentences that share nothing with
//    anything would otherwise look alike, both being minus the mean).
//
// A matrix of fewer than `MIN_BACKGROUND_CELLS` cells (1 × 1 … 2 × 4) has no background to measure:
// every z-score of a 1 × 1 matrix was 0, which met the chance threshold of 0, so two unrelated
// sentences became a `match`, while a 1 × m matrix could never match (its one-cell columns put every
// pair at their own median). Such a matrix is scored in prior deviations instead (`priorScores`).
import { PRIOR_BACKGROUND, PRIOR_SPREAD } from '../priors.js';
import type { VectorSet } from '../vectors.js';
import { median } from '../order-stats.js';

/** Fewest cells a matrix needs for background z-scores; below, `priorScores` (as the MAD rescale needs 9). */
export const MIN_BACKGROUND_CELLS = 9;

/** Background-standardised similarities of content rows: `z[r * cols.length + c]`. */
export interface BackgroundScores {
  /** Source and target sentence indices of the rows and columns. */
  rows: readonly number[];
  cols: readonly number[];
  /** Cosines of the centred vectors. */
  cos: Float64Array;
  /** Plain cosines. */
  raw: Float64Array;
  /** Background z-scores (see the file comment). */
  z: Float64Array;
}

/** Rows `rows` of `set`, minus their mean, L2-normalised (a zero row stays zero). */
export function centeredRows(set: VectorSet, rows: readonly number[], center: boolean | number = true): Float64Array[] {
  const dim = set.dim;
  const mean = new Float64Array(dim);
  const weight = center === true ? 1 : center === false ? 0 : center;
  if (weight > 0 && rows.length > 1) {
    for (const i of rows) for (let d = 0; d < dim; d++) mean[d] += set.data[i * dim + d];
    for (let d = 0; d < dim; d++) mean[d] *= weight / rows.length;
  }
  return rows.map((i) => {
    const v = new Float64Array(dim);
    let norm = 0;
    for (let d = 0; d < dim; d++) {
      v[d] = set.data[i * dim + d] - mean[d];
      norm += v[d] * v[d];
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let d = 0; d < dim; d++) v[d] *= inv;
    }
    return v;
  });
}

/** Row-major cosines of two lists of unit vectors. */
function cosines(a: readonly Float64Array[], b: readonly Float64Array[]): Float64Array {
  const m = b.length;
  const out = new Float64Array(a.length * m);
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    for (let c = 0; c < m; c++) {
      const y = b[c];
      let s = 0;
      for (let d = 0; d < x.length; d++) s += x[d] * y[d];
      out[r * m + c] = s;
    }
  }
  return out;
}

/**
 * Mean and standard deviation of `values` without their largest element (sd floored at `floor`, and
 * never below 1e-9: a row of equal cosines, e.g. all 0, has no spread to divide by).
 */
export function backgroundStats(values: readonly number[], floor: number): [number, number] {
  floor = Math.max(floor, 1e-9);
  if (values.length < 3) return [0, floor];
  let top = 0;
  for (let k = 1; k < values.length; k++) if (values[k] > values[top]) top = k;
  let sum = 0;
  for (let k = 0; k < values.length; k++) if (k !== top) sum += values[k];
  const mean = sum / (values.length - 1);
  let sq = 0;
  for (let k = 0; k < values.length; k++) if (k !== top) sq += (values[k] - mean) ** 2;
  return [mean, Math.max(floor, Math.sqrt(sq / (values.length - 2)))];
}


/**
 * Background z-scores of every content pair. Sides with fewer than 3 content rows are not centred
 * (the mean of one or two sentences is the sentences themselves).
 */
export function backgroundScores(src: VectorSet, tgt: VectorSet, rows: readonly number[], cols: readonly number[]): BackgroundScores {
  const n = rows.length;
  const m = cols.length;
  const a = centeredRows(src, rows, n >= 3);
  const b = centeredRows(tgt, cols, m >= 3);
  const cos = cosines(a, b);
  const raw = cosines(centeredRows(src, rows, false), centeredRows(tgt, cols, false));
  // A floor on the deviations keeps a row of near-identical cosines from inflating its z-scores.
  const floor = 0.25 * Math.sqrt(cos.reduce((acc, v) => acc + v * v, 0) / Math.max(1, n * m));
  const rowStats = Array.from({ length: n }, (_, r) => backgroundStats(Array.from(cos.subarray(r * m, r * m + m)), floor));
  const colStats = Array.from({ length: m }, (_, c) => backgroundStats(Array.from({ length: n }, (_, r) => cos[r * m + c]), floor));
  const z = new Float64Array(n * m);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < m; c++) {
      const v = cos[r * m + c];
      z[r * m + c] = ((v - rowStats[r][0]) / rowStats[r][1] + (v - colStats[c][0]) / colStats[c][1]) / 2;
    }
  }
  if (n * m >= MIN_BACKGROUND_CELLS) {
    const med = median(z);
    const mad = median(z.map((v) => Math.abs(v - med))) * 1.4826;
    if (mad > 1e-9) for (let k = 0; k < z.length; k++) z[k] = (z[k] - med) / mad;
  }
  const rowMedian = Array.from({ length: n }, (_, r) => median(raw.subarray(r * m, r * m + m)));
  const colMedian = Array.from({ length: m }, (_, c) => median(Array.from({ length: n }, (_, r) => raw[r * m + c])));
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < m; c++) if (raw[r * m + c] <= Math.max(rowMedian[r], colMedian[c])) z[r * m + c] = Math.min(0, z[r * m + c]);
  }
  return { rows, cols, cos, raw, z };
}

/** Upper quantile of the standard normal for p in [0.5, 1) (Abramowitz & Stegun 26.2.23, error < 5·10⁻⁴). */
export function normalQuantile(p: number): number {
  if (p <= 0.5) return 0;
  const t = Math.sqrt(-2 * Math.log(1 - p));
  return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
}

/**
 * The expected largest of `count` independent standard normal values (Blom's approximation,
 * Φ⁻¹((count − 0.375) / (count + 0.25)): 1.54 for 10, 2.50 for 100): the score the best pair of two
 * unrelated documents reaches by chance. Comparable mode's thresholds sit relative to it, so a
 * larger document, with more chances for a coincidence, needs a stronger pair.
 */
export function chanceMaximum(count: number): number {
  return count < 2 ? 0 : normalQuantile((count - 0.375) / (count + 0.25));
}

/**
 * Scores of a matrix too small for a background: plain cosines in deviations of the prior no-match
 * distribution, `(cos − PRIOR_BACKGROUND) / PRIOR_SPREAD` (the priors parallel mode blends in for
 * small documents, priors.ts). The prior match mean lies 2 deviations up, so a pair scoring above 1
 * is closer to a match than to two unrelated sentences, as in parallel mode's prior model.
 */
export function priorScores(src: VectorSet, tgt: VectorSet, rows: readonly number[], cols: readonly number[]): BackgroundScores {
  const raw = cosines(centeredRows(src, rows, false), centeredRows(tgt, cols, false));
  const z = raw.map((v) => (v - PRIOR_BACKGROUND) / PRIOR_SPREAD);
  return { rows, cols, cos: raw, raw, z };
}

/**
 * The z-score a pair must reach to be aligned in a matrix of `count` cells: the chance maximum
 * (`chanceMaximum`) of background scores, and for a matrix scored in prior deviations (`priorScores`)
 * at least 1, the midpoint between the prior no-match and match means (0.175 with the default priors;
 * a 1 × 1 matrix has a chance maximum of 0, i.e. just the mean cosine of unrelated sentences).
 */
export function pairThreshold(count: number): number {
  const chance = chanceMaximum(count);
  return count < MIN_BACKGROUND_CELLS ? Math.max(1, chance) : chance;
}

/** Background z-scores, or prior deviations for a matrix too small to have a background. */
export function pairScores(src: VectorSet, tgt: VectorSet, rows: readonly number[], cols: readonly number[]): BackgroundScores {
  return rows.length * cols.length < MIN_BACKGROUND_CELLS ? priorScores(src, tgt, rows, cols) : backgroundScores(src, tgt, rows, cols);
}
