// Looking at the word before a period and the word after a boundary candidate. Both look-ups are bounded
// (MAX_TOKEN characters), which keeps the scanner linear on pathological input.
import { isDigit, isLetter, isOpener, isSpace, isUpper } from './chars.js';
import type { LanguageRules } from './rules.js';
import { isLinkToken, readUrl, type UrlSpan } from '../text/links.js';

const MAX_TOKEN = 48;

/** Scratch span for `readUrl`. */
const urlSpan: UrlSpan = { start: 0, hostEnd: 0, end: 0 };

/** What the word before a period is. */
export type TokenShape = 'prepositive' | 'numericAbbr' | 'abbreviation' | 'time' | 'initial' | 'number' | 'listMarker' | 'url' | 'shortCapital' | 'word';

/** The first significant character after `pos` (past white space, dashes and opening quotes), the word there
 * lower-cased, and whether a list or a link starts there (`a. `, `1) `, `https://…`). */
export function nextWord(text: string, pos: number, to: number): { first: string; lower: string; listStart: boolean } {
  let k = pos;
  const limit = Math.min(to, pos + MAX_TOKEN);
  while (k < limit && (isSpace(text[k] as string) || isOpener(text[k] as string))) k++;
  if (k >= to) return { first: '', lower: '', listStart: false };
  let e = k;
  while (e < limit && (isLetter(text[e] as string) || text[e] === "'" || text[e] === '’')) e++;
  const lower = text.slice(k, e).toLowerCase();
  const after = text[k + 1];
  const listStart = (lower === 'a' || text[k] === '1') && (after === '.' || after === ')') && (text[k + 2] === ' ' || (text[k + 2] === ')' && text[k + 3] === ' '));
  // A link that follows a sentence mark starts a new sentence even in lower case (`… pueblos. pic.twitter.com/x`).
  return { first: text[k] as string, lower, listStart: listStart || readUrl(text.slice(k, limit), 0, urlSpan) };
}

/** Classifies the word that ends at the period at `dot`; `sentStart` is where the current sentence began. */
export function classifyToken(text: string, dot: number, sentStart: number, rules: LanguageRules): TokenShape {
  let s = dot;
  const limit = Math.max(sentStart, dot - MAX_TOKEN);
  while (s > limit && !isSpace(text[s - 1] as string)) s--;
  while (s < dot && isOpener(text[s] as string)) s++;
  let tok = text.slice(s, dot);
  const elision = Math.max(tok.lastIndexOf("'"), tok.lastIndexOf('’'));
  if (elision >= 0 && elision < tok.length - 1) tok = tok.slice(elision + 1); // l'Ing. → Ing
  if (tok === '') return 'word';
  const low = tok.toLowerCase();
  if (rules.prepositive.has(low)) return 'prepositive';
  if (rules.numeric.has(low)) return 'numericAbbr';
  if (isLinkToken(tok) && !isDottedAbbreviation(tok)) return 'url';
  const atStart = isFirstToken(text, s, sentStart);
  if (atStart && /^(?:\d{1,3}|[ivxlc]{1,5}|[a-z])$/i.test(tok)) return 'listMarker';
  if (low === 'a.m' || low === 'p.m') return 'time';
  if (rules.other.has(low) || isDottedAbbreviation(tok)) return 'abbreviation';
  if (tok.length === 1 && isLetter(tok)) return 'initial';
  if (isDigit(tok[tok.length - 1] as string) && /^\d+$/.test(tok)) return 'number';
  if (tok.length <= 4 && isUpper(tok[0] as string) && !/[aeiouy]/i.test(tok) && /^\p{L}+$/u.test(tok)) return 'abbreviation';
  if (/^(\p{Lu})\1$/u.test(tok)) return 'abbreviation'; // Spanish plural initials: EE. UU., FF. AA.
  if (tok.length <= 4 && isUpper(tok[0] as string) && /^\p{L}+$/u.test(tok)) return 'shortCapital';
  return 'word';
}

/** `U.S`, `e.g`, `Ph.D`, `a.m`: letters in groups of at most three, joined by periods. */
function isDottedAbbreviation(tok: string): boolean {
  return /^(?:\p{L}{1,3}\.)+\p{L}{1,3}\.?$/u.test(tok);
}

/** True when only list bullets or opening quotes stand between `sentStart` and `s`. */
function isFirstToken(text: string, s: number, sentStart: number): boolean {
  if (s - sentStart > MAX_TOKEN) return false;
  for (let k = sentStart; k < s; k++) {
    const ch = text[k] as string;
    if (!isSpace(ch) && !isOpener(ch)) return false;
  }
  return true;
}
