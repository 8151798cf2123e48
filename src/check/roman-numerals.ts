// Roman numerals in running text (`camp III`, `Bd. XI`, `Gasherbrum II`): the numbers check reads
// them only as counterparts of the other side's digits (`Lager 3` / `camp III`), never as numbers of
// their own, so a word that happens to be a numeral (`MIX`, `DC`) cannot raise a finding.

const VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/** A well-formed Roman numeral from 1 to 3999, canonical form only (`IV`, not `IIII`). */
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** Value of a canonical Roman numeral, or undefined. */
export function romanValue(word: string): number | undefined {
  if (word === '' || !ROMAN.test(word)) return undefined;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = VALUE[word[i]!]!;
    const next = VALUE[word[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Upper-case Roman numerals standing as words, with their value and span. A lone `I` is left out in
 * English text (the pronoun; `lang` 'en' or unknown) but read elsewhere (`camp I`, `Lager I`), and
 * numerals inside all-capital text are left out, where they are only letters.
 */
export function findRomanNumerals(text: string, lang?: string): Array<{ value: number; start: number; end: number }> {
  if (!/\p{Ll}/u.test(text)) return [];
  const out: Array<{ value: number; start: number; end: number }> = [];
  const loneI = lang !== undefined && lang !== 'en' && lang !== 'und';
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[IVXLCDM]+(?![\p{L}\p{N}])/gu)) {
    if (m[0] === 'I' && !loneI) continue;
    const value = romanValue(m[0]);
    if (value !== undefined) out.push({ value, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
