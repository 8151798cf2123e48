// The embedding model of parallel mode. A bead's cost is its Gale-Church cost minus the log-likelihood
// ratio of its margin score (similarity minus the mean similarity of each side's k nearest neighbours)
// under "match" versus "no match", both normal with one spread. The statistics come from the document:
// no-match = median and MAD of the band's 1-1 margins (nearly all cells are not matches), match = mean
// margin of the 1-1 beads of the length-only path. An embedder that does not separate matches from the
// rest thus falls back to Gale-Church, and a good one dominates it. Small documents have too few cells
// for those statistics, so they are blended with priors (see `PRIOR_*`), weighted by the cell count.
import type { Band } from './band.js';
import { beadPrior } from './beadTypes.js';
import { lengthCost } from '../length.js';
import { bandSimilarities, neighbourMeans, RowDots } from './margin.js';
import { kthSmallest, upperMedian } from '../order-stats.js';
import type { AlignSide } from '../side.js';
import type { BeadType } from '../types.js';
import { dotRows } from '../vectors.js';
import { groupCosine, loadedEvidence, MergedScratch, pairCosines, sideMarks } from './merged.js';
import { groupBackgrounds } from './group-background.js';
import { cellOf } from './reuse.js';
import { PRIOR_BACKGROUND, PRIOR_CELLS, PRIOR_GAP, PRIOR_SPREAD } from '../priors.js';

/**
 * Share of Gale-Church's own skip cost (−ln prior + the skipped length scored against zero) in the
 * cost of a 1-0/0-1, next to the flat, distribution-derived skip cost. A flat skip cost is the same
 * for a 3-word caption and a 60-word verse, so long sentences were left out to fix a local length
 * mismatch (Bible en–zh: 41 skips where the gold has none) and short lines with no support were
 * merged into neighbours instead of being left out. Gale-Church's length model already says how
 * unlikely it is that a sentence of that length has no counterpart; a quarter of it makes skipping
 * grow with length without overriding the similarity evidence. (Measurements: docs/tuning.md,
 * "Length-aware skips".)
 */
const SKIP_LENGTH_SHARE = 0.25;

/** Everything the cost and score of a bead need, measured once per document. */
export interface ModelStats {
  /** Expected cosine of unrelated sentences (median of the band's 1-1 cosines, blended with the prior). */
  background: number;
  /** Mean of the k nearest neighbours' cosines of each source / target sentence (padded with `background`). */
  knnSrc: Float64Array;
  knnTgt: Float64Array;
  /** No-match and match mean margins, and their shared spread. */
  mean0: number;
  mean1: number;
  spread: number;
  /** Log-likelihood ratio per unit of margin (0 when matches do not score above non-matches). */
  slope: number;
  /** Cost of one skipped sentence (1-0 or 0-1). */
  skip: number;
}


/** The q-quantile as a sorted copy holds it at ⌊q · (n − 1)⌋; 0 when empty. */
const quantile = (values: Float64Array, q: number): number => kthSmallest(values, Math.floor(q * (values.length - 1)));

/** The length-only (Gale-Church) path in the statistics band: nodes, bead type of each step, and the types. */
export interface LengthPath {
  readonly nodes: Int32Array;
  readonly steps: Uint8Array;
  readonly types: readonly BeadType[];
}

/** Options the model reads. */
export interface ModelOptions {
  marginK: number;
  skipQuantile: number;
  similarityWeight: number;
  signal?: AbortSignal;
}

/** Measures the model's statistics in `band` (the full grid for small documents, else the anchor band). */
export function modelStats(src: AlignSide, tgt: AlignSide, band: Band, lengthPath: LengthPath, ratio: number, o: ModelOptions): ModelStats & { sims: Float32Array } {
  const S = src.overlaps![0];
  const T = tgt.overlaps![0];
  const sims = bandSimilarities(band, S, T, o.signal);
  const cellCount = band.start[band.n + 1];
  const cos = new Float64Array(cellCount);
  let count = 0;
  for (let c = 0; c < cellCount; c++) if (sims[c] === sims[c]) cos[count++] = sims[c];
  const w = count / (count + PRIOR_CELLS);
  const background = w * upperMedian(cos.subarray(0, count)) + (1 - w) * PRIOR_BACKGROUND;
  const knn = neighbourMeans(band, sims, o.marginK, background);
  const margins = new Float64Array(count);
  const lengths = new Float64Array(count);
  const oneCost = -Math.log(beadPrior({ ds: 1, dt: 1 }));
  let k = 0;
  for (let i = 1; i <= band.n; i++) {
    const base = band.start[i] - band.lo[i];
    for (let j = Math.max(1, band.lo[i]); j <= band.hi[i]; j++) {
      margins[k] = sims[base + j] - (knn.src[i - 1] + knn.tgt[j - 1]) / 2;
      lengths[k++] = oneCost + lengthCost(src.lengths[i - 1], tgt.lengths[j - 1], ratio);
    }
  }
  const m0 = upperMedian(margins);
  const mad = 1.4826 * upperMedian(margins.map((x) => Math.abs(x - m0)));
  // Match mean: the 1-1 beads of the length-only path in the same band.
  const { nodes, steps, types } = lengthPath;
  let sum1 = 0;
  let n1 = 0;
  for (let s = 0; s < steps.length; s++) {
    const t = types[steps[s]];
    if (t.ds !== 1 || t.dt !== 1) continue;
    const i = nodes[2 * s + 2];
    const j = nodes[2 * s + 3];
    sum1 += sims[band.start[i] + j - band.lo[i]] - (knn.src[i - 1] + knn.tgt[j - 1]) / 2;
    n1++;
  }
  const m1 = n1 > 0 ? sum1 / n1 : m0;
  // Blend with the priors: no-match margin 0, match margin PRIOR_GAP above it, spread half the gap.
  const mean0 = w * m0;
  const mean1 = w * m1 + (1 - w) * PRIOR_GAP;
  // The spread is floored at a quarter of the match/no-match gap, so an embedder whose non-matches
  // are all exactly orthogonal does not turn the ratio into a step function.
  const spread = Math.max(w * mad + (1 - w) * PRIOR_SPREAD, 0.25 * Math.abs(mean1 - mean0), 1e-3);
  const slope = mean1 > mean0 ? (o.similarityWeight * (mean1 - mean0)) / (spread * spread) : 0;
  // Skip cost: −ln of the skip prior plus half a low quantile of the length costs of the band's 1-1
  // pairs (nearly all of them do not match). A skip carries no similarity evidence and stands in for
  // the length term that an aligned sentence would pay. Small documents blend in the cost of a 1-1
  // pair with a one-standard-deviation length mismatch, so a skip is never cheaper than a plausible match.
  const typical = w * Math.max(0, quantile(lengths.subarray(0, count), o.skipQuantile)) + (1 - w) * (oneCost + 1);
  const skip = -Math.log(beadPrior({ ds: 1, dt: 0 })) + typical / 2;
  return { background, knnSrc: knn.src, knnTgt: knn.tgt, mean0, mean1, spread, slope, skip, sims };
}

/** Cosine of sentence pairs (a, b), 0-based; `sentenceCosine` computes it, the DP reads it from the band. */
export type PairCosine = (a: number, b: number) => number;

/** Cosine of source sentence a and target sentence b. */
export function sentenceCosine(src: AlignSide, tgt: AlignSide): PairCosine {
  const S = src.overlaps![0];
  const T = tgt.overlaps![0];
  return (a, b) => dotRows(S, a, T, b);
}

/**
 * Similarity of the merged groups of a bead ending at (i, j): from the overlap embeddings, or, with an
 * additive embedder (`side.parts`), Σ normₐ·norm_b·cos(a, b) over the groups' sentence pairs divided by
 * the two group norms, which is the cosine of the groups' summed vectors without ever forming them.
 */
export function groupSimilarity(src: AlignSide, tgt: AlignSide, ds: number, dt: number, i: number, j: number, cos: PairCosine = sentenceCosine(src, tgt)): number {
  return groupCosine(src, tgt, ds, dt, i, j, src.parts && tgt.parts ? pairCosines(cos, ds, dt, i, j) : undefined);
}

/** 1-1 cosines already computed for another band (the statistics band), read before computing one. */
export interface KnownSimilarities {
  band: Band;
  sims: Float32Array;
}

/**
 * Adds the embedding term to Gale-Church costs (`costs` from `lengthCosts` over `band`) and sets the
 * skip cost. `sims` are the band's 1-1 cosines; a merged bead at the band's edge also reads pairs
 * outside it, from `known` when it holds them. A 1-1 bead gains the log-likelihood ratio of its
 * margin; a merged bead that of its evidence as `mergedEvidence` (merged.ts) reads it: the better of
 * the groups' margin with charges for unsupported sentences, and the margins of its sentences against
 * the other side's group. Cells marked in `skip` are left as they are (the caller copies their costs).
 */
export function addEmbeddingCosts(costs: Float32Array, band: Band, types: readonly BeadType[], sims: Float32Array, src: AlignSide, tgt: AlignSide, st: ModelStats, known?: KnownSimilarities, skip?: Uint8Array): void {
  const nt = types.length;
  const mid = (st.mean0 + st.mean1) / 2;
  const { knnSrc, knnTgt, slope } = st;
  const { lo, hi, start } = band;
  const dots = new RowDots(src.overlaps![0], tgt.overlaps![0]);
  // 1-1 cosine of pair (a, b), from the band or the known band when one holds it (the same value
  // either way).
  const pairCos: PairCosine = (a, b) => {
    const j = b + 1;
    if (j >= lo[a + 1] && j <= hi[a + 1]) return sims[start[a + 1] + j - lo[a + 1]];
    const c = known ? cellOf(known.band, a + 1, j) : -1;
    return c >= 0 ? known!.sims[c] : dots.dot(a, b);
  };
  const maxDs = types.reduce((x, t) => Math.max(x, t.ds), 1);
  const maxDt = types.reduce((x, t) => Math.max(x, t.dt), 1);
  const scratch = new MergedScratch(maxDs, maxDt);
  const marks = sideMarks(src, tgt);
  // Each group's neighbour background, averaged once rather than once per bead type and cell.
  const bgSrc = groupBackgrounds(knnSrc, src.parts?.norms, maxDs);
  const bgTgt = groupBackgrounds(knnTgt, tgt.parts?.norms, maxDt);
  for (let t = 0; t < nt; t++) {
    const { ds, dt } = types[t];
    for (let i = ds; i <= band.n; i++) {
      const base = start[i] - lo[i];
      for (let j = Math.max(dt, lo[i]); j <= hi[i]; j++) {
        if (skip !== undefined && skip[base + j] !== 0) continue;
        const c = (base + j) * nt + t;
        if (ds === 0 || dt === 0) {
          // `costs[c]` holds Gale-Church's skip cost: the sentence's length scored against zero.
          costs[c] = (1 - SKIP_LENGTH_SHARE) * st.skip + SKIP_LENGTH_SHARE * costs[c];
          continue;
        }
        if (slope === 0) continue;
        if (ds === 1 && dt === 1) {
          costs[c] -= slope * (sims[base + j] - (knnSrc[i - 1] + knnTgt[j - 1]) / 2 - mid);
          continue;
        }
        scratch.loadBand(band, sims, pairCos, ds, dt, i, j);
        costs[c] -= slope * loadedEvidence(src, tgt, st, ds, dt, i, j, mid, scratch, bgSrc[ds - 1][i], bgTgt[dt - 1][j], marks);
      }
    }
  }
}

/**
 * The similarity shown to users, in [0, 1]: the cosine of the bead's merged groups above the
 * document's background (the expected cosine of unrelated sentences), rescaled so 1 stays 1.
 */
export function beadScore(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number): number {
  const sim = groupSimilarity(src, tgt, ds, dt, i, j);
  return Math.min(1, Math.max(0, (sim - st.background) / Math.max(1e-6, 1 - st.background)));
}
