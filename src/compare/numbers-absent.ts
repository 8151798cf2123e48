// Source sentences paired with a target that has none of their numbers and is no closer to them than
// unrelated sentences are.
//
// When a target sentence is deleted, the aligner may give its source sentence a neighbour's target
// (a pair shifted by one, a one-to-many bead) and make leaving it out dear, so the leave-out and
// weak-pair tests pass it by. Two pieces of evidence still point at it together: its bead's target has
// none of its numbers (above ten, the days and years of its dates included: `Am 19. August 1956`, `25
// elected members`), and its similarity to that target is below what unrelated pairs of the document
// reach (the checks' unrelated threshold, the 95th percentile of sentences paired with a target several
// beads away). A translated sentence keeps its numbers, or is at least closer to its target than chance;
// a translation that converts measures or writes numbers out (`12 ft` as `3,7 m`) is still related to
// its sentence. Neither piece alone is enough: numbers are left out by translators, and on a document
// the embedder relates weakly (colloquial Icelandic against English) many faithful pairs are no closer
// than unrelated ones. The test reads no leave-out cost, so it also sees sentences the alignment would
// pay much to leave out (a sentence spread over a neighbour's five targets).
import { isPairedBead, type Bead } from '../align/types.js';
import { letterCount } from '../check/context.js';
import type { UnsupportedSentence } from '../check/types.js';
import { withDefaults } from '../defaults.js';
import type { Sentence } from '../segment/types.js';
import { numbersFound } from './facts.js';

export interface NumbersAbsentOptions {
  /** Fewest letters a reported sentence needs (headings and fragments carry too little to tell). @default 20 */
  minLetters?: number;
}

export const DEFAULT_NUMBERS_ABSENT_OPTIONS: Readonly<Required<NumbersAbsentOptions>> = Object.freeze({ minLetters: 20 });

/**
 * The source sentences alone on their side of a `match`/`partial` bead that the test judges (body or
 * heading, `minLetters` letters or more), as `[sentence, bead]`.
 */
export function loneSentences(source: readonly Sentence[], beads: readonly Bead[], options: NumbersAbsentOptions = {}): Array<[number, number]> {
  const { minLetters } = withDefaults(DEFAULT_NUMBERS_ABSENT_OPTIONS, options);
  const out: Array<[number, number]> = [];
  beads.forEach((b, k) => {
    if (!isPairedBead(b) || (b.label !== 'match' && b.label !== 'partial') || b.src.length !== 1) return;
    const s = source[b.src[0]!]!;
    if ((s.kind !== 'body' && s.kind !== 'heading') || letterCount(s.text) < minLetters) return;
    out.push([b.src[0]!, k]);
  });
  return out;
}

/**
 * Of `candidates` (`[sentence, bead]`; default: every one of `loneSentences`), the sentences with at
 * least one number above ten (dates' days and years included), none of which the bead's target has.
 */
export function numbersNotInPair(source: readonly Sentence[], target: readonly Sentence[], beads: readonly Bead[], langs: { source: string; target: string }, options: NumbersAbsentOptions = {}, candidates: ReadonlyArray<readonly [number, number]> = loneSentences(source, beads, options)): Array<[number, number]> {
  return candidates.filter(([i, k]) => {
    const s = source[i]!;
    const lang = s.lang && s.lang !== 'und' ? s.lang : langs.source;
    const { numbers, found } = numbersFound(s.text, lang, beads[k]!.tgt.map((j) => target[j]!.text).join(' '), langs.target, true);
    return numbers > 0 && found === 0;
  }).map(([i, k]) => [i, k]);
}

/**
 * The sentences of `candidates` (`[sentence, bead]`) whose similarity to their bead's target
 * (`similarity(i, tgt)`) is below `threshold` (the similarity unrelated pairs of the document reach:
 * `unrelatedThreshold`), as omission candidates of evidence `numbers`. `unsupportedSentences` asks this
 * of every lone sentence first and reads numbers (`numbersNotInPair`) only for the few it keeps: the
 * similarity is one dot product, the numbers a scan of both texts (see the module comment).
 */
export function numbersAbsent(candidates: ReadonlyArray<readonly [number, number]>, beads: readonly Bead[], similarity: (i: number, tgt: readonly number[]) => number, threshold: number): UnsupportedSentence[] {
  return candidates.flatMap(([i, k]) => {
    const sim = similarity(i, beads[k]!.tgt);
    return sim < threshold ? [{ side: 'source' as const, sentence: i, bead: k, similarity: sim, evidence: 'numbers' as const }] : [];
  });
}
