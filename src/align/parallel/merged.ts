// The embedding evidence of a merged bead (1-2, 2-1, 2-2, 1-k, k-1), in margin units above the
// match/no-match midpoint `mid` of 1-1 margins (the caller multiplies by the model's slope). Two
// readings, and the bead gets the better one:
// - the group reading: the margin of the two groups' summed vectors, counted once, less charges for
//   sentences the group does not support (the rule this module started from);
// - the sentence reading: every sentence's margin against the other side's group, each at half
//   weight, so a merge and the split it competes with weigh the same sentences; a whole sentence that
//   the written shape of the bead does not expect (`standsAlone`, clauses.ts) counts its shortfall in
//   full.
// (Measurements of each reading alone and of the two together: docs/tuning.md, "Merged beads".)
// Both readings work from the bead's 1-1 cosines, read once into a small array (row-major: pair
// (a, b) at (a − i + ds) · dt + b − j + dt); the cost table reads them straight from its band.
import type { Band } from './band.js';
import type { ModelStats, PairCosine } from './model.js';
import type { AlignSide } from '../side.js';
import { dotRows } from '../vectors.js';
import { groupBackground } from './group-background.js';
import { clauseMarksOf, clausesIn, standsAlone, type ClauseMarks } from './clauses.js';

/** Writes the cosines of the bead ending at (i, j) with ds × dt sentences into `out`, row-major. */
function fillPairs(out: Float64Array, cos: PairCosine, ds: number, dt: number, i: number, j: number): Float64Array {
  let k = 0;
  for (let a = i - ds; a < i; a++) for (let b = j - dt; b < j; b++) out[k++] = cos(a, b);
  return out;
}

/** The cosines of the bead ending at (i, j) with ds × dt sentences, row-major (a new array). */
export function pairCosines(cos: PairCosine, ds: number, dt: number, i: number, j: number): Float64Array {
  return fillPairs(new Float64Array(ds * dt), cos, ds, dt, i, j);
}

/**
 * Scratch of `mergedEvidence`, one per cost table: the 1-1 cosines of the current bead's sentence
 * pairs (`pairs`, row-major), read once and shared by both readings, column buffers, and the readings.
 */
export class MergedScratch {
  readonly pairs: Float64Array;
  readonly colBest: Float64Array;
  readonly colSum: Float64Array;
  /** The two readings of the bead last read (`readings`). */
  group = 0;
  sentence = 0;

  constructor(maxSrc: number, maxTgt: number) {
    this.pairs = new Float64Array(Math.max(1, maxSrc * maxTgt));
    this.colBest = new Float64Array(Math.max(1, maxTgt));
    this.colSum = new Float64Array(Math.max(1, maxTgt));
  }

  /** Reads the cosines of the bead ending at (i, j) with ds × dt sentences from `cos`. */
  load(cos: PairCosine, ds: number, dt: number, i: number, j: number): void {
    fillPairs(this.pairs, cos, ds, dt, i, j);
  }

  /**
   * The same as `load`, reading pair (a, b) from cell (a + 1, b + 1) of `band` in `sims` (its 1-1
   * cosines, as `bandSimilarities` lays them out) where the band holds the whole row of the bead,
   * else from `cos`.
   */
  loadBand(band: Band, sims: Float32Array, cos: PairCosine, ds: number, dt: number, i: number, j: number): void {
    const { lo, hi, start } = band;
    const pairs = this.pairs;
    let k = 0;
    for (let a = i - ds; a < i; a++) {
      const r = a + 1;
      if (j - dt + 1 >= lo[r] && j <= hi[r]) {
        const base = start[r] - lo[r] + 1;
        for (let b = j - dt; b < j; b++) pairs[k++] = sims[base + b];
      } else for (let b = j - dt; b < j; b++) pairs[k++] = cos(a, b);
    }
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
  return loadedEvidence(src, tgt, st, ds, dt, i, j, mid, scratch, groupBackground(st.knnSrc, src.parts?.norms, i - ds, i), groupBackground(st.knnTgt, tgt.parts?.norms, j - dt, j), sideMarks(src, tgt));
}

/** The clause marks of both sides (clauses.ts), which the sentence reading reads. */
export interface SideMarks {
  readonly src: ClauseMarks;
  readonly tgt: ClauseMarks;
}

/** {@link SideMarks} of two sides. */
export function sideMarks(src: AlignSide, tgt: AlignSide): SideMarks {
  return { src: clauseMarksOf(src), tgt: clauseMarksOf(tgt) };
}

/**
 * {@link mergedEvidence} of the bead whose cosines `scratch` holds, with the groups' neighbour
 * backgrounds already averaged (`bgSrc`: the mean of `knnSrc[i − ds, i)`, `bgTgt` likewise; see
 * `groupBackgrounds`) and both sides' clause marks (`sideMarks`): what the cost table computes at every cell.
 */
export function loadedEvidence(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, mid: number, scratch: MergedScratch, bgSrc: number, bgTgt: number, marks: SideMarks): number {
  readings(src, tgt, st, ds, dt, i, j, mid, scratch, bgSrc, bgTgt, marks);
  return Math.max(scratch.group, scratch.sentence);
}

/**
 * The group reading: the groups' margin (cosine of the summed vectors minus the groups' neighbour
 * backgrounds, `groupBackground`) minus `mid`, counted once. A group whose margin is below that of its
 * best single pair merged in something unrelated: the drop is charged once more (a true 1-2 raises it
 * instead). And a merge must earn each extra sentence: a short line (an OCR caption, "24 a !") barely
 * moves the norm-weighted group cosine, so each sentence other than the core pair (the best-linked
 * source and target sentence) is charged by how far its best link into the other group falls below
 * `mid`, the point where a link is as likely a match as not. A sentence no closer to the group than
 * an unrelated pair thus pays what its link lacks of a likely match, as it would in a 1-1 bead; the
 * sentence reading (the other reading of a merged bead) already gives a true part of a translation,
 * weakly linked alone, its due. (Measurements: docs/tuning.md, "Merged beads".)
 */
export function groupEvidence(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, cos: PairCosine, mid: number): number {
  return readingsOf(src, tgt, st, ds, dt, i, j, cos, mid).group;
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
 *
 * Half weight lets a true part of a translation that shares few words with the other side (a clause
 * the translator condensed) in cheaply, and it let an untranslated sentence in as cheaply: beside a
 * strong pair, the merge cost less than a skip. Where the bead's written shape gives no reason for the
 * merge (`standsAlone`: a whole sentence among two or more, against fewer clauses on the other side),
 * the sentence's margin below `mid` counts in full, as it would in a 1-1 bead. A margin above `mid`
 * keeps half weight. (Measurements: docs/tuning.md, "Merged
 * beads".)
 */
export function sentenceEvidence(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, cos: PairCosine, mid: number): number {
  return readingsOf(src, tgt, st, ds, dt, i, j, cos, mid).sentence;
}

/** Both readings of one bead, from `cos`, in a scratch of its own. */
function readingsOf(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, cos: PairCosine, mid: number): MergedScratch {
  const scratch = new MergedScratch(ds, dt);
  scratch.load(cos, ds, dt, i, j);
  readings(src, tgt, st, ds, dt, i, j, mid, scratch, groupBackground(st.knnSrc, src.parts?.norms, i - ds, i), groupBackground(st.knnTgt, tgt.parts?.norms, j - dt, j), sideMarks(src, tgt));
  return scratch;
}

/**
 * Computes both readings ({@link groupEvidence}, {@link sentenceEvidence}) of the bead loaded in
 * `scratch` into its `group` and `sentence`, in one pass over the bead's pairs. With an additive
 * embedder the groups' cosine and each sentence's cosine with the other group come from the 1-1
 * cosines (cos(a, Σ group) = Σ_b norm_b·cos(a, b) / the group's norm); other embedders read them from
 * their overlap (group) embeddings.
 */
function readings(src: AlignSide, tgt: AlignSide, st: ModelStats, ds: number, dt: number, i: number, j: number, mid: number, scratch: MergedScratch, bgSrc: number, bgTgt: number, marks: SideMarks): void {
  const { knnSrc, knnTgt, mean0 } = st;
  const { pairs, colBest, colSum } = scratch;
  const ps = src.parts;
  const pt = tgt.parts;
  const additive = ps !== undefined && pt !== undefined;
  const ns = additive ? ps.norms : knnSrc;
  const nt = additive ? pt.norms : knnTgt;
  const gs = additive ? ps.groupNorms[ds - 1][i - ds] : 0;
  const gt = additive ? pt.groupNorms[dt - 1][j - dt] : 0;
  for (let v = 0; v < dt; v++) {
    colBest[v] = -Infinity;
    colSum[v] = 0;
  }
  // best: the core pair's margin; rowBest/colBest: each sentence's best link into the other group.
  // row/colSum: Σ norm·cos(a, b) of a sentence with each sentence of the other group.
  let best = -Infinity;
  let unsupported = 0;
  let sentence = 0;
  // Clauses of each group (`standsAlone`).
  const clausesSrc = clausesIn(marks.src, i - ds, i);
  const clausesTgt = clausesIn(marks.tgt, j - dt, j);
  for (let a = i - ds, k = 0; a < i; a++) {
    const na = ns[a];
    let rowBest = -Infinity;
    let row = 0;
    for (let b = j - dt, v = 0; b < j; b++, v++, k++) {
      const x = pairs[k];
      const m = x - (knnSrc[a] + knnTgt[b]) / 2;
      if (m > rowBest) rowBest = m;
      if (m > colBest[v]) colBest[v] = m;
      if (additive) {
        row += nt[b] * x;
        colSum[v] += na * x;
      }
    }
    best = Math.max(best, rowBest);
    unsupported += Math.max(0, mid - rowBest);
    if (additive) sentence += weighed((na > 0 && gt > 0 ? row / gt - (knnSrc[a] + bgTgt) / 2 : mean0) - mid, standsAlone(marks.src, a, i - ds, i, clausesTgt));
  }
  for (let v = 0; v < dt; v++) unsupported += Math.max(0, mid - colBest[v]);
  // The core pair's two sentences are its evidence, not extras: they do not pay.
  unsupported -= 2 * Math.max(0, mid - best);
  const m = groupCosine(src, tgt, ds, dt, i, j, pairs) - (bgSrc + bgTgt) / 2;
  scratch.group = m - mid - Math.max(0, best - m) - unsupported;
  if (additive) {
    for (let v = 0, b = j - dt; v < dt; v++, b++) sentence += weighed((nt[b] > 0 && gs > 0 ? colSum[v] / gs - (knnTgt[b] + bgSrc) / 2 : mean0) - mid, standsAlone(marks.tgt, b, j - dt, j, clausesSrc));
  } else {
    // Each sentence's vector against the other group's own (overlap) embedding.
    const S1 = src.overlaps![0];
    const T1 = tgt.overlaps![0];
    const SG = src.overlaps![ds - 1];
    const TG = tgt.overlaps![dt - 1];
    for (let a = i - ds; a < i; a++) sentence += weighed(dotRows(S1, a, TG, j - dt) - (knnSrc[a] + bgTgt) / 2 - mid, standsAlone(marks.src, a, i - ds, i, clausesTgt));
    for (let b = j - dt; b < j; b++) sentence += weighed(dotRows(T1, b, SG, i - ds) - (knnTgt[b] + bgSrc) / 2 - mid, standsAlone(marks.tgt, b, j - dt, j, clausesSrc));
  }
  scratch.sentence = sentence / 2;
}

/**
 * A sentence's term of the sentence reading before the halving: its margin above `mid`, and twice a
 * shortfall below it when the sentence `alone` must be supported as in a 1-1 bead (so it counts in full).
 */
function weighed(term: number, alone: boolean): number {
  return alone && term < 0 ? 2 * term : term;
}

/**
 * Similarity of the merged groups of a bead ending at (i, j): from the overlap embeddings, or, with an
 * additive embedder (`side.parts`), Σ normₐ·norm_b·cos(a, b) over the groups' sentence pairs divided by
 * the two group norms, which is the cosine of the groups' summed vectors without ever forming them.
 * `pairs`: the pairs' cosines, row-major (read only with an additive embedder).
 */
export function groupCosine(src: AlignSide, tgt: AlignSide, ds: number, dt: number, i: number, j: number, pairs: Float64Array | undefined): number {
  const ps = src.parts;
  const pt = tgt.parts;
  if (!ps || !pt) return dotRows(src.overlaps![ds - 1], i - ds, tgt.overlaps![dt - 1], j - dt);
  const gs = ps.groupNorms[ds - 1][i - ds];
  const gt = pt.groupNorms[dt - 1][j - dt];
  if (!(gs > 0 && gt > 0)) return 0;
  let sum = 0;
  for (let a = i - ds, k = 0; a < i; a++, k += dt) {
    const na = ps.norms[a];
    if (na === 0) continue;
    for (let b = j - dt; b < j; b++) sum += na * pt.norms[b] * pairs![k + b - j + dt];
  }
  return sum / (gs * gt);
}
