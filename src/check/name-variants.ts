// A spelling variant the translation uses throughout is its rendering of the name, not a slip:
// `Alpen` is `Alpes` in French, `Vatnajökull` is `Vatnajökli` in an Icelandic sentence, `Ozean` is
// `Océan`. A misspelling is a one-off: the variant stands once, or the target also has the source's
// own spelling elsewhere (it knew the name and slipped once).

/** Whether the target writes `actual` for `expected` consistently: at least twice, and never `expected` itself. */
export function consistentRendering(expected: string, actual: string, targetWords: readonly { text: string }[]): boolean {
  const want = expected.toLowerCase();
  const got = actual.toLowerCase();
  let count = 0;
  for (const w of targetWords) {
    const t = w.text.toLowerCase();
    if (t === want) return false;
    if (t === got) count++;
  }
  return count >= 2;
}
