// Source sentences that their bead's target explains less well than the document's pairs usually are.
//
// When a target sentence is deleted, the aligner often gives its source sentence the neighbour's
// target instead (it shifts a run of pairs by one until a merged bead takes up the slack), so the
// sentence sits alone on its side of a bead with a target that is not its translation. Two pieces of
// evidence, each too weak alone, point at it together: the alignment could leave the sentence out
// for well under what sentences of its length usually cost (`leaveOutRatios`, below `share` of its
// peers' median, a looser bound than the leave-out test's own), and its similarity to its bead's
// target is lower than most of the document's one-to-one pairs reach (below their `quantile`). Both
// measures follow the document, so a text the embedder relates weakly (two scripts, no dictionary)
// is judged against its own pairs. With dictionaries for the pair, a pair whose target carries none
// of the sentence's specific words (`carriedCounts`: two or more of them, none translated there) is
// weakly paired too, unless the vectors rate the pair among the document's best (above the `wordsBelow`
// quantile of its 1-1 pairs): in a document the embedder relates weakly, the median pair is itself
// barely similar, and the words tell directly; but a pair the document's own vectors (with the word
// pairs learned from its beads) put in its top tenth is translated there, and the dictionaries' silence
// is a gap in them (a free rendering: `sons` as `子孙`, `house of their fathers` as `宗族`). Sentences of merged beads with two or more source sentences are
// left to `unsupportedSentences` (its tests are made for them); a short clause leading into the next
// sentence and a sentence whose every number its partner has are not reported (a translation joins
// the one to the next sentence, and the other is translated there).
import type { Bead } from '../align/types.js';
import { withDefaults } from '../defaults.js';
import type { UnsupportedSentence } from '../check/types.js';
import type { Sentence } from '../segment/types.js';
import { leadsOn } from '../text/clauses.js';
import { numbersAnswered } from './facts.js';
import { carriedCounts } from './carried.js';

export interface WeakPairOptions {
  /** A sentence may be reported when its leave-out share (`leaveOutRatios`) is below this. @default 0.5 */
  share?: number;
  /** …and its similarity to its bead's target is below this quantile of the document's 1-1 pairs' (0.5: their median). @default 0.5 */
  quantile?: number;
  /** Fewest 1-1 match beads whose similarities make a distribution to compare with. @default 10 */
  minPairs?: number;
  /**
   * Fewest specific words a sentence needs for "its target carries none of them" to count (with
   * dictionaries for the pair; `0` turns that test off). @default 2
   */
  minWords?: number;
  /**
   * The words test (`minWords`) reports a pair only when its similarity is below this quantile of the
   * document's 1-1 pairs' (a pair rated higher is translated there, whatever the dictionaries miss;
   * `1`: every pair). @default 0.9
   */
  wordsBelow?: number;
  /** Dictionary files read besides the shipped and installed lexicons (`CompareOptions.dictionaries`). @default [] */
  files?: readonly string[];
}

export const DEFAULT_WEAK_PAIR_OPTIONS: Readonly<Required<WeakPairOptions>> = Object.freeze({ share: 0.5, quantile: 0.5, minPairs: 10, minWords: 2, wordsBelow: 0.9, files: [] });

/** The document's 1-1 `match` beads: the pairs whose similarities tell what a translated sentence reaches. */
export const oneToOneMatches = (beads: readonly Bead[]): Bead[] => beads.filter((b) => b.label === 'match' && b.src.length === 1 && b.tgt.length === 1);

/** Whether any sentence of `ratio` is cheap enough for `weaklyPaired` to judge (else nothing needs measuring). */
export const anyCheapEnough = (ratio: ReadonlyMap<number, number>, options: WeakPairOptions = {}): boolean => {
  const share = options.share ?? DEFAULT_WEAK_PAIR_OPTIONS.share;
  for (const r of ratio.values()) if (r < share) return true;
  return false;
};

/**
 * The source sentences alone on their side of a `match`/`partial` bead that are both cheap to leave
 * out and weakly similar to their target (see the module comment), as `leave-out` omission candidates.
 * `similarity(i, tgt)`: sentence i's similarity to the target group `tgt` (the checks' vectors);
 * `ratio`: each judged source sentence's leave-out share (`leaveOutRatios`; a sentence it does not
 * judge, too short or not content, is not reported).
 */
export function weaklyPaired(
  source: readonly Sentence[],
  target: readonly Sentence[],
  beads: readonly Bead[],
  similarity: (i: number, tgt: readonly number[]) => number,
  ratio: ReadonlyMap<number, number>,
  langs: { source: string; target: string },
  options: WeakPairOptions = {},
): UnsupportedSentence[] {
  const o = withDefaults(DEFAULT_WEAK_PAIR_OPTIONS, options);
  const paired = oneToOneMatches(beads).map((b) => similarity(b.src[0]!, b.tgt)).sort((a, b) => a - b);
  if (paired.length < o.minPairs) return [];
  const at = (q: number) => paired[Math.min(paired.length - 1, Math.floor(q * paired.length))]!;
  const bound = at(o.quantile);
  const wordsBound = o.wordsBelow >= 1 ? Infinity : at(o.wordsBelow);
  // Whether the bead's target carries none of sentence i's specific words (`minWords` or more of
  // them), for a pair the vectors do not rate among the document's best (`wordsBelow`).
  const carriesNone = (i: number, b: Bead, sim: number) => {
    if (o.minWords <= 0 || !(sim < wordsBound)) return false;
    const c = carriedCounts(source, i, b.src, target, b.tgt, [langs.source, langs.target], { files: o.files });
    return c !== undefined && c.words >= o.minWords && c.carried === 0;
  };
  const out: UnsupportedSentence[] = [];
  beads.forEach((b, k) => {
    if ((b.label !== 'match' && b.label !== 'partial') || b.src.length !== 1 || b.tgt.length === 0) return;
    const i = b.src[0]!;
    const s = source[i]!;
    const r = ratio.get(i);
    if (r === undefined || !(r < o.share) || leadsOn(s.text)) return;
    const sim = similarity(i, b.tgt);
    if (!(sim < bound) && !carriesNone(i, b, sim)) return;
    if (numbersAnswered(s.text, langs.source, b.tgt.map((j) => target[j]!.text).join(' '), langs.target)) return;
    out.push({ side: 'source', sentence: i, bead: k, similarity: sim, evidence: 'leave-out' });
  });
  return out;
}
