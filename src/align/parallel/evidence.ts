// Anchor path from evidence (after Vecalign's recursive down-sampling, Thompson & Koehn 2019): the
// sentence vectors the DP scores with are summed into blocks of 8, 16, 32, … sentences, the coarsest
// blocks are aligned over the WHOLE grid (so a missing chapter or a long drift is seen, not searched
// for), and the path is refined level by level in a band around the projection of the coarser one,
// down to blocks of 8 sentences; inside those, the caller's length DP places the sentences
// (`evidencePlan` in index.ts). At every level a 1-1 block pair costs minus its margin (cosine minus
// the mean of the k nearest neighbours' cosines) in robust standard deviations of that level's
// margins, so the scale is the document's own; a skipped block pays a flat cost.
//
// Lengths play no part here: block sums blur lengths (every block of 64 sentences is about as long as
// the next), and where the vectors carry no evidence (two scripts, no shared words, before the
// lexicon pass) the coarse path is noise. `evidencePath` therefore returns nothing unless the coarse
// path's blocks match far above chance, and the caller keeps the length-only anchor path.
import { bandAroundPath, fullBand, type Band } from './band.js';
import { fillDpTable, traceback } from './dp.js';
import { bandSimilarities, neighbourMeans } from './margin.js';
import { kthSmallest } from '../order-stats.js';
import type { AlignSide } from '../side.js';
import type { BeadType } from '../types.js';
import type { VectorSet } from '../vectors.js';

/** Options of the evidence anchor pass. */
export interface EvidenceOptions {
  /** Neighbours averaged for the margin (`AlignOptions.marginK`). */
  marginK: number;
  signal?: AbortSignal;
}

/**
 * Largest coarsest grid, in cells: the first DP runs over all of it (at 20k sentences a side, blocks
 * of 128 sentences, 157 × 157 dense dot products).
 */
const COARSE_CELLS = 1 << 15;
/** Half-width, in blocks of the finer level, of the band around a projected coarser path. */
const REFINE_WIDTH = 4;
/** Cost of one skipped block, in robust standard deviations of the level's margins. */
const SKIP_COST = 1.5;
/**
 * The coarse path is evidence when the median margin of its 1-1 blocks is at least this many robust
 * standard deviations above the median block pair. On the dev Bible chunks (English–Chinese, nothing
 * shared before the lexicon pass) the DP's path through noise reaches about 0.5; with the learned
 * lexicon, and on German–French Text+Berg from the first pass on, true block pairs reach 3–3.5.
 */
const MIN_EVIDENCE = 2;

const TYPES: readonly BeadType[] = [
  { ds: 1, dt: 0 },
  { ds: 0, dt: 1 },
  { ds: 1, dt: 1 },
];

/**
 * Block sums of `x`, not normalised: row k is Σ w[r]·x[r] over rows r of block k (`size` rows, the last
 * block may be shorter). `w` weights the rows (an additive embedder's norms, so a block is the
 * embedding of its joined text); unit weights otherwise.
 */
export function blockSums(x: VectorSet, size: number, w?: Float64Array): VectorSet {
  const n = Math.ceil(x.n / size);
  const { dim, data } = x;
  const out = new Float32Array(n * dim);
  for (let r = 0; r < x.n; r++) {
    const wr = w ? w[r] : 1;
    if (wr === 0) continue;
    const base = r * dim;
    const to = Math.floor(r / size) * dim;
    // No test for zero entries (a lexical row is ~85% zeros, and the branch costs more than the add):
    // the sums never hold -0, so adding wr·0 (wr finite) leaves every sum as it was, bit for bit.
    for (let d = 0; d < dim; d++) out[to + d] += wr * data[base + d];
  }
  return { n, dim, data: out };
}

/** Sums of row pairs (2k, 2k + 1) of `x` (the last may be alone), not normalised: the next coarser level. */
function pairSums(x: VectorSet): VectorSet {
  const n = Math.ceil(x.n / 2);
  const { dim, data } = x;
  const out = new Float32Array(n * dim);
  for (let r = 0; r < x.n; r++) {
    const base = r * dim;
    const to = (r >> 1) * dim;
    for (let d = 0; d < dim; d++) out[to + d] += data[base + d];
  }
  return { n, dim, data: out };
}

/**
 * `x` with every non-zero row scaled to unit length, in place (each level's sums are read only here,
 * after every coarser level was summed from them, so no copy of a level's vectors is made).
 */
function normalised(x: VectorSet): VectorSet {
  const { n, dim, data } = x;
  for (let r = 0; r < n; r++) {
    let sq = 0;
    for (let d = r * dim; d < (r + 1) * dim; d++) sq += data[d] * data[d];
    if (sq === 0) continue;
    const inv = 1 / Math.sqrt(sq);
    for (let d = r * dim; d < (r + 1) * dim; d++) data[d] *= inv;
  }
  return x;
}

/** Median and robust spread (1.4826 · MAD, at least 1e-6) of a list. */
function robust(values: Float64Array): { median: number; spread: number } {
  if (values.length === 0) return { median: 0, spread: 1 };
  const median = kthSmallest(values, values.length >> 1);
  const dev = values.map((v) => Math.abs(v - median));
  return { median, spread: Math.max(1e-6, 1.4826 * kthSmallest(dev, dev.length >> 1)) };
}

/** One level's DP: margins in `band` as robust z-scores, skip = SKIP_COST; returns the path and its 1-1 z-scores. */
function alignLevel(S: VectorSet, T: VectorSet, band: Band, o: EvidenceOptions): { nodes: Int32Array; matchZ: Float64Array } {
  const sims = bandSimilarities(band, S, T, o.signal);
  const knn = neighbourMeans(band, sims, o.marginK, 0);
  const { n, lo, hi, start } = band;
  const margins = new Float64Array(start[n + 1]);
  let count = 0;
  for (let i = 1; i <= n; i++) {
    const base = start[i] - lo[i];
    for (let j = Math.max(1, lo[i]); j <= hi[i]; j++) margins[count++] = sims[base + j] - (knn.src[i - 1] + knn.tgt[j - 1]) / 2;
  }
  const { median, spread } = robust(margins.subarray(0, count));
  const nt = TYPES.length;
  const costs = new Float32Array(start[n + 1] * nt);
  for (let i = 0; i <= n; i++) {
    const base = start[i] - lo[i];
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = (base + j) * nt;
      costs[c] = SKIP_COST;
      costs[c + 1] = SKIP_COST;
      costs[c + 2] = i > 0 && j > 0 ? -(sims[base + j] - (knn.src[i - 1] + knn.tgt[j - 1]) / 2 - median) / spread : Infinity;
    }
  }
  const path = traceback(fillDpTable(band, TYPES, costs, o.signal));
  const z: number[] = [];
  for (let s = 0; s < path.steps.length; s++) {
    if (path.steps[s] !== 2) continue;
    const i = path.nodes[2 * s + 2];
    const j = path.nodes[2 * s + 3];
    z.push(-costs[(start[i] - lo[i] + j) * nt + 2]);
  }
  return { nodes: path.nodes, matchZ: Float64Array.from(z) };
}

/** Block size of the finest level, in sentences; coarser levels double it. */
const BASE_BLOCK = 8;

/** An evidence path: flat [i, j, ...] nodes in blocks of `scale` sentences, from (0, 0) to the last blocks. */
export interface EvidencePath {
  readonly nodes: Int32Array;
  readonly scale: number;
}

/**
 * The evidence anchor path of two embedded sides at the resolution of blocks of `BASE_BLOCK` sentences,
 * or undefined when the coarse blocks do not match above chance (see the module comment). Within a
 * block the path is left to the DP, whose model knows lengths, merges and skips.
 */
export function evidencePath(src: AlignSide, tgt: AlignSide, o: EvidenceOptions): EvidencePath | undefined {
  const S0 = src.overlaps?.[0];
  const T0 = tgt.overlaps?.[0];
  if (!S0 || !T0 || src.n === 0 || tgt.n === 0) return undefined;
  // Levels: blocks of 8, 16, 32, … sentences up to the first whose grid fits COARSE_CELLS.
  const levels: { S: VectorSet; T: VectorSet }[] = [];
  let S = blockSums(S0, BASE_BLOCK, src.parts?.norms);
  let T = blockSums(T0, BASE_BLOCK, tgt.parts?.norms);
  for (;;) {
    levels.push({ S, T });
    if ((S.n + 1) * (T.n + 1) <= COARSE_CELLS) break;
    S = pairSums(S);
    T = pairSums(T);
  }
  let path: Int32Array | undefined;
  for (let l = levels.length - 1; l >= 0; l--) {
    o.signal?.throwIfAborted();
    const level = levels[l];
    const band = path ? bandAroundPath(path, level.S.n, level.T.n, REFINE_WIDTH, 2) : fullBand(level.S.n, level.T.n);
    const { nodes, matchZ } = alignLevel(normalised(level.S), normalised(level.T), band, o);
    if (!path && (matchZ.length === 0 || kthSmallest(matchZ, matchZ.length >> 1) < MIN_EVIDENCE)) return undefined;
    path = nodes;
  }
  return { nodes: path!, scale: BASE_BLOCK };
}
