// A name whose ending the translation changes throughout is its rendering of the name, not a slip:
// `Alpen` is `Alpes` in French, `Vatnajökull` is `Vatnajökli` in an Icelandic sentence. A misspelling
// is a one-off: the variant stands once, or the target also has the source's own spelling elsewhere
// (it knew the name and slipped once). A difference inside the word (`Hossein`/`Hussein`,
// `Amir-Abdollahian`/`Amir-Abdullahian`) is a transliteration choice a reviewer should see, however
// consistent.

/** Length of the common prefix of two strings. */
const commonPrefix = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Whether the target writes `actual` for `expected` as a consistent change of ending: the two differ
 * in their last three letters at most, and the target has `actual` at least twice and never `expected`
 * (`targetCounts`: how often the target writes each word, by lower-cased form, `wordFormCounts`).
 */
export function consistentRendering(expected: string, actual: string, targetCounts: ReadonlyMap<string, number>): boolean {
  const want = expected.toLowerCase();
  const got = actual.toLowerCase();
  if (commonPrefix(want, got) < Math.min(want.length, got.length) - 3) return false;
  return !targetCounts.has(want) && (targetCounts.get(got) ?? 0) >= 2;
}
