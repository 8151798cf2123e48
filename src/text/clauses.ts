// Sentences that are pieces of a longer one: the segmenter cuts at colons and semicolons and at line
// breaks, and a translation joins or splits sentences there differently than its source.
import { abbreviationsFor } from '../segment/abbreviations.js';
import { primaryLang } from './language-tag.js';

/** A sentence that starts with a lower-case letter (quotes and brackets aside): it goes on from the one before. */
export const followsOn = (text: string): boolean => /^[^\p{L}\p{N}]*\p{Ll}/u.test(text);

/** A short clause (ten words at most) that ends in a colon or semicolon: it goes on in the next sentence. */
export const leadsOn = (text: string): boolean => /[:;]\s*$/u.test(text) && text.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 10;

/**
 * A sentence that ends in a title that stands before a name (`… de liaison , capt .`, `… Prof.`; the
 * segmenter's prepositive abbreviations of `lang`, which never end a sentence): a line break cut it from
 * the name and the rest of its sentence. A word after a number is a unit (`8000 m .`), not a title.
 */
export function endsInTitle(text: string, lang: string): boolean {
  const m = /(?:^|[\s(«"“'’])([\p{L}]+)\s?\.\s*$/u.exec(text);
  if (!m || !abbreviationsFor(primaryLang(lang)).prepositive.has(m[1]!.toLowerCase())) return false;
  return !/\d\s*$/u.test(text.slice(0, m.index + m[0].indexOf(m[1]!)));
}
