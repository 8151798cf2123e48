// The boundary scanner: one left-to-right pass over a line, deciding at each cluster of sentence marks
// (`.`, `?!`, `…`, `。`, `?»`) whether a sentence ends there. Linear: every look-back or look-ahead is
// bounded by a constant, and there is no recursion and no regex over the whole text.
import {
  isCjkClose, isCjkOpen, isCloser, isDigit, isLetter, isLower, isSpace, isSpacedTerminal, isUnspacedTerminal, isUpper,
} from './chars.js';
import type { LanguageRules } from './rules.js';
import { classifyToken, nextWord, type TokenShape } from './tokens.js';

/** What a cluster of sentence marks is made of. */
interface Cluster {
  end: number;
  dots: number;
  strong: boolean;
  unspaced: boolean;
  ellipsis: boolean;
  spacedEllipsis: boolean;
  closers: number;
}

function readCluster(text: string, i: number, to: number, rules: LanguageRules): Cluster {
  const cl: Cluster = { end: i, dots: 0, strong: false, unspaced: false, ellipsis: false, spacedEllipsis: false, closers: 0 };
  let j = i;
  while (j < to) {
    const ch = text[j] as string;
    if (ch === '.') cl.dots++;
    else if (ch === '…') cl.ellipsis = true;
    else if (isSpacedTerminal(ch) || rules.terminals.has(ch)) cl.strong = true;
    else if (isUnspacedTerminal(ch)) cl.unspaced = true;
    else if (isCloser(ch)) cl.closers++;
    else if (ch === ' ' && cl.dots > 0 && cl.closers === 0 && text[j + 1] === '.' && !cl.strong) cl.spacedEllipsis = true;
    else break;
    j++;
  }
  cl.end = j;
  return cl;
}

/** True when the cluster `[i, cl.end)` ends a sentence. `sentStart` is where the current sentence began. */
function endsSentence(text: string, i: number, cl: Cluster, to: number, sentStart: number, rules: LanguageRules, cjkDepth: number): boolean {
  if (cl.end >= to) return true;
  if (cl.unspaced) return cjkDepth === 0;
  if (!isSpace(text[cl.end] as string)) return false;
  const next = nextWord(text, cl.end, to);
  const first = next.first;
  if (first === '') return true;
  if (cl.strong && cl.dots === 0) return !isLower(first);
  if (cl.spacedEllipsis) return cl.dots >= 4 && !isLower(first);
  if (cl.ellipsis || cl.dots >= 2) return isUpper(first) || (!isLower(first) && !isDigit(first) && isLetter(first));
  if (cl.strong) return !isLower(first);
  if (isLower(first)) return false;
  const shape: TokenShape = classifyToken(text, i, sentStart, rules);
  const starter = rules.starters.has(next.lower);
  switch (shape) {
    case 'prepositive':
    case 'listMarker':
      return false;
    case 'numericAbbr':
      return !isDigit(first) && starter;
    case 'initial':
    case 'abbreviation':
      return starter && cl.closers === 0 ? true : cl.closers > 0;
    case 'number':
      return !rules.ordinalFollowers.has(next.lower);
    default:
      return true;
  }
}

/**
 * Splits the line `text.slice(from, to)` (already trimmed) into sentences and appends their spans to `out`
 * as flat `[start, end, start, end, …]` pairs; each span has no surrounding white space.
 */
export function scanLine(text: string, from: number, to: number, rules: LanguageRules, out: number[]): void {
  let sentStart = from;
  let cjkDepth = 0;
  let i = from;
  while (i < to) {
    const c = text[i] as string;
    if (isCjkOpen(c)) cjkDepth++;
    else if (isCjkClose(c) && cjkDepth > 0) cjkDepth--;
    const mark = c === '.' || c === '…' || isSpacedTerminal(c) || isUnspacedTerminal(c) || rules.terminals.has(c);
    if (!mark) {
      i++;
      continue;
    }
    const cl = readCluster(text, i, to, rules);
    if (cl.unspaced) {
      for (let k = i; k < cl.end; k++) if (isCjkClose(text[k] as string) && cjkDepth > 0) cjkDepth--;
    }
    if (endsSentence(text, i, cl, to, sentStart, rules, cjkDepth)) {
      pushTrimmed(text, sentStart, cl.end, out);
      let k = cl.end;
      while (k < to && isSpace(text[k] as string)) k++;
      sentStart = k;
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

