// Letters (`\p{L}`) read by position, without a regular expression match per word: the word scanners
// of the checks stage read every word of a long document, and a match object plus a string per word
// was most of what they allocated. Each answer is exactly what `/\p{L}/u` answers for the code point.

const LETTER_RE = /^\p{L}$/u;

/** Per BMP code unit: 0 not yet asked, 1 a letter, 2 not a letter (filled on first use). */
const bmp = new Uint8Array(0x10000);

/**
 * The code units of the letter that starts at `i` of `text`: 1, 2 (a letter outside the BMP, a
 * surrogate pair), or 0 when no letter starts there (also past the end, and on a lone surrogate).
 */
export function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (!(c >= 128)) return 0; // past the end (NaN)
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && LETTER_RE.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let known = bmp[c]!;
  if (known === 0) bmp[c] = known = LETTER_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Where the letters that start at `i` end (`i` itself when no letter starts there). */
export function lettersEnd(text: string, i: number): number {
  for (let w = letterWidth(text, i); w > 0; w = letterWidth(text, i)) i += w;
  return i;
}

/**
 * The spans of `/\p{L}+(?:-\p{L}+)*` `/gu` matches in `text` (`twenty-one`, `quatre-vingt-dix`), as
 * start, end, start, end… in `out` (cleared first), in text order.
 */
export function hyphenWordSpans(text: string, out: number[]): number[] {
  out.length = 0;
  for (let i = 0; i < text.length; ) {
    if (letterWidth(text, i) === 0) {
      i++;
      continue;
    }
    let end = lettersEnd(text, i);
    // A hyphen joins two letter runs; any other hyphen ends the word.
    while (text.charCodeAt(end) === 45 && letterWidth(text, end + 1) > 0) end = lettersEnd(text, end + 1);
    out.push(i, end);
    i = end;
  }
  return out;
}
