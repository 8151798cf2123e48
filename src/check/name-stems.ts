// A name the translation inflects for case is not missing: Icelandic writes `Höfn` as `Hafnar` after
// `milli` (genitive, with the u-umlaut undone), Polish `Kraków` as `Krakowa`. In a target language
// whose nouns, names among them, take case endings, a name word counts as present when its stem under
// that language's stemmer (src/lexicon/stem.ts) is the stem of a word of the other side's sentences.
// The stem must keep four letters or more, so that short stems do not meet by chance.
import { stemmerFor } from '../lexicon/stem.js';
import type { NameToken } from '../text/names.js';

/** Languages that inflect names for case and have a stemmer here. */
const CASE_LANGUAGES: ReadonlySet<string> = new Set(['is', 'pl', 'cs', 'fi', 'ru', 'tr']);

/** Fewest letters of a stem that can join a name to a word. */
const MIN_STEM = 4;

/**
 * Keeps the names none of whose words (of `MIN_STEM` letters or more) has a stem, in `lang`, that a
 * word of `otherTexts` also has (see the module comment). `lang` is the target's language, the one
 * that inflects the name, for both directions: a source name against the target's words, and a
 * target name against the source's; for other languages the names are kept as they are.
 */
export function uninflectedNames<T extends { tokens: readonly NameToken[] }>(names: T[], lang: string, otherTexts: readonly string[]): T[] {
  if (names.length === 0 || !CASE_LANGUAGES.has(lang)) return names;
  const stem = stemmerFor(lang);
  const stems = new Set<string>();
  for (const [word] of otherTexts.join('\n').matchAll(/[\p{L}\p{M}]{4,}/gu)) {
    const s = stem(word.toLowerCase());
    if (s.length >= MIN_STEM) stems.add(s);
  }
  return names.filter((name) => !name.tokens.some((t) => {
    const s = stem(t.text.toLowerCase());
    return s.length >= MIN_STEM && stems.has(s);
  }));
}
