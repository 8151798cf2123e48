// Comparable mode: two write-ups of one story. Many-to-many matching that allows reordering:
// 1. every content pair is scored by its ratio margin against both sentences' k nearest neighbours
//    (LASER bitext mining; `ratioMargins`), on vectors centred per side (`MIN_CENTRED`); with the
//    lexical embedder, each vector is joined by the sentence's word units (units.ts: the rare
//    translated and shared words, `UNIT_SHARE` of the cosine), and the null target's units are the
//    target's dealt out at random;
// 2. best pairs: a pair that is the best of its row or of its column (mutual, or one-sided at half
//    the rate) is accepted when its margin clears a threshold calibrated on the document's own null
//    distribution (the same scores against null documents: the target side with its sentences'
//    own features scrambled, null-document.ts; thresholds in null.ts) for at most `falseRate` chance
//    pairs among those accepted. A sentence whose best partner is already paired joins that pair's
//    bead: one sentence carries the claims of two or three on the other side (up to `maxGroup`);
// 3. local order, a soft prior (order.ts): a sentence next to a paired one may pair with a target
//    sentence next to that pair's at a lower threshold, calibrated the same way against chance
//    among the few cells its neighbours point at; repeated while it finds pairs;
//    then mutual best pairs of two sentences still unpaired, at the threshold where chance passes
//    are expected only of the share of sentences that have no counterpart (estimated from the
//    document's own tests, null.ts `nullShare`), and the order prior again from the new pairs;
//    then monotone runs (runs.ts): in a run of at least five 1-1 pairs in order, the free sentences
//    between two of them, and those just past its ends, pair along the run's diagonal when they
//    score above what their one or two possible cells score by chance half the time (the order prior
//    once more after them);
// 3b. with the lexical embedder, the lexicon pass (lexicon-pass.ts): word pairs learned from the
//    accepted 1-1 pairs become shared features, and steps 1–3 run again on the richer vectors;
// 3c. second claims, in the last matching only (second-claim.ts): an unpaired sentence next to a
//    paired one joins that pair when its margin against the partner's other neighbours clears the
//    null, and one of the two is the other's best match (one sentence carrying two claims);
// 4. a bead is `partial` when it shares content but one side is much longer than the other would be
//    (`partialLength`, relative to the document's usual ratio, measured on its 1-1 pairs): part of
//    that side's content has no counterpart here. `partial` never means "less sure": a pair too weak
//    to trust is not paired;
// 5. a bead's score is the mean strength of its links: 0.5 at the threshold a link cleared, 1 at twice it;
// 6. the rest are omissions and additions. A wrong pair hides an omission and a reviewer trusts it,
//    so the thresholds err on the side of leaving a sentence unmatched.
// A matrix too small to have a null (a side under 3 content sentences, or fewer than 9 pairs) is
// scored against the priors of unrelated sentences instead (scores.ts `priorScores`).
// Boilerplate and social sentences (Sentence.kind) are never matched: they get their own
// omission/addition bead so every index stays covered, and later stages leave them out of counts.
import { OptionError } from '../../errors.js';
import { withDefaults } from '../../defaults.js';
import { comparableFits, comparableTooLarge, DEFAULT_COMPARABLE_OPTIONS, type ComparableOptions } from './options.js';
import { centeredRows, chanceMaximum, MIN_BACKGROUND_CELLS, priorScores } from './scores.js';
import { joinSecondClaims, matchPairs, strength, type PairGroup, type SecondClaimInput } from './match.js';
import { topTwo } from './null.js';
import { nullDocument } from './null-document.js';
import { learnedVectors } from './lexicon-pass.js';
import { pairEvidence, sideFacts } from './side-evidence.js';
import { sentenceUnits, shuffledUnits, unitVectors, weighUnits, type WeightedUnits } from './units.js';
import { pairConcepts } from '../../embed/lexical/concepts.js';
import { normalizeInPlace } from '../../embed/neural/pool.js';
import type { LexicalOptions } from '../../embed/lexical/options.js';
import { marginMatrix, ratioMargins, type MarginMatrix } from '../similarity.js';
import type { CosineMatrix } from './second-claim.js';
import { median } from '../order-stats.js';
import type { AlignSide } from '../side.js';
import type { Bead } from '../types.js';
import { isZeroRow, packVectors, type VectorSet } from '../vectors.js';

export { comparableFits, DEFAULT_COMPARABLE_OPTIONS, type ComparableOptions } from './options.js';

/**
 * Content indices of a side: not boilerplate or social, and not blank. A blank sentence embeds as the
 * zero vector, which has nothing to match.
 */
const contentOf = (side: AlignSide): number[] => {
  const set = side.overlaps![0];
  return Array.from({ length: side.n }, (_, i) => i).filter((i) => side.ignorable?.[i] !== 1 && !isZeroRow(set, i));
};

/**
 * Groups of a matrix too small for a null (fewer than 3 content sentences on a side, or under 9
 * pairs): mutual-best pairs whose plain cosine, in prior deviations (`priorScores`), is above the
 * chance maximum of the matrix and at least 1 (closer to the prior match mean than to unrelated
 * sentences).
 */
function tinyGroups(src: AlignSide, tgt: AlignSide, rows: number[], cols: number[]): PairGroup[] {
  const { z } = priorScores(src.overlaps![0], tgt.overlaps![0], rows, cols);
  const n = rows.length;
  const m = cols.length;
  const threshold = Math.max(1, chanceMaximum(n * m));
  const out: PairGroup[] = [];
  for (let r = 0; r < n; r++) {
    const { best: c, first: v } = topTwo(m, (k) => z[r * m + k]);
    if (v >= threshold && topTwo(n, (k) => z[k * m + c]).best === r) out.push({ src: [r], tgt: [c], strength: [strength(v, threshold)] });
  }
  return out;
}

/**
 * Fewest content sentences both sides need to be centred. Centring (subtracting the side's mean)
 * removes what every sentence of a side shares (the language's function words, the story's names,
 * typical lengths), which would otherwise pair unrelated sentences; but the mean of a handful of
 * sentences is mostly those sentences themselves, and subtracting it removes their evidence too.
 */
const MIN_CENTRED = 10;

/**
 * Share of the mean subtracted: four fifths, so a sentence's own use of the story's ubiquitous
 * names still counts a little (two reports of one visit name the same people in most sentences,
 * and with fully centred vectors a pair that shares only those names and a date was lost).
 */
const CENTRE_WEIGHT = 0.8;

/** Rows `list` of a side's sentence vectors minus `centre` times its mean (`centeredRows`), L2-normalised. */
const vectorsOf = (set: VectorSet, list: readonly number[], centre: number): VectorSet =>
  packVectors(centeredRows(set, list, centre).map((v) => Float32Array.from(v)), set.dim);

/** Dimensions of the word-unit vectors (units.ts): unit counts of a document stay well under it. */
const UNIT_DIM = 2048;

/**
 * Share of the word units (units.ts) in a pair's cosine; the rest is the embedder's vectors. The
 * units are sparse and exact, so a small share already lifts a pair that shares rare translated
 * words above one that shares only n-grams (values tried: docs/tuning.md).
 */
const UNIT_SHARE = 0.15;

/** Weighted word units of the content rows and columns (units.ts), with the pair's dictionary concepts when there are any. */
function wordUnits(src: AlignSide, tgt: AlignSide, rows: number[], cols: number[], o: ComparableCallOptions): [WeightedUnits[], WeightedUnits[]] {
  const { languages, dictionaries = true } = o;
  const pair = languages && dictionaries !== false ? pairConcepts(languages, dictionaries === true ? [] : dictionaries) : undefined;
  return weighUnits(
    rows.map((i) => sentenceUnits(src.texts[i], pair?.source)),
    cols.map((j) => sentenceUnits(tgt.texts[j], pair?.target)),
  );
}

/** Each row of `a` and `b` side by side, weighted `√(1 − share)` and `√share` (unit rows in, unit rows out). */
function joinVectors(a: VectorSet, b: VectorSet, share: number): VectorSet {
  const dim = a.dim + b.dim;
  const data = new Float32Array(a.n * dim);
  const wa = Math.sqrt(1 - share);
  const wb = Math.sqrt(share);
  for (let r = 0; r < a.n; r++) {
    for (let d = 0; d < a.dim; d++) data[r * dim + d] = wa * a.data[r * a.dim + d];
    for (let d = 0; d < b.dim; d++) data[r * dim + a.dim + d] = wb * b.data[r * b.dim + d];
    normalizeInPlace(data.subarray(r * dim, (r + 1) * dim));
  }
  return { n: a.n, dim, data };
}

/** What second claims re-score cells from (second-claim.ts): the cosines and k-NN means, not the margin array. */
const cosinesOf = ({ n, m, cos, knnSrc, knnTgt }: MarginMatrix): CosineMatrix => ({ n, m, cos, knnSrc, knnTgt });

/** Null documents scored: enough for about 500 null bests (rows and columns), at most 8. */
const nullCount = (n: number, m: number): number => Math.min(8, Math.ceil(500 / (n + m)));

/** Log of a group's length ratio (source over target, in `textLength` units). */
const logRatio = (g: PairGroup, src: AlignSide, tgt: AlignSide, rows: number[], cols: number[]): number => {
  const len = (side: AlignSide, list: number[], of: number[]) => list.reduce((a, k) => a + side.lengths[of[k]], 0);
  return Math.log(Math.max(1, len(src, g.src, rows)) / Math.max(1, len(tgt, g.tgt, cols)));
};

/** What comparable mode decided on, before beads are made of it (`matchComparable`). */
export interface ComparableMatch {
  /** Content sentence indices of each side: the rows and columns of `score` and of the groups. */
  rows: number[];
  cols: number[];
  /** The paired groups, by row and column. */
  groups: PairGroup[];
  /**
   * The score matrix the groups were decided on (row-major, rows × cols; after the lexicon pass when
   * it learned anything) and the same scores against the null documents; absent for a matrix too
   * small to have a null (scored against priors instead).
   */
  score?: Float64Array;
  nulls?: Float64Array[];
}

/** Options of `matchComparable` and `alignComparable`. */
export type ComparableCallOptions = Partial<ComparableOptions> & Pick<LexicalOptions, 'languages' | 'dictionaries'> & {
  /**
   * Whether the sides' vectors come from the lexical embedder, so the lexicon pass (lexicon-pass.ts)
   * may add learned word pairs to them (`alignSentences` sets it from `AlignOptions.lexicon` and the
   * embedder). Hashed features would only blur another embedder's vectors.
   * @default false
   */
  lexicon?: boolean;
};

/**
 * Steps 1–3 of comparable mode (see the file comment): the content sentences, their scores and the
 * groups paired. `alignComparable` makes beads of it; `npm run eval:comparable` with `EVAL_DIAG=1`
 * reads the scores.
 * @throws OptionError as `alignComparable`.
 */
export function matchComparable(src: AlignSide, tgt: AlignSide, options: ComparableCallOptions = {}): ComparableMatch {
  const o: ComparableOptions & { lexicon?: boolean } = withDefaults(DEFAULT_COMPARABLE_OPTIONS, options);
  if (!comparableFits(src.n, tgt.n, o.maxComparablePairs)) throw new OptionError(`alignSentences: ${comparableTooLarge(src.n, tgt.n, o.maxComparablePairs)}`);
  const rows = src.overlaps ? contentOf(src) : [];
  const cols = tgt.overlaps ? contentOf(tgt) : [];
  const n = rows.length;
  const m = cols.length;
  if (n === 0 || m === 0) return { rows, cols, groups: [] };
  if (Math.min(n, m) < 3 || n * m < MIN_BACKGROUND_CELLS) return { rows, cols, groups: tinyGroups(src, tgt, rows, cols) };
  const centre = Math.min(n, m) >= MIN_CENTRED ? CENTRE_WEIGHT : 0;
  const all = Array.from({ length: m }, (_, j) => j);
  const units = o.lexicon ? wordUnits(src, tgt, rows, cols, o) : undefined;
  const factsOf = (side: AlignSide, list: number[], lang?: string) => sideFacts(list.map((i) => side.texts[i]), list.map((i) => side.lengths[i]), lang);
  const facts = [factsOf(src, rows, options.languages?.[0]), factsOf(tgt, cols, options.languages?.[1])] as const;
  const evidence = (sure: readonly (readonly [number, number])[]) => pairEvidence(facts[0], facts[1], sure);
  const match = (sv: VectorSet, tv: VectorSet): ComparableMatch & { second?: SecondClaimInput } => {
    let a = vectorsOf(sv, rows, centre);
    let b = vectorsOf(tv, cols, centre);
    // The null target of seed k: the embedder's vectors scrambled (null-document.ts), beside the
    // target's word units dealt out again at random (units.ts).
    let nullOf = (k: number) => nullDocument(b, all, k);
    if (units) {
      const lexical = b;
      a = joinVectors(a, unitVectors(units[0], UNIT_DIM), UNIT_SHARE);
      b = joinVectors(b, unitVectors(units[1], UNIT_DIM), UNIT_SHARE);
      nullOf = (k) => joinVectors(nullDocument(lexical, all, k), unitVectors(shuffledUnits(units[1], k), UNIT_DIM), UNIT_SHARE);
    }
    const margins = marginMatrix(a, b, o.neighbours);
    const nullMargins = Array.from({ length: nullCount(n, m) }, (_, k) => marginMatrix(a, nullOf(k + 1), o.neighbours));
    const score = ratioMargins(margins);
    const nulls = nullMargins.map(ratioMargins);
    return { rows, cols, groups: matchPairs(score, nulls, n, m, o, evidence), score, nulls, second: { margins: cosinesOf(margins), nullMargins: nullMargins.map(cosinesOf), k: o.neighbours } };
  };
  let last = match(src.overlaps![0], tgt.overlaps![0]);
  const learned = o.lexicon ? learnedVectors(src, tgt, rows, cols, last.groups) : undefined;
  if (learned) {
    last.second = undefined; // not needed: free its cosines before the second matching
    last = match(learned.src, learned.tgt);
  }
  // Second claims join the last matching only: the lexicon pass learns from 1-1 pairs, which a second
  // claim would turn into groups.
  const { score, nulls, groups, second } = last;
  return { rows, cols, groups: joinSecondClaims(groups, score!, nulls!, n, m, o, second!), score, nulls };
}

/**
 * Aligns two sides with reordering; every sentence ends in exactly one bead.
 * @throws OptionError when `src.n × tgt.n` is over `maxComparablePairs` (every pair is scored, so
 *   memory grows with the product; the check comes before anything is allocated).
 */
export function alignComparable(src: AlignSide, tgt: AlignSide, options: ComparableCallOptions = {}): Bead[] {
  const o: ComparableOptions = withDefaults(DEFAULT_COMPARABLE_OPTIONS, options);
  const { rows, cols, groups } = matchComparable(src, tgt, options);
  // The document's usual length ratio of paired sentences, measured on its 1-1 pairs (a group's
  // lengths add a merge's, which is what the yardstick is for); a bead far from it is partly shared.
  const ratios = groups.map((g) => logRatio(g, src, tgt, rows, cols));
  const single = ratios.filter((_, k) => groups[k].src.length === 1 && groups[k].tgt.length === 1);
  const usual = median(single.length >= 3 ? single : ratios.length >= 3 ? ratios : []);
  const beads: Bead[] = [];
  const indices = (list: number[], of: number[]) => list.map((k) => of[k]).sort((a, b) => a - b);
  groups.forEach((g, k) => {
    const score = g.strength.reduce((a, b) => a + b, 0) / g.strength.length;
    const partial = Math.abs(ratios[k] - usual) > Math.log(o.partialLength);
    beads.push({ src: indices(g.src, rows), tgt: indices(g.tgt, cols), score, label: partial ? 'partial' : 'match' });
  });
  const srcDone = new Set(beads.flatMap((b) => b.src));
  const tgtDone = new Set(beads.flatMap((b) => b.tgt));
  for (let i = 0; i < src.n; i++) if (!srcDone.has(i)) beads.push({ src: [i], tgt: [], score: 0, label: 'omission' });
  for (let j = 0; j < tgt.n; j++) if (!tgtDone.has(j)) beads.push({ src: [], tgt: [j], score: 0, label: 'addition' });
  // Source order first, additions after, by target index.
  beads.sort((a, b) => (a.src.length ? a.src[0] : Infinity) - (b.src.length ? b.src[0] : Infinity) || (a.tgt[0] ?? 0) - (b.tgt[0] ?? 0));
  return beads;
}
