// Parallel mode: monotonic DP over bead types, banded around anchors for long documents.
import { anchorPath } from './anchors.js';
import { bandAroundPath, bandCells, fullBand, type Band } from './band.js';
import { beadPrior, beadTypes } from './beadTypes.js';
import { fillDp, pathBeads, traceback, type BeadCostFn } from './dp.js';
import { galeChurchCost, lengthCost, lengthRatio } from './length.js';
import { bandSimilarities, neighbourMeans } from './margin.js';
import type { AlignOptions } from './options.js';
import type { AlignSide } from './side.js';
import type { AlignStats, Bead, BeadType } from './types.js';
import { dotRows } from './vectors.js';

/** The options `alignParallel` reads. */
export type ParallelOptions = Pick<
  AlignOptions,
  | 'maxBeadSize' | 'band' | 'fullDpCells' | 'marginK' | 'skipQuantile' | 'lengthWeight'
  | 'similarityWeight' | 'paragraphPenalty' | 'partialBelow' | 'signal'
> & {
  /**
   * Run the final DP in this band instead (`'full'`: the whole grid). The model's statistics (margins,
   * skip cost) still come from the default band, so a narrower band that holds the best path gives
   * the same beads.
   */
  searchBand?: 'full' | Band;
};

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length >> 1];
}

function crossesBreak(paragraph: Int32Array | undefined, a: number, b: number): boolean {
  return paragraph !== undefined && b - a > 1 && paragraph[a] !== paragraph[b - 1];
}

function paragraphCount(p: Int32Array | undefined): number {
  if (!p || p.length === 0) return 0;
  let c = 1;
  for (let i = 1; i < p.length; i++) if (p[i] !== p[i - 1]) c++;
  return c;
}

/** The band the final DP runs in: the full grid for small inputs, else around the anchor path. */
export function chooseBand(src: AlignSide, tgt: AlignSide, o: ParallelOptions, ratio: number): Band {
  if ((src.n + 1) * (tgt.n + 1) <= o.fullDpCells) return fullBand(src.n, tgt.n);
  const anchorOptions = { types: beadTypes(o.maxBeadSize), fullDpCells: o.fullDpCells, width: 3 * o.band, ratio, similarityWeight: o.similarityWeight, signal: o.signal };
  const path = anchorPath(src.lengths, tgt.lengths, anchorOptions, src.overlaps?.[0], tgt.overlaps?.[0]);
  return bandAroundPath(path, src.n, tgt.n, o.band);
}

/**
 * Bead cost and score of the embedding model over a band. The cost is the Gale-Church cost minus the
 * log-likelihood ratio of the bead's margin score under "match" versus "no match": both normal with the
 * band's spread; the no-match mean is the band's mean (almost all cells are not matches) and the match
 * mean is the mean over the 1-1 beads of a first, length-only pass. An embedder that does not separate
 * matches from the rest thus falls back to Gale-Church, and a good one dominates it.
 */
function embeddingModel(src: AlignSide, tgt: AlignSide, band: Band, types: readonly BeadType[], ratio: number, o: ParallelOptions) {
  const S = src.overlaps!;
  const T = tgt.overlaps!;
  const sims = bandSimilarities(band, S[0], T[0], o.signal);
  const knn = neighbourMeans(band, sims, o.marginK);
  const knnS = new Float64Array(src.n + 1);
  const knnT = new Float64Array(tgt.n + 1);
  for (let i = 0; i < src.n; i++) knnS[i + 1] = knnS[i] + knn.src[i];
  for (let j = 0; j < tgt.n; j++) knnT[j + 1] = knnT[j] + knn.tgt[j];
  const cellOf = (i: number, j: number): number => band.start[i] + j - band.lo[i];
  const similarity = (t: BeadType, i: number, j: number): number => {
    if (t.ds === 1 && t.dt === 1 && j >= band.lo[i] && j <= band.hi[i]) return sims[cellOf(i, j)];
    return dotRows(S[t.ds - 1], i - t.ds, T[t.dt - 1], j - t.dt);
  };
  const background = (t: BeadType, i: number, j: number): number =>
    ((knnS[i] - knnS[i - t.ds]) / t.ds + (knnT[j] - knnT[j - t.dt]) / t.dt) / 2;
  const one: BeadType = { ds: 1, dt: 1 };
  // No-match distribution: median and MAD of the band's 1-1 margins (robust to the few true matches).
  const margins: number[] = [];
  for (let i = 1; i <= band.n; i++) {
    for (let j = Math.max(1, band.lo[i]); j <= band.hi[i]; j++) margins.push(sims[cellOf(i, j)] - background(one, i, j));
  }
  const count = margins.length;
  const mean0 = median(margins);
  const mad = 1.4826 * median(margins.map((x) => Math.abs(x - mean0)));
  // Match mean: 1-1 beads of a length-only pass in the same band.
  const gc = lengthModel(src, tgt, ratio);
  const first = traceback(fillDp(band, types, (t, i, j) => gc.cost(types[t], i, j), o.signal));
  let sum1 = 0;
  let n1 = 0;
  for (let s = 0; s < first.steps.length; s++) {
    const t = types[first.steps[s]];
    if (t.ds !== 1 || t.dt !== 1) continue;
    const i = first.nodes[2 * s + 2];
    const j = first.nodes[2 * s + 3];
    sum1 += sims[cellOf(i, j)] - background(one, i, j);
    n1++;
  }
  const mean1 = n1 > 0 ? sum1 / n1 : mean0;
  // The spread is floored at a quarter of the match/no-match gap, so an embedder whose non-matches
  // are all exactly orthogonal does not turn the ratio into a step function.
  const spread = Math.max(mad, 0.25 * Math.abs(mean1 - mean0), 1e-3);
  const variance = spread * spread;
  const slope = mean1 > mean0 ? (o.similarityWeight * (mean1 - mean0)) / variance : 0;
  const mid = (mean0 + mean1) / 2;
  // A merged bead whose group similarity is below that of its best single pair merged in something
  // unrelated: that drop is charged once more (a true 1-2 raises the similarity instead).
  const bestSingle = (t: BeadType, i: number, j: number): number => {
    let best = -Infinity;
    for (let a = i - t.ds + 1; a <= i; a++) for (let b = j - t.dt + 1; b <= j; b++) best = Math.max(best, similarity(one, a, b) - background(one, a, b));
    return best;
  };
  const pairCost = (t: BeadType, i: number, j: number): number => {
    if (slope === 0) return gc.cost(t, i, j);
    const m = similarity(t, i, j) - background(t, i, j);
    const drop = t.ds + t.dt > 2 ? Math.max(0, bestSingle(t, i, j) - m) : 0;
    return gc.cost(t, i, j) - slope * (m - mid - drop);
  };
  // Skip cost: −ln of the skip prior plus half a quantile of the length costs of the band's 1-1 pairs
  // (nearly all of them do not match). A skip carries no similarity evidence (its log-likelihood ratio
  // is 0) and stands in for the length term that an aligned sentence would pay.
  const sample = new Float64Array(count);
  let k = 0;
  for (let i = 1; i <= band.n; i++) for (let j = Math.max(1, band.lo[i]); j <= band.hi[i]; j++) sample[k++] = gc.cost(one, i, j);
  sample.sort();
  const typical = k > 0 ? Math.max(0, sample[Math.min(k - 1, Math.floor(o.skipQuantile * (k - 1)))]) : 0;
  const skip = -Math.log(beadPrior({ ds: 1, dt: 0 })) + typical / 2;
  const cost = (t: BeadType, i: number, j: number): number => (t.ds === 0 || t.dt === 0 ? skip : pairCost(t, i, j));
  const score = (t: BeadType, i: number, j: number): number => {
    const sim = similarity(t, i, j);
    const bg = background(t, i, j);
    return Math.min(1, Math.max(0, (sim - bg) / Math.max(1e-6, 1 - bg)));
  };
  return { cost, score, skip: skip as number | undefined, slope, mean0, mean1 };
}

/** Bead cost and score of the Gale-Church length-only model. */
function lengthModel(src: AlignSide, tgt: AlignSide, ratio: number) {
  const lens = (t: BeadType, i: number, j: number) => [src.lengthPrefix[i] - src.lengthPrefix[i - t.ds], tgt.lengthPrefix[j] - tgt.lengthPrefix[j - t.dt]];
  const cost = (t: BeadType, i: number, j: number): number => {
    const [ls, lt] = lens(t, i, j);
    return galeChurchCost(ls, lt, beadPrior(t), ratio);
  };
  const score = (t: BeadType, i: number, j: number): number => {
    const [ls, lt] = lens(t, i, j);
    return Math.exp(-lengthCost(ls, lt, ratio));
  };
  return { cost, score, skip: undefined as number | undefined };
}

/**
 * Aligns two sides as a translation: beads are monotonic and cover every sentence once. Sides with
 * `overlaps` use the embedding model (margin-normalised similarity of merged groups, length penalty,
 * distribution-derived skip cost); sides without use Gale-Church.
 */
export function alignParallel(src: AlignSide, tgt: AlignSide, o: ParallelOptions): { beads: Bead[]; stats: AlignStats } {
  const ratio = lengthRatio(src.lengths, tgt.lengths);
  const types = beadTypes(o.maxBeadSize);
  const statsBand = chooseBand(src, tgt, o, ratio);
  const band = o.searchBand === 'full' ? fullBand(src.n, tgt.n) : (o.searchBand ?? statsBand);
  const useVectors = src.overlaps !== undefined && tgt.overlaps !== undefined && src.n > 0 && tgt.n > 0;
  const model = useVectors ? embeddingModel(src, tgt, statsBand, types, ratio, o) : lengthModel(src, tgt, ratio);
  // Paragraphs guide only when both sides have several and some paragraph holds more than one sentence.
  const informative = (side: AlignSide) => {
    const c = paragraphCount(side.paragraph);
    return c > 1 && c < side.n;
  };
  const paragraphs = informative(src) && informative(tgt);
  const beadCost: BeadCostFn = (t, i, j) => {
    const type = types[t];
    let c = model.cost(type, i, j);
    if (paragraphs && (crossesBreak(src.paragraph, i - type.ds, i) || crossesBreak(tgt.paragraph, j - type.dt, j))) c += o.paragraphPenalty;
    return c;
  };
  const table = fillDp(band, types, beadCost, o.signal);
  const { nodes, steps } = traceback(table);
  const beads: Bead[] = pathBeads(nodes, steps, types).map(({ src: s, tgt: t, type }) => {
    if (t.length === 0) return { src: s, tgt: t, score: 0, label: 'omission' };
    if (s.length === 0) return { src: s, tgt: t, score: 0, label: 'addition' };
    const score = model.score(types[type], s[s.length - 1] + 1, t[t.length - 1] + 1);
    return { src: s, tgt: t, score, label: score < o.partialBelow ? 'partial' : 'match' };
  });
  const stats: AlignStats = { nSrc: src.n, nTgt: tgt.n, cells: bandCells(band), banded: bandCells(band) < (src.n + 1) * (tgt.n + 1), lengthRatio: ratio };
  if (model.skip !== undefined) stats.skipCost = model.skip;
  return { beads, stats };
}
