// What every dictionary format is read into: headwords with their translations, plus the cleaning
// of one translation line into separate terms (senses, parentheses, grammar tags dropped).

/** One headword and its translations (terms of one to a few words, as written). */
export interface DictionaryEntry {
  readonly head: string;
  readonly translations: readonly string[];
}

/** A dictionary read from disk: its entries and what is known of its languages. */
export interface Dictionary {
  /** The file it was read from (the `.index` file of a dictd pair). */
  readonly path: string;
  /** Languages from the file name or the TEI header (`freedict-eng-ind` → `['en', 'id']`), when known. */
  readonly languages?: readonly [string, string];
  readonly entries: readonly DictionaryEntry[];
}

/** Terms longer than this many words are glosses (explanations), not translations. */
export const MAX_TERM_WORDS = 3;
const MAX_TERM_CHARS = 40;

/**
 * Splits one translation line into terms: drops sense numbers (`1.`, `II.`), grammar tags (`<n>`),
 * parentheses and brackets, a leading `to ` (English infinitives), and keeps terms of at most
 * {@link MAX_TERM_WORDS} words without digits.
 */
export function splitTerms(line: string): string[] {
  const cleaned = line
    .replace(/<[^>]*>/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ')
    .replace(/(?:^|\s)(?:[IVX]+|\d+)\.(?=\s|$)/g, ' ');
  const out: string[] = [];
  for (const raw of cleaned.split(/[,;/]/)) {
    let t = raw.replace(/[.!?…"“”„«»]+/g, ' ').replace(/\s+/g, ' ').trim();
    t = t.replace(/^(?:to|a|an|the) (?=\S)/i, '');
    if (t.length < 2 || t.length > MAX_TERM_CHARS || /\d/.test(t) || t.split(' ').length > MAX_TERM_WORDS) continue;
    out.push(t);
  }
  return out;
}
