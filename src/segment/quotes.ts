// Quoted and bracketed spans of a line. Sentence marks inside them do not end a sentence; a mark that
// touches the closing quote may. One pass with a stack (brackets) and sequential pairing (straight quotes):
// linear in the line's length.
import { F_QUOTE, FLAGS, isLetter, isSpace } from './chars.js';

/** Protected spans longer than this are ignored (an unbalanced quote must not swallow a paragraph). */
const MAX_SPAN = 600;

const PAIRS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '「': '」', '『': '』', '(': ')', '[': ']', '‘': '’', '（': '）' };

/** A quoted span: `open` and `close` are the positions of the quote marks; `single` for `'…'` and `‘…’`. */
export interface QuoteSpan {
  open: number;
  close: number;
  single: boolean;
}

/** Top-level quoted or bracketed spans in `text.slice(from, to)`, sorted, not overlapping. */
export function quoteSpans(text: string, from: number, to: number): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  const stack: { ch: string; pos: number }[] = [];
  let straight = -1;
  let apostrophe = -1;
  for (let i = from; i < to; i++) {
    if (((FLAGS[text.charCodeAt(i)] as number) & F_QUOTE) === 0) continue;
    const c = text[i] as string;
    if (c === '"') {
      if (straight < 0) straight = i;
      else {
        found.push({ open: straight, close: i, single: false });
        straight = -1;
      }
      continue;
    }
    if (c === "'") {
      const before = i > from ? (text[i - 1] as string) : ' ';
      const after = i + 1 < to ? (text[i + 1] as string) : ' ';
      if (apostrophe < 0 && (isSpace(before) || before === '(' || before === '"') && !isSpace(after)) apostrophe = i;
      else if (apostrophe >= 0 && !isSpace(before) && !isLetter(after)) {
        found.push({ open: apostrophe, close: i, single: true });
        apostrophe = -1;
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && PAIRS[top.ch] === c) {
      stack.pop();
      found.push({ open: top.pos, close: i, single: top.ch === '‘' });
      continue;
    }
    if (PAIRS[c] !== undefined) {
      if (stack.length > 64) stack.shift();
      stack.push({ ch: c, pos: i });
    } else if (c === ')' || c === ']' || c === '”' || c === '»') {
      // A closer with no matching opener on top: drop openers until one matches, else ignore it.
      let k = stack.length - 1;
      while (k >= 0 && PAIRS[(stack[k] as { ch: string }).ch] !== c) k--;
      if (k >= 0) {
        const open = stack[k] as { ch: string; pos: number };
        stack.length = k;
        found.push({ open: open.pos, close: i, single: false });
      }
    }
  }
  found.sort((a, b) => a.open - b.open || b.close - a.close);
  const out: QuoteSpan[] = [];
  let end = -1;
  for (const s of found) {
    if (s.open > end && s.close - s.open <= MAX_SPAN) {
      out.push(s);
      end = s.close;
    }
  }
  return out;
}
