// Auto mode: translation or two reports? A translation puts nearly every confident best match in
// order along the diagonal, and its sentence counts are close; two write-ups reorder, drop and add.
// Evidence is measured in background deviations (comparable/scores.ts), never in absolute cosines.
import type { ResolvedAlignOptions } from './options.js';
import type { AlignSide } from './side.js';
import { chanceMaximum, pairScores, pairThreshold } from './comparable/scores.js';
import { lowerBound, median } from './order-stats.js';
import { marginMatrix } from './similarity.js';
import type { AlignMode } from './types.js';
import { isZeroRow } from './vectors.js';

/** Source rows compared against every target sentence: at most 400, and about 10⁶ pairs in all. */
const maxRows = (m: number): number => Math.max(20, Math.min(400, Math.floor(1e6 / Math.max(1, m))));

/** Non-blank sentence indices of a side (a blank sentence embeds as the zero vector). */
const contentRows = (side: AlignSide): number[] => Array.from({ length: side.n }, (_, i) => i).filter((i) => !isZeroRow(side.overlaps![0], i));

/** Length of the longest strictly increasing subsequence. */
function lisLength(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) tails[lowerBound(tails, v)] = v;
  return tails.length;
}

/**
 * Margins (cosine minus the mean of both sides' k nearest) in robust deviations of all margins
 * (median and MAD, from at most 10⁵ evenly spaced cells).
 */
function marginZ(src: AlignSide, tgt: AlignSide, rows: number[], k: number): Float64Array {
  const { margin } = marginMatrix(src.overlaps![0], tgt.overlaps![0], k, rows);
  const stride = Math.max(1, Math.floor(margin.length / 1e5));
  const sample = margin.filter((_, i) => i % stride === 0);
  const med = median(sample);
  const mad = Math.max(1e-9, 1.4826 * median(sample.map((v) => Math.abs(v - med))));
  return Float64Array.from(margin, (v) => (v - med) / mad);
}

/**
 * Pearson correlation of log sentence lengths at proportional positions (source i against target
 * ⌊i·m/n⌋): high for a translation, whose sentences keep their order and relative lengths.
 */
export function lengthCorrelation(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  const m = b.length;
  if (n < 3 || m < 3) return 0;
  const xs = Array.from(a, (v) => Math.log1p(v));
  const ys = xs.map((_, i) => Math.log1p(b[Math.min(m - 1, Math.floor((i * m) / n))]));
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** The decision with its evidence. */
export interface ModeDecision {
  mode: AlignMode;
  reason: string;
  /** Share of confident best matches near the diagonal (see `decideMode`). */
  diagonalShare: number;
  /** Share of confident best matches that are in order (longest increasing subsequence). */
  orderedShare: number;
}

/**
 * Decides between parallel and comparable from the similarity structure of the two sides. Each
 * sampled source sentence's best target counts when its background z-score (comparable/scores.ts)
 * beats the chance maximum of its row, so the test needs no absolute similarity and holds for any
 * embedder. A translation puts nearly all of those on the diagonal, in order: within 10% of the
 * document or 1.5 sentences of it, whichever is wider (a 2-1 bead shifts the rest by one).
 */
export function decideMode(src: AlignSide, tgt: AlignSide, o: Pick<ResolvedAlignOptions, 'marginK'> = { marginK: 4 }): ModeDecision {
  const n = src.n;
  const m = tgt.n;
  const countRatio = n > 0 && m > 0 ? Math.max(n, m) / Math.min(n, m) : Infinity;
  if (!src.overlaps || !tgt.overlaps || n < 3 || m < 3) {
    // Too few sentences for an order, but not too few to see that nothing corresponds: when both
    // sides have content and no pair reaches comparable mode's threshold (for a tiny matrix, prior
    // deviations: closer to a match than to two unrelated sentences), the two are not a translation
    // of each other, and comparable mode leaves every sentence unmatched instead of pairing them.
    const rows = src.overlaps ? contentRows(src) : [];
    const cols = tgt.overlaps ? contentRows(tgt) : [];
    if (rows.length > 0 && cols.length > 0) {
      const { z } = pairScores(src.overlaps![0], tgt.overlaps![0], rows, cols);
      const threshold = pairThreshold(z.length);
      const best = z.reduce((a, b) => Math.max(a, b), -Infinity);
      if (best < threshold) {
        return { mode: 'comparable', reason: `auto: comparable — too few sentences (${n} × ${m}) to see an order, and no pair is similar enough to be a translation (best ${best.toFixed(2)} < ${threshold.toFixed(2)} deviations)`, diagonalShare: 0, orderedShare: 0 };
      }
    }
    return { mode: 'parallel', reason: `auto: parallel — too few sentences (${n} × ${m}) to see a structure; a translation is assumed`, diagonalShare: 1, orderedShare: 1 };
  }
  const step = Math.max(1, Math.ceil(n / maxRows(m)));
  const rows: number[] = [];
  // Blank source sentences (zero vectors) are no evidence either way: they are not sampled.
  for (let i = 0; i < n; i += step) if (!isZeroRow(src.overlaps[0], i)) rows.push(i);
  const z = marginZ(src, tgt, rows, o.marginK);
  const chance = chanceMaximum(rows.length * m);
  const tolerance = Math.max(0.1, 1.5 / Math.min(n, m));
  const best: [number, number][] = [];
  let near = 0;
  for (let r = 0; r < rows.length; r++) {
    let bj = 0;
    for (let j = 1; j < m; j++) if (z[r * m + j] > z[r * m + bj]) bj = j;
    if (z[r * m + bj] < chance) continue;
    best.push([rows[r], bj]);
    if (Math.abs(bj / m - rows[r] / n) <= tolerance) near++;
  }
  const diagonalShare = best.length ? near / best.length : 0;
  const orderedShare = best.length ? lisLength(best.map(([, j]) => j)) / best.length : 0;
  const counts = `sentence counts ${n} / ${m} (ratio ${countRatio.toFixed(2)})`;
  const found = `${best.length} of ${rows.length} sampled source sentences have a best match above chance (z ≥ ${chance.toFixed(1)})`;
  let parallel: boolean;
  let numbers: string;
  let needs: string;
  if (best.length >= 3) {
    parallel = diagonalShare >= 0.6 && orderedShare >= 0.7 && countRatio <= 1.8;
    numbers = `${found}, ${(100 * diagonalShare).toFixed(0)}% of them near the diagonal (±${(100 * tolerance).toFixed(0)}%), ${(100 * orderedShare).toFixed(0)}% in order; ${counts}`;
    needs = 'a translation needs ≥ 60% near the diagonal, ≥ 70% in order and a count ratio ≤ 1.8';
  } else {
    // Too few pairs stand out to see an order (an embedder blind to this language pair): sentence
    // lengths decide, as they would for Gale-Church. A translation keeps them in step: their
    // correlation must be positive at the one-sided 10% level (r ≥ 1.28 / √n).
    const r = lengthCorrelation(src.lengths, tgt.lengths);
    const rMin = 1.28 / Math.sqrt(n);
    parallel = r >= rMin && countRatio <= 1.8;
    numbers = `${found}, too few to see an order; sentence lengths at matching positions correlate ${r.toFixed(2)}; ${counts}`;
    needs = `a translation needs a length correlation ≥ ${rMin.toFixed(2)} and a count ratio ≤ 1.8`;
  }
  return {
    mode: parallel ? 'parallel' : 'comparable',
    reason: parallel ? `auto: parallel (a translation) — ${numbers}` : `auto: comparable (two write-ups) — ${numbers}; ${needs}`,
    diagonalShare,
    orderedShare,
  };
}
