// Source sentences paired with their neighbour's translation, told by names.
//
// When a target sentence is deleted, the aligner may shift a run of pairs by one: each source
// sentence of the run is paired with its neighbour's translation, and the orphan keeps a partner, so
// no omission is reported on it. The pair's similarity can be as high as a faithful pair's (verses
// that repeat the same words), but the names cannot: the orphan's names are not in its partner, and
// its partner holds names of the source sentence next to it. A source sentence alone in a 1-1
// `match`/`partial` pair with at least one name that could be reported missing, none of which the
// pair's target has, whose target holds a name of the source sentence before or after it (one the
// sentence itself does not have), is an omission candidate. A translation that drops or renders a
// name leaves its own sentence's other words there, but does not bring in a neighbour's name.
// A faithful translation may swap a name and a pronoun between two sentences (`she welcomed Merkel`
// for `Merkel was welcomed by her`): the neighbour's name is then in the neighbour's own target too,
// where a shift has taken it away, so only a neighbour's name its own target lacks counts.
// Names are matched by the name checks' rules in a target written in cased letters (Latin, Cyrillic,
// Greek); in a Chinese one, where names cannot be told from other words, by the transliteration
// matcher (src/text/transliteration.ts) as well. Other targets are not judged.
import type { Bead } from '../align/types.js';
import { isContent, type Located } from '../check/context.js';
import { namesNotIn, namesOf } from '../check/names.js';
import type { CheckSide, UnsupportedSentence } from '../check/types.js';
import { withDefaults } from '../defaults.js';
import { primaryLang } from '../text/language-tag.js';
import { casedScript, windowTargets } from './absent-facts.js';
import { alignedBeadOf } from './leave-out.js';
import { loneSentences } from './numbers-absent.js';
import { transliterationReadings } from '../lexicon/transliteration-table.js';
import { DEFAULT_COMPARE_NAMES_OPTIONS, type NameMention, type NameToken } from '../text/names.js';
import { bestTransliteration, readableRuns } from '../text/transliteration.js';

export interface NamesShiftedOptions {
  /** Fewest letters a judged sentence needs. @default 20 */
  minLetters?: number;
  /** Least transliteration score (0..1) that finds a name in Chinese characters. @default 0.8 */
  minReading?: number;
  /**
   * Read names in Chinese characters with the shipped transliteration table (CC-CEDICT data, CC BY-SA;
   * `compareArticles` turns it off with `dictionaries: false`). @default true
   */
  transliteration?: boolean;
}

export const DEFAULT_NAMES_SHIFTED_OPTIONS: Readonly<Required<NamesShiftedOptions>> = Object.freeze({ minLetters: 20, minReading: 0.8, transliteration: true });

/** The first letters of a name word, which its derived forms keep (`Israel`, `Israelites`). */
const stem = (word: string): string => word.slice(0, 5);

/** Every two characters in a row of a text. */
const pairsOf = (text: string): string[] => Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2));

/** Lower-cased words of some names (to tell a neighbour's own names from the sentence's). */
const wordsOf = (names: readonly Located<NameMention>[]): Set<string> => new Set(names.flatMap((n) => n.tokens.map((t) => t.text.toLowerCase())));

/** Fewest letters of a name word looked for in Chinese characters (shorter skeletons read into too many runs). */
const MIN_HAN_LETTERS = 5;

/**
 * Least score of a reading of two characters: a short name skeleton finds a near reading in many
 * pairs of characters of an ordinary sentence (`Rachel` in 拉给, `Hushai` in 亚希).
 */
const SHORT_READING = 0.9;

/** A name word worth looking for in Chinese characters: long enough, not all capitals, not the sentence's first word. */
const readable = (t: NameToken): boolean => !t.initial && t.text.length >= MIN_HAN_LETTERS && /\p{Ll}/u.test(t.text);

/** Up to 50 sentences spread over the side (what its script is judged on). */
const sample = <T>(items: readonly T[]): T[] => items.filter((_, n) => n % Math.max(1, Math.ceil(items.length / 50)) === 0);

/** A cased letter (what the name checks compare words by). */
const CASED = /[\p{Lu}\p{Ll}]/u;

/**
 * How names are looked for in a side's target sentences: `found(names, at)`, whether one of them is
 * there; `absent(names, at, from)`, whether each is missing from `at` although one of them is in
 * `from`. Cased words are compared by the name checks' rules, and only where the sentences have cased
 * letters (else those rules cannot tell). With `chinese`, the transliteration matcher also reads runs
 * of characters; a name it reads in `from` is missing from `at` only when `at` holds no run reading as
 * it and no two characters in a row of what it read in `from` (a character outside the matcher's table
 * can hide a name from it, and a reading may take a character beside the name).
 */
function finder(target: CheckSide, ratio: number, minReading: number, chinese: boolean) {
  const texts = (at: readonly number[]) => at.map((j) => target.sentences[j]!.text);
  const latin = (names: Located<NameMention>[], at: readonly number[]): boolean =>
    CASED.test(texts(at).join(' ')) && namesNotIn(names, target, at, ratio).length < names.length;
  const readings = readingsOf(target, minReading);
  const found = (names: Located<NameMention>[], at: readonly number[]): boolean =>
    names.length > 0 && at.length > 0 && ((chinese && readings(names, at).length > 0) || latin(names, at));
  return {
    found,
    absent: (names: Located<NameMention>[], at: readonly number[], from: readonly number[]): boolean => {
      if (names.length === 0 || at.length === 0 || from.length === 0 || found(names, at)) return false;
      const seen = chinese ? readings(names, from) : [];
      if (seen.length === 0) return latin(names, from);
      const own = texts(at).join(' ');
      return seen.every((chars) => pairsOf(chars).every((two) => !own.includes(two)));
    },
  };
}

/**
 * For some names and target sentences, the characters each readable word is read as (the first
 * sentence's reading that counts, see `SHORT_READING`); each sentence's best reading of a word is
 * worked out once (a sentence is near several pairs).
 */
function readingsOf(target: CheckSide, minReading: number) {
  const read = new Map<string, string | null>();
  const runs = new Map<number, ReturnType<typeof readableRuns>>();
  const reading = (word: string, j: number): string | null => {
    const key = `${j}\t${word}`;
    let chars = read.get(key);
    if (chars === undefined) {
      const text = target.sentences[j]!.text;
      let r = runs.get(j);
      if (!r) runs.set(j, (r = readableRuns(text, transliterationReadings())));
      const b = bestTransliteration(word, r, Math.min(minReading, SHORT_READING));
      chars = b && b.score >= (b.end - b.start >= 3 ? minReading : SHORT_READING) ? text.slice(b.start, b.end) : null;
      read.set(key, chars);
    }
    return chars;
  };
  return (names: readonly Located<NameMention>[], at: readonly number[]): string[] =>
    names.flatMap((n) => n.tokens.filter(readable).flatMap((t) => {
      for (const j of at) {
        const chars = reading(t.text, j);
        if (chars !== null) return [chars];
      }
      return [];
    }));
}

/**
 * The source sentences of 1-1 pairs whose names are not in their target while a neighbour's name is
 * (see the module comment), as omission candidates of evidence `names`.
 */
export function namesShifted(source: CheckSide, target: CheckSide, beads: readonly Bead[], options: NamesShiftedOptions = {}): UnsupportedSentence[] {
  const o = withDefaults(DEFAULT_NAMES_SHIFTED_OPTIONS, options);
  const chinese = o.transliteration && primaryLang(target.lang) === 'zh';
  if (!chinese && !casedScript(sample(target.sentences).map((s) => s.text))) return [];
  const ratio = DEFAULT_COMPARE_NAMES_OPTIONS.maxDistanceRatio;
  // Names with a word that could be reported missing (`namesNotIn` against no sentence gives them all).
  const names = new Map<number, Located<NameMention>[]>();
  const reportable = (i: number): Located<NameMention>[] => {
    let found = names.get(i);
    if (!found) names.set(i, (found = source.sentences[i] && isContent(source.sentences[i]!) ? namesNotIn(namesOf(source, [i]), target, [], ratio) : []));
    return found;
  };
  const home = alignedBeadOf(source.sentences.length, beads);
  const look = finder(target, ratio, o.minReading, chinese);
  const out: UnsupportedSentence[] = [];
  for (const [i, k] of loneSentences(source.sentences, beads, { minLetters: o.minLetters })) {
    if (beads[k]!.tgt.length !== 1) continue;
    const j = beads[k]!.tgt[0]!;
    const own = reportable(i);
    if (own.length === 0) continue;
    // The sentence's names are in the target near it, not in its partner.
    if (!look.absent(own, [j], windowTargets(beads, k, 2).filter((t) => t !== j))) continue;
    // A neighbour's name that the sentence does not have (any of its names, the first word's too:
    // `Israel`, `Israelites` share their first letters), in the partner and not in the neighbour's own target.
    const mine = [...wordsOf(namesOf(source, [i]))].map(stem);
    const moved = [i - 1, i + 1].some((n) => {
      const theirs = reportable(n).filter((name) => name.tokens.every((t) => !mine.includes(stem(t.text.toLowerCase()))));
      const theirTarget = home[n] !== undefined && home[n]! >= 0 ? beads[home[n]!]!.tgt : [];
      return theirs.some((name) => look.found([name], [j]) && !look.found([name], theirTarget));
    });
    if (moved) out.push({ side: 'source', sentence: i, bead: k, similarity: NaN, evidence: 'names' });
  }
  return out;
}
