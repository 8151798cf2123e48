// Line spans: the text cut at CRLF, LF, lone CR and the Unicode line/paragraph separators, each line
// trimmed; empty lines dropped. A leading BOM counts as white space, so offsets still index the input.
import { isSpace } from './chars.js';

/** One non-empty line: `[start, end)` into the input, with no surrounding white space. */
export interface LineSpan {
  start: number;
  end: number;
}

const isBreak = (code: number): boolean => code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85;

/** The non-empty, trimmed lines of `text`, in order. Linear time. */
export function lineSpans(text: string): LineSpan[] {
  const out: LineSpan[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let e = i;
    while (e < n && !isBreak(text.charCodeAt(e))) e++;
    let s = i;
    let t = e;
    while (s < t && isSpace(text[s] as string)) s++;
    while (t > s && isSpace(text[t - 1] as string)) t--;
    if (t > s) out.push({ start: s, end: t });
    i = e + (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10 ? 2 : 1);
  }
  return out;
}
