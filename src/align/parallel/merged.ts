// The embedding evidence of a merged bead (1-2, 2-1, 2-2, 1-k, k-1), in margin units above the
// match/no-match midpoint `mid` of 1-1 margins (the caller multiplies by the model's slope). Two
// readings, and the bead gets the better one:
// - the group reading: the margin of the two groups' summed vectors, counted once, less charges for
//   sentences the group does not support (the rule this module started from);
// - the sentence reading: every sentence's margin against the other side's group, each at half
//   weight, so a merge and the split it competes with weigh the same sentences.
// (Measurements of each reading alone and of the two together: docs/tuning.md, "Merged beads".)
import { groupSimilarity, type ModelStats, type PairCosine } from './model.js';
import type { AlignSide } from '../side.js';
import { dotRows } from '../vectors.js';

/**
 * Scratch of `mergedEvidence`, one per cost table: the 1-1 cosines of the current bead's sentence
 * pairs, read once and shared by both readings (`cos` reads them back), and a column buffer.
 */
export class MergedScratch {
  private readonly pairs: Float64Array;
  private i0 = 0;
  private j0 = 0;
  private dt = 1;
  readonly col: Float64Array;
  /** Cosine of pair (a, b) of the loaded bead (0-based sentence indices). */
  readonly cos: PairCosine = (a, b) => this.pairs[(a - this.i0) * this.dt + b - this.j0];

  constructor(maxSrc: number, maxTgt: number) {
    this.pairs = new Float64Array(Math.max(1, maxSrc * maxTgt));
    this.col = new Float64Array(Math.max(1, maxTgt));
  }

  /** Reads the cosines of the bead ending at (i, j) with ds × dt sentences from `cos`. */
  load(cos: PairCosine, ds: number, dt: number, i: number, j: number): void {
    this.i0 = i - ds;
    this.j0 = j - dt;
    this.dt = dt;
    let k = 0;
    for (let a = i - ds; a < i; a++) for (let b = j - dt; b < j; b++) this.pairs[k++] = cos(a, b);
  }
}

/**
 * Evidence that the bead ending at node (i, j) (source [i − ds, i), target [j − dt, j)) is a match:
 * the larger of {@link groupEvidence} and {@link sentenceEvidence}, from the 1-1 cosines `cos`. The
 * group reading finds a clause that moved across a sentence boundary (its sentence shares little with
 * any single sentence of the other side but is whole in the other group); the sentence reading keeps an
 * unrelated sentence out of a strong pair's bead, and scores a true 2-2 against its two 1-1 halves on
 * equal terms.
 */
export function mergedEvidence(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, cos: PairCosine, mid: number, scratch: MergedScratch): number {
  scratch.load(cos, ds, dt, i, j);
  const { cos: pair, col } = scratch;
  return Math.max(groupEvidence(src, tgt, st, ds, dt, i, j, pair, mid, col), sentenceEvidence(src, tgt, st, ds, dt, i, j, pair, mid, col));
}

/** Mean of `knn[from, to)`: the neighbour background of a group. */
function meanOf(knn: Float64Array, from: number, to: number): number {
  let s = 0;
  for (let x = from; x < to; x++) s += knn[x];
  return s / (to - from);
}

/**
 * The group reading: the groups' margin (cosine of the summed vectors minus the mean neighbour
 * background) minus `mid`, counted once. A group whose margin is below that of its best single pair
 * merged in something unrelated: the drop is charged once more (a true 1-2 raises it instead). And a
 * merge must earn each extra sentence: a short line (an OCR caption, "24 a !") barely moves the
 * norm-weighted group cosine, so each sentence other than the core pair (the best-linked source and
 * target sentence) is charged by how far its best link into the other group falls below the no-match
 * mean margin (`mean0`); a sentence at least as close to the group as an unrelated pair pays nothing.
 */
export function groupEvidence(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, cos: PairCosine, mid: number, colBest: Float64Array): number {
  const { knnSrc, knnTgt, mean0 } = st;
  const m = groupSimilarity(src, tgt, ds, dt, i, j, cos) - (meanOf(knnSrc, i - ds, i) + meanOf(knnTgt, j - dt, j)) / 2;
  // best: the core pair's margin; rowBest/colBest: each sentence's best link into the other group.
  let best = -Infinity;
  colBest.fill(-Infinity, 0, dt);
  let unsupported = 0;
  for (let a = i - ds; a < i; a++) {
    let rowBest = -Infinity;
    for (let b = j - dt; b < j; b++) {
      const x = cos(a, b) - (knnSrc[a] + knnTgt[b]) / 2;
      if (x > rowBest) rowBest = x;
      if (x > colBest[b - j + dt]) colBest[b - j + dt] = x;
    }
    best = Math.max(best, rowBest);
    unsupported += Math.max(0, mean0 - rowBest);
  }
  for (let k = 0; k < dt; k++) unsupported += Math.max(0, mean0 - colBest[k]);
  // The core pair's two sentences are its evidence, not extras: they do not pay.
  unsupported -= 2 * Math.max(0, mean0 - best);
  return m - mid - Math.max(0, best - m) - unsupported;
}

/**
 * The sentence reading: half the sum, over the bead's sentences, of each sentence's margin against
 * the other side's group minus `mid`. A sentence's margin is its cosine with the other group's summed
 * vector minus the mean of its own and that group's neighbour similarities, as a 1-1 pair's margin is;
 * for a 1-1 bead the sum is exactly the pair's margin minus `mid`. An unrelated sentence merged in
 * scores as a non-match and dilutes the others' cosines (the group's norm grows).
 *
 * A sentence without any feature (norm 0: a line of dots, an OCR fragment) is similar to nothing and
 * has a low neighbour background, so its margin looked better than a typical non-match's: it counts as
 * a non-match (`mean0`).
 */
export function sentenceEvidence(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, cos: PairCosine, mid: number, col: Float64Array): number {
  const { knnSrc, knnTgt, mean0 } = st;
  const bgSrc = meanOf(knnSrc, i - ds, i);
  const bgTgt = meanOf(knnTgt, j - dt, j);
  const ps = src.parts;
  const pt = tgt.parts;
  let sum = 0;
  if (ps && pt) {
    // Additive vectors: cos(a, Σ group) = Σ_b norm_b·cos(a, b) / the group's norm, from 1-1 cosines.
    const gs = ps.groupNorms[ds - 1][i - ds];
    const gt = pt.groupNorms[dt - 1][j - dt];
    col.fill(0, 0, dt);
    for (let a = i - ds; a < i; a++) {
      let row = 0;
      for (let b = j - dt; b < j; b++) {
        const x = cos(a, b);
        row += pt.norms[b] * x;
        col[b - j + dt] += ps.norms[a] * x;
      }
      sum += (ps.norms[a] > 0 && gt > 0 ? row / gt - (knnSrc[a] + bgTgt) / 2 : mean0) - mid;
    }
    for (let k = 0; k < dt; k++) {
      const b = j - dt + k;
      sum += (pt.norms[b] > 0 && gs > 0 ? col[k] / gs - (knnTgt[b] + bgSrc) / 2 : mean0) - mid;
    }
    return sum / 2;
  }
  // Other embedders: each sentence's vector against the other group's own (overlap) embedding.
  const S1 = src.overlaps![0];
  const T1 = tgt.overlaps![0];
  const SG = src.overlaps![ds - 1];
  const TG = tgt.overlaps![dt - 1];
  for (let a = i - ds; a < i; a++) sum += dotRows(S1, a, TG, j - dt) - (knnSrc[a] + bgTgt) / 2 - mid;
  for (let b = j - dt; b < j; b++) sum += dotRows(T1, b, SG, i - ds) - (knnTgt[b] + bgSrc) / 2 - mid;
  return sum / 2;
}
