// Comparable mode's lexicon pass: the document's own translation lexicon (as parallel mode learns it,
// src/align/parallel/lexicon.ts), learned from the 1-1 pairs the first matching accepted. Word pairs
// that co-occur in those pairs far more often than chance (`Gipfel` ~ `sommet`, words no dictionary
// lists) become features shared by the two sentences, and the document is scored and matched again.
// A short document (fewer than `MIN_LEARNING_PAIRS` accepted pairs, or words repeated in fewer than
// 3 of them) learns nothing and keeps its first matching.
import { addPairFeatures, sideWords, type PartnerIndex, type SideWords } from '../../embed/lexical/pair-features.js';
import { learnLexicon } from '../parallel/lexicon.js';
import type { AlignSide } from '../side.js';
import type { Bead } from '../types.js';
import type { VectorSet } from '../vectors.js';
import type { PairGroup } from './match.js';

/**
 * Squared norm of one distinct word in a lexical vector before normalisation, for the weight of the
 * learned features: the word feature (weight 1) plus its character 3- to 5-grams at weight 0.35
 * (about 15 for a 6-letter word: 15 · 0.35² ≈ 1.8), so about 3. Comparable mode's vectors are
 * normalised (the comparable preset is not additive), so a sentence's norm is estimated as
 * `sqrt(3 · distinct words)`; a learned pair then weighs about what a shared word does, as in
 * parallel mode.
 */
const WORD_SQUARED_NORM = 3;

/**
 * Fewest accepted 1-1 pairs the pass learns from. Over a handful of pairs the association measure
 * cannot tell a translation from the story's names: of 4 pairs, two words that are each in 3 (say
 * `Venezuelan` and `Venezuela`) are in the same 3 with phi 1, and the pass then pulled unrelated
 * sentences of the seeds together by them.
 */
export const MIN_LEARNING_PAIRS = 10;

/** Sentence vectors of both sides with the learned pairs' features added (copies), and how many pairs were learned. */
export interface LearnedVectors {
  src: VectorSet;
  tgt: VectorSet;
  pairs: number;
}

/** Estimated norms before normalisation of each sentence (see `WORD_SQUARED_NORM`). */
const estimatedNorms = (words: SideWords): Float64Array => Float64Array.from(words.ids, (ids) => Math.sqrt(WORD_SQUARED_NORM * Math.max(1, ids.length)));

/** `set` with the features of `words`' learned pairs added (a copy; `set` is left as it is). */
function withPairs(set: VectorSet, words: SideWords, index: PartnerIndex): VectorSet {
  const copy = { n: set.n, dim: set.dim, data: Float32Array.from(set.data) };
  addPairFeatures(copy, estimatedNorms(words), words, index);
  return copy;
}

/**
 * The sentence vectors of `src` and `tgt` with the features of the word pairs learned from the 1-1
 * groups among `groups` (rows and columns index `rows` and `cols`), or `undefined` when no pair was
 * learned (or there are fewer than `MIN_LEARNING_PAIRS` 1-1 groups to learn from).
 */
export function learnedVectors(src: AlignSide, tgt: AlignSide, rows: readonly number[], cols: readonly number[], groups: readonly PairGroup[]): LearnedVectors | undefined {
  const ones: Bead[] = groups
    .filter((g) => g.src.length === 1 && g.tgt.length === 1)
    .map((g) => ({ src: [rows[g.src[0]]], tgt: [cols[g.tgt[0]]], score: 1, label: 'match' }));
  if (ones.length < MIN_LEARNING_PAIRS) return undefined;
  const ws = sideWords(src.texts);
  const wt = sideWords(tgt.texts);
  const lexicon = learnLexicon(ws, wt, ones);
  if (lexicon.pairs === 0) return undefined;
  return { src: withPairs(src.overlaps![0], ws, lexicon.src), tgt: withPairs(tgt.overlaps![0], wt, lexicon.tgt), pairs: lexicon.pairs };
}
