// The boundary scanner: one left-to-right pass over a line, deciding at each cluster of sentence marks
// (`.`, `?!`, `…`, `。`, `?»`) whether a sentence ends there. Linear: every look-back or look-ahead is
// bounded by a constant, and there is no recursion and no regex over the whole text.
import { F_CJK_CLOSE, F_CJK_OPEN, F_MARK, F_SPACE, FLAGS, isCjkClose, isDigit, isLower, isSpace, isUpper } from './chars.js';
import { readCluster, type Cluster } from './cluster.js';
import { listMarkerAt, startsWithMarker, type ListMarker } from './lists.js';
import { quoteSpans, type QuoteSpan } from './quotes.js';
import type { LanguageRules } from './rules.js';
import { classifyToken, nextWord } from './tokens.js';

/** True when the period cluster at `i` (inside a word, no space after) still ends a sentence: `world.Today`. */
function glued(text: string, i: number, cl: Cluster, to: number): boolean {
  if (cl.dots !== 1 || cl.closers > 0 || cl.end + 1 >= to) return false;
  const prev = text[i - 1] as string;
  if (!isLower(prev) && !isDigit(prev)) return false;
  if (isDigit(prev) && (i < 3 || !isDigit(text[i - 3] as string)) && !/[\d,]/.test(text[i - 2] ?? ' ')) return false; // `1.Helado`: a list
  if (!isUpper(text[cl.end] as string) || !isLower(text[cl.end + 1] as string)) return false;
  for (let k = i - 1, n = 0; k >= 0 && n < 48 && !isSpace(text[k] as string); k--, n++) {
    const ch = text[k] as string;
    if (ch === '/' || ch === '@' || ch === ':' || ch === '.' || isUpper(ch)) return false;
  }
  return true;
}

/** True when the cluster `[i, cl.end)` ends a sentence. */
function endsSentence(text: string, i: number, cl: Cluster, to: number, sentStart: number, rules: LanguageRules, quote: QuoteSpan | undefined): boolean {
  if (cl.end >= to) return true;
  if (i > sentStart && (text[i - 1] === '[' || text[i - 1] === '(')) return false;
  if (cl.unspaced) return true;
  if (!isSpace(text[cl.end] as string)) return glued(text, i, cl, to);
  const next = nextWord(text, cl.end, to);
  const first = next.first;
  if (first === '') return true;
  if (quote) return quote.single ? isUpper(text[cl.end + 1] as string) : !isLower(first);
  if (next.listStart) return true;
  if (cl.strong && cl.dots === 0) return !isLower(first);
  if (cl.spacedEllipsis) return cl.dots >= 4 && !isLower(first);
  if (cl.ellipsis || cl.dots >= 2) return isUpper(first);
  if (cl.strong) return !isLower(first);
  if (isLower(first)) return false;
  const starter = rules.starters.has(next.lower);
  switch (classifyToken(text, i, sentStart, rules)) {
    case 'prepositive':
    case 'listMarker':
      return false;
    case 'numericAbbr':
      return !isDigit(first) && starter;
    case 'time':
      return isUpper(first);
    case 'initial':
    case 'abbreviation':
      return starter || cl.closers > 0;
    case 'number':
      // In languages that write ordinals with a period (`12. Juni`, `1. -3. Jahrhundert`).
      return !rules.ordinalFollowers.has(next.lower) && !(rules.ordinalFollowers.size > 0 && isDigit(first));
    case 'shortCapital':
      return !isDigit(first);
    default:
      return true;
  }
}

/**
 * Splits the line `text.slice(from, to)` (already trimmed) into sentences and appends their spans to `out`
 * as flat `[start, end, start, end, …]` pairs; each span has no surrounding white space.
 */
export function scanLine(text: string, from: number, to: number, rules: LanguageRules, out: number[]): void {
  const quotes = quoteSpans(text, from, to);
  let q = 0;
  let sentStart = from;
  let list: ListMarker | undefined = listMarkerAt(text, from, to);
  let cjkDepth = 0;
  let i = from;
  while (i < to) {
    const flags = FLAGS[text.charCodeAt(i)] as number;
    if ((flags & (F_SPACE | F_MARK | F_CJK_OPEN | F_CJK_CLOSE)) === 0) {
      i++;
      continue;
    }
    const c = text[i] as string;
    if (list && (flags & F_SPACE) !== 0 && i > sentStart + list.length && startsWithMarker(text, i + 1, to, list.next)) {
      pushTrimmed(text, sentStart, i, out);
      sentStart = i + 1;
      list = listMarkerAt(text, sentStart, to);
      i++;
      continue;
    }
    if ((flags & F_CJK_OPEN) !== 0) cjkDepth++;
    else if ((flags & F_CJK_CLOSE) !== 0 && cjkDepth > 0) cjkDepth--;
    const mark = (flags & F_MARK) !== 0 && ((c !== ':' && c !== ';') || rules.terminals.has(c));
    if (!mark) {
      i++;
      continue;
    }
    const cl = readCluster(text, i, to, rules);
    while (q < quotes.length && (quotes[q] as QuoteSpan).close < i) q++;
    const span = quotes[q];
    const inside = span !== undefined && span.open < i && i < span.close;
    const closesQuote = inside && cl.end > span.close;
    let ends: boolean;
    if (inside && !closesQuote) ends = false;
    else if (cl.unspaced && cjkDepth > 0) ends = false;
    else ends = endsSentence(text, i, cl, to, sentStart, rules, closesQuote ? span : undefined);
    for (let k = i + 1; k < cl.end; k++) if (isCjkClose(text[k] as string) && cjkDepth > 0) cjkDepth--;
    if (ends) {
      pushTrimmed(text, sentStart, cl.end, out);
      let k = cl.end;
      while (k < to && isSpace(text[k] as string)) k++;
      sentStart = k;
      list = listMarkerAt(text, sentStart, to);
    }
    i = cl.end > i ? cl.end : i + 1;
  }
  if (sentStart < to) pushTrimmed(text, sentStart, to, out);
}

function pushTrimmed(text: string, s: number, e: number, out: number[]): void {
  while (s < e && isSpace(text[s] as string)) s++;
  while (e > s && isSpace(text[e - 1] as string)) e--;
  if (e > s) out.push(s, e);
}
