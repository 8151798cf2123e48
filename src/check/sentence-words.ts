// The words of a sentence as the names check lists them (`wordsOf`): every match of
// `/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu`, without a possessive `'s`, and a hyphenated word also by its
// parts (`Tehran-Caracas` gives `Tehran-Caracas`, `Tehran` and `Caracas`). They are read by position
// (`letters.ts`), without a match object or a string per word: the document-wide questions (which
// words a side writes in lower case, how often it writes a word) read every word of a long document.
import { letterOrMarkWidth } from '../text/letters.js';

/**
 * Calls `visit(start, end, rangeEnd)` for each word of `text`, in text order: `text.slice(start, end)`
 * is the word (a possessive `'s` left out), `rangeEnd` where its match ends (after the `'s`); each
 * non-empty part of a hyphenated word follows its word, with `rangeEnd === end`.
 */
export function eachSentenceWord(text: string, visit: (start: number, end: number, rangeEnd: number) => void): void {
  for (let i = 0; i < text.length; ) {
    const first = letterOrMarkWidth(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const start = i;
    let rangeEnd = i + first;
    let hyphen = false;
    for (;;) {
      const c = text.charCodeAt(rangeEnd);
      if (c === 39 || c === 0x2019) rangeEnd++;
      else if (c === 45) {
        hyphen = true;
        rangeEnd++;
      } else {
        const w = letterOrMarkWidth(text, rangeEnd);
        if (w === 0) break;
        rangeEnd += w;
      }
    }
    i = rangeEnd;
    // `/['’]s$/i`: the word starts with a letter or mark, so an `'s` ending leaves at least one character.
    const last = text.charCodeAt(rangeEnd - 1);
    const beforeLast = text.charCodeAt(rangeEnd - 2);
    const end = (last === 115 || last === 83) && (beforeLast === 39 || beforeLast === 0x2019) && rangeEnd - start >= 3 ? rangeEnd - 2 : rangeEnd;
    visit(start, end, rangeEnd);
    if (!hyphen) continue;
    for (let p = start; p <= end; ) {
      let q = p;
      while (q < end && text.charCodeAt(q) !== 45) q++;
      if (q > p) visit(p, q, q);
      p = q + 1;
    }
  }
}

/** The words of one sentence's text, as `eachSentenceWord` visits them, with their text. */
export function sentenceWords(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  eachSentenceWord(text, (start, end, rangeEnd) => out.push({ text: text.slice(start, end), start, end: rangeEnd }));
  return out;
}
