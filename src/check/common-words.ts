// Capitalised common words: `The Hike starts at Brunnhólsá` capitalises `hike`, and `the Committee for
// Growth and Development` capitalises the words of a title, but neither is a name. A word the same
// document also writes in lower case is a common word, and a translation that translates it (`Gönguleiðin`)
// loses no name: the names check reports such a "missing name" as `info` only.

const LOWER_START = /^\p{Ll}/u;

/** Whether the character at `at` of `text` is a lower-case letter (`\p{Ll}`; ASCII without a regular expression). */
export function startsLowerCase(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // Two code units: a letter outside the BMP is a surrogate pair.
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(text.slice(at, at + 2));
}

/** Whether every word of `tokens` (a name's words, initials and particles aside) is among `forms` (`lowerCaseWordForms`, document-words.ts). */
export function allCommonWords(tokens: readonly { text: string; ambiguous: boolean }[], forms: ReadonlySet<string>): boolean {
  const words = tokens.filter((t) => !t.ambiguous);
  return words.length > 0 && words.every((t) => forms.has(t.text.toLowerCase()));
}

/** The note of a `name-missing` finding about capitalised common words. */
export const COMMON_WORD_NOTE = 'the source also writes this word in lower case: a common word, not a name';
