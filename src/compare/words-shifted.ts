// Source sentences paired with their neighbour's translation, told by words: weak evidence.
//
// The same shift as `namesShifted` (src/compare/names-shifted.ts) without names to tell it: a source
// sentence alone in a 1-1 `match`/`partial` pair whose target carries none of its specific words (by
// the pair's dictionaries, `carriedWords`), while it carries `minWords` or more (and `minShare` or
// more) of the specific words of the source sentence before or after it, words the sentence itself
// does not explain. The aligner may have paired the sentence with its neighbour's translation over a
// deleted one. But neighbouring sentences often share a topic (Bible verses about one offering, the
// clauses of one regulation), so a faithful pair can look the same: the finding is an `omission` of
// `info` severity with a note saying what the evidence is, not a warning (its wording:
// src/check/coverage.ts). Such a finding stays out of the gap placement (src/compare/gap-span.ts):
// it is not widened, and it does not stop another omission's placement from naming the sentences past
// it; where that placement names its sentence, it is dropped (no sentence is named twice). Without
// dictionaries for the pair, nothing is reported.
import type { Bead } from '../align/types.js';
import { isContent } from '../check/context.js';
import { WORDS_SHIFTED_NOTE } from '../check/coverage.js';
import type { CheckSide, Finding, UnsupportedSentence } from '../check/types.js';
import { withDefaults } from '../defaults.js';
import { carriedWords, DEFAULT_CARRIED_OPTIONS } from './carried.js';
import { alignedBeadOf } from './leave-out.js';
import { loneSentences } from './numbers-absent.js';

export interface WordsShiftedOptions {
  /** Fewest letters a judged sentence needs. @default 20 */
  minLetters?: number;
  /** Fewest specific words the sentence needs (with fewer, "none carried" says little), and fewest of a neighbour's its target must carry. @default 2 */
  minWords?: number;
  /** …the neighbour's carried words making at least this share of its specific words. @default 0.25 */
  minShare?: number;
  /** Dictionary files read besides the shipped and installed lexicons (`CompareOptions.dictionaries`). @default [] */
  files?: readonly string[];
}

export const DEFAULT_WORDS_SHIFTED_OPTIONS: Readonly<Required<WordsShiftedOptions>> = Object.freeze({
  minLetters: 20,
  minWords: DEFAULT_CARRIED_OPTIONS.minWords,
  minShare: DEFAULT_CARRIED_OPTIONS.minShare,
  files: [],
});

/**
 * The source sentences of 1-1 pairs whose target carries none of their specific words but
 * several of a neighbour's (see the module comment), as omission candidates of evidence `words`.
 * `languages`: the document's pair, source first.
 */
export function wordsShifted(source: CheckSide, target: CheckSide, beads: readonly Bead[], languages: readonly [string, string], options: WordsShiftedOptions = {}): UnsupportedSentence[] {
  const o = withDefaults(DEFAULT_WORDS_SHIFTED_OPTIONS, options);
  const carried = { files: o.files };
  const text = (i: number) => source.sentences[i]!.text;
  const home = alignedBeadOf(source.sentences.length, beads);
  const out: UnsupportedSentence[] = [];
  for (const [i, k] of loneSentences(source.sentences, beads, { minLetters: o.minLetters })) {
    const b = beads[k]!;
    if (b.tgt.length !== 1) continue;
    const s = source.sentences[i]!;
    const partner = [target.sentences[b.tgt[0]!]!.text];
    // None of the sentence's own words in its target (nothing else is asked to explain them).
    const own = carriedWords(s.text, [], partner, languages, carried);
    if (!own || own.words < o.minWords || own.carried > 0) continue;
    // Several of a neighbour's words there that the sentence does not explain.
    // …more of them than the neighbour's own target carries (a shift takes its translation away; a
    // faithful passage on one topic keeps the words in both).
    const neighbour = [i - 1, i + 1].some((n) => {
      if (n < 0 || n >= source.sentences.length || !isContent(source.sentences[n]!)) return false;
      const c = carriedWords(text(n), [s.text], partner, languages, carried);
      if (c === undefined || c.carried < o.minWords || c.carried < o.minShare * c.words) return false;
      const theirTarget = home[n]! >= 0 ? beads[home[n]!]!.tgt.map((j) => target.sentences[j]!.text) : [];
      return theirTarget.length === 0 || c.carried > (carriedWords(text(n), [s.text], theirTarget, languages, carried)?.carried ?? 0);
    });
    if (neighbour) out.push({ side: 'source', sentence: i, bead: k, similarity: NaN, evidence: 'words' });
  }
  return out;
}

/**
 * `findings` placed by `place` (the gap placement, `placeOmissions`, which returns one finding for each
 * it is given, in their order) without the omissions of evidence
 * `words`, which keep their place, each dropped where a placed omission names its sentence (see the
 * module comment). The order of `findings` is kept.
 */
export async function placedApartFromWords(findings: readonly Finding[], place: (findings: Finding[]) => Promise<Finding[]>): Promise<Finding[]> {
  const isWords = (f: Finding) => f.code === 'omission' && f.note === WORDS_SHIFTED_NOTE;
  const rest = findings.filter((f) => !isWords(f));
  const placed = await place(rest);
  if (placed.length !== rest.length) throw new Error('placedApartFromWords: the placement must return one finding for each it was given, in their order');
  const named = new Set(placed.flatMap((f) => (f.code === 'omission' || f.code === 'omission-passage' ? f.src ?? [] : [])));
  let n = 0;
  return findings.flatMap((f) => (!isWords(f) ? [placed[n++]!] : named.has(f.src?.[0] ?? -1) ? [] : [f]));
}
