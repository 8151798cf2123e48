// Compound splitting for languages that write compounds as one word (German `Gipfeltreffen` =
// `Gipfel` + `Treffen`, Icelandic `jökulvatn` = `jökul` + `vatn`). Dictionaries hold few compounds
// and texts coin new ones, so a word the lexicon does not know is split into parts it does know.
// The last part (the compound's head) is looked up as any word is (forms, stems, extra endings:
// `Vatnajökli` ends in a dative); the parts before it only as written, or without a linking element
// (`Verbindung-s-offizier`, `Höhe-n-zahl`): a stem-only match there (`Expedit|ionen`) is a word cut
// in the middle, not a compound.

/** Languages whose words are split, with the linking elements a part before the head may end in. */
export const LINKING_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  de: ['s', 'es', 'n', 'en', 'e', 'er'],
  is: ['s', 'a', 'ar', 'u'],
};

/** Fewest letters of the last part: shorter pieces (`ion`, `ung`) are endings, not words. */
export const MIN_PART = 4;

/** Fewest letters of a part before the last (`Tal|seite`, `Süd|grat`); such parts must match as written. */
export const MIN_HEAD = 3;

/** Most parts a word is split into (`Expedition-s-leiter-stellvertreter` is three splits; two are plenty). */
export const MAX_PARTS = 3;

/**
 * Splits `word` into at most `maxParts` parts for which `known` holds (`last`: the part is the
 * word's last; it has at least `MIN_PART` letters, the others `MIN_HEAD`), or returns `undefined`
 * when there is no such split. Of several splits, the one with the fewest parts wins, then the one
 * with the longest last part (the head of a German or Icelandic compound: `Gipfel|mannschaft`
 * rather than `Gipfelmann|schaft`, `Süd|seite` rather than `Süds|eite`), then the one whose
 * shortest part is longest.
 */
export function splitCompound(word: string, known: (part: string, last: boolean) => boolean, maxParts = MAX_PARTS): readonly string[] | undefined {
  let best: string[] | undefined;
  let bestMin = 0;
  for (let cut = MIN_HEAD; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(0, cut);
    if (!known(head, false)) continue;
    const rest = word.slice(cut);
    const tail = known(rest, true) ? [rest] : maxParts > 2 ? splitCompound(rest, known, maxParts - 1) : undefined;
    if (!tail) continue;
    const parts = [head, ...tail];
    const min = Math.min(...parts.map((p) => p.length));
    const lastLength = parts[parts.length - 1].length;
    const bestLast = best ? best[best.length - 1].length : 0;
    if (
      !best ||
      parts.length < best.length ||
      (parts.length === best.length && lastLength > bestLast) ||
      (parts.length === best.length && lastLength === bestLast && min > bestMin)
    ) {
      best = parts;
      bestMin = min;
    }
  }
  return best;
}
