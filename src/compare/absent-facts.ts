// Source sentences whose names and numbers the target has nowhere near them.
//
// A deleted target sentence takes its facts with it: the orphaned source sentence's names and
// numbers are then missing from its bead's target and from the targets around it, wherever the
// aligner put the sentence (a weak 1-1 pair, a neighbour's 2-1 bead) and however cheap or dear it is
// to leave out. A sentence the translation condensed into a neighbour, or that the aligner paired
// one sentence off, still has its facts a bead or two away. So a source sentence with at least
// `minFacts` names and numbers, one of them a name at least, none of which the target sentences of the
// `window` beads on either side of its own have, is an omission candidate. A name counts as there when
// the checks' name rules find it (spelling variants, inflection, a translation word by word with the
// pair's dictionaries: `Iceland` = `Ísland`). Names count only where most of the target's letters near
// the sentence are in the name's script: a Latin name in Greek or Russian is transliterated in ways
// these rules do not all follow, and in Chinese names cannot be told from other words. Numbers alone
// are no evidence: a translation converts measures (`12 ft` as `3,7 m`), rounds and writes numbers out.
// One fact alone is not enough either: a single name may be rendered in the target's own words
// (`Development` inside `þróunarnefndinni`, a title translated).
import { isPairedBead, type Bead } from '../align/types.js';
import { isContent, letterCount } from '../check/context.js';
import { namesNotIn, namesOf } from '../check/names.js';
import { untranslatedNames } from '../check/name-translation.js';
import type { CheckSide, Finding, UnsupportedSentence } from '../check/types.js';
import { withDefaults } from '../defaults.js';
import { findCjkNumbers } from '../text/cjk-numbers.js';
import { DEFAULT_COMPARE_NAMES_OPTIONS, type NameMention } from '../text/names.js';
import { pairConcepts } from '../embed/lexical/concepts.js';
import type { ConceptResolver } from '../lexicon/resolve.js';
import { extractNumbers, sameNumber } from '../text/numbers.js';

export interface AbsentFactsOptions {
  /** Beads on either side of the sentence's own whose target sentences are searched. @default 2 */
  window?: number;
  /** Fewest facts (names, numbers written in digits) the sentence needs. @default 2 */
  minFacts?: number;
  /** Fewest letters a sentence needs to be judged. @default 20 */
  minLetters?: number;
  /**
   * Whether the pair's dictionaries may tell a sentence's unknown first word for a name (`false`:
   * `CompareOptions.dictionaries: false`). @default true
   */
  dictionaries?: boolean;
  /** Dictionary files read besides the shipped and installed lexicons (`CompareOptions.dictionaries`). @default [] */
  files?: readonly string[];
}

export const DEFAULT_ABSENT_FACTS_OPTIONS: Readonly<Required<AbsentFactsOptions>> = Object.freeze({ window: 2, minFacts: 2, minLetters: 20, dictionaries: true, files: [] });

/** Fewest letters of a sentence's first word read as a name when the dictionary does not know it (`asName`). */
const MIN_NAME_LETTERS = 5;

/** A source sentence none of whose facts the target has near it, with the facts (as written). */
export interface AbsentFacts extends UnsupportedSentence {
  facts: string[];
}

/**
 * `name` with its first word counted as a name word when it opens the sentence and the source side's
 * dictionary does not know it (`Sólheimajökull is a part of…`): an ordinary word that opens a sentence
 * (`However`, `The`) is in the dictionary. Without a dictionary, as it is.
 */
function asName<T extends NameMention>(name: T, resolver: ConceptResolver | undefined): T {
  if (!resolver || !name.initial) return name;
  const tokens = name.tokens.map((t) => (t.initial && t.ambiguous && t.text.length >= MIN_NAME_LETTERS && resolver.wordConcepts(t.text).size === 0 ? { ...t, ambiguous: false } : t));
  return { ...name, tokens };
}

/** Scripts a name may be written in, as regular expressions for one letter. */
/** The scripts with capital and small letters, where the name checks tell a name by its case. */
const CASED_SCRIPTS = ['Latin', 'Cyrillic', 'Greek'];
const SCRIPTS = [...CASED_SCRIPTS, 'Arabic', 'Hebrew', 'Armenian', 'Georgian', 'Devanagari', 'Thai', 'Hangul', 'Han', 'Hiragana', 'Katakana'].map((name) => new RegExp(`\\p{Script=${name}}`, 'u'));

/** The scripts of which at least half of the letters of `texts` are (at most one). */
function mainScript(texts: readonly string[]): RegExp | undefined {
  const letters = texts.join(' ').match(/\p{L}/gu) ?? [];
  return SCRIPTS.find((re) => letters.filter((ch) => re.test(ch)).length * 2 >= letters.length && letters.length > 0);
}

/** Whether most letters of `texts` are of a script with capital letters (Latin, Cyrillic, Greek): where names can be told by case. */
export const casedScript = (texts: readonly string[]): boolean => {
  const script = mainScript(texts);
  return script !== undefined && SCRIPTS.indexOf(script) < CASED_SCRIPTS.length;
};

/** The target sentences of beads `k - window` … `k + window`. */
export function windowTargets(beads: readonly Bead[], k: number, window: number): number[] {
  const out: number[] = [];
  for (let d = -window; d <= window; d++) out.push(...(beads[k + d]?.tgt ?? []));
  return out;
}

/**
 * The source sentences of paired beads with `minFacts` names and numbers or more, none of which the
 * target has near them (see the module comment), as omission candidates with their facts.
 */
export function factsAbsent(source: CheckSide, target: CheckSide, beads: readonly Bead[], options: AbsentFactsOptions = {}): AbsentFacts[] {
  const o = withDefaults(DEFAULT_ABSENT_FACTS_OPTIONS, options);
  const ratio = DEFAULT_COMPARE_NAMES_OPTIONS.maxDistanceRatio;
  const pair = o.dictionaries ? pairConcepts([source.lang, target.lang], o.files) : undefined;
  const out: AbsentFacts[] = [];
  beads.forEach((bead, k) => {
    if (!isPairedBead(bead)) return;
    // The target near the bead, read once for all its source sentences (its script and numbers when
    // a sentence first asks).
    const near = windowTargets(beads, k, o.window);
    const texts = near.map((j) => target.sentences[j]!.text);
    let script: RegExp | null | undefined;
    let theirs: Array<{ value: number }> | undefined;
    for (const i of bead.src) {
      const s = source.sentences[i]!;
      if (!isContent(s) || letterCount(s.text) < o.minLetters) continue;
      script ??= mainScript(texts) ?? null;
      // Names with a word that could be reported missing (`namesNotIn` against no sentence gives them all).
      const names = namesNotIn(namesOf(source, [i]).map((n) => asName(n, pair?.source)), target, [], ratio).filter((n) => script?.test(n.raw) === true);
      const numbers = extractNumbers(s.text, s.lang && s.lang !== 'und' ? s.lang : source.lang).filter((n) => n.form === 'digits');
      if (names.length === 0 || names.length + numbers.length < o.minFacts) continue;
      const there = (theirs ??= texts.flatMap((t): Array<{ value: number }> => [...extractNumbers(t, target.lang), ...findCjkNumbers(t)]));
      if (numbers.some((n) => there.some((t) => sameNumber(t.value, n.value)))) continue;
      const missing = untranslatedNames(namesNotIn(names, target, near, ratio), [source.lang, target.lang], 'source', texts);
      if (missing.length < names.length) continue;
      out.push({ side: 'source', sentence: i, bead: k, similarity: NaN, facts: [...names.map((n) => n.raw), ...numbers.map((n) => n.raw)] });
    }
  });
  return out;
}

/** The message of an omission found here: what the other omission messages say, and why. */
export const ABSENT_FACTS_MESSAGE = 'Not in the target: 1 source sentence without counterpart; none of its names and numbers is in the target near it';

/**
 * `findings` with the `omission` of each of `absent` worded as found here (`ABSENT_FACTS_MESSAGE`),
 * its names and numbers as `expected`.
 */
export function explainAbsentFacts(findings: readonly Finding[], absent: readonly AbsentFacts[]): Finding[] {
  if (absent.length === 0) return [...findings];
  const bySentence = new Map(absent.map((a) => [`${a.bead}:${a.sentence}`, a]));
  return findings.map((f) => {
    const a = f.code === 'omission' && f.src?.length === 1 ? bySentence.get(`${f.bead}:${f.src[0]}`) : undefined;
    return a ? { ...f, message: ABSENT_FACTS_MESSAGE, expected: a.facts.join(', ') } : f;
  });
}
