// Two spellings of a name that a scanned book's text recognition (OCR) makes of one: the same length,
// and every letter that differs is read as another of the same shape (`Willenpart` as `Wfflenpart`,
// `Aufschnaiter` as `Aufscknaiter`, `Brocherel` as `Bracherei`). That is a misreading of the print,
// not a slip of the translation, when the text is a scan (the names check asks this only of documents
// that show recognition debris, ocr-debris.ts `looksScanned`). A typing slip mostly puts another letter
// that is not of the same shape, a neighbouring key (`i`/`o`, `k`/`l`), and stays a warning.

/**
 * Letters OCR reads one for another, by shape: thin strokes, a stem with an arm, two open bowls. (`b` is
 * left out of `hk` although a scanner confuses it with `h`: a slip puts `b` for a letter as often,
 * `Dhaulagiri`/`Dbaulagiri`.)
 */
const SHAPE_GROUPS: readonly string[] = ['iltf', 'hk', 'ce', 'ao'];
const GROUP = new Map([...SHAPE_GROUPS.entries()].flatMap(([k, letters]) => [...letters].map((c) => [c, k] as const)));

/** Whether `a` and `b` differ only in letters of the same shape, position by position (see the module comment). */
export function ocrMisreading(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x.length !== y.length || x === y) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    const g = GROUP.get(x[i]!);
    if (g === undefined || g !== GROUP.get(y[i]!)) return false;
  }
  return true;
}
