// Letters (`\p{L}`) read by position, without a regular expression match per word: the word scanners
// of the checks stage read every word of a long document, and a match object plus a string per word
// was most of what they allocated. Each answer is exactly what `/\p{L}/u` answers for the code point.

const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;

/** Class bits of a code point: what `classOf` returns. */
const KNOWN = 1, LETTER = 2, MARK = 4;

/** Per BMP code unit: its class bits, 0 when not yet asked (filled on first use). */
const bmp = new Uint8Array(0x10000);

const bitsOf = (ch: string) => KNOWN | (LETTER_RE.test(ch) ? LETTER : 0) | (MARK_RE.test(ch) ? MARK : 0);

/** The code units of the code point at `i` (1 or 2) times 8, plus its class bits; 0 past the end. */
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return 8 | ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? KNOWN | LETTER : KNOWN);
  if (!(c >= 128)) return 0; // past the end (NaN)
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return 16 | bitsOf(String.fromCodePoint(cp));
  }
  let known = bmp[c]!;
  if (known === 0) bmp[c] = known = bitsOf(String.fromCharCode(c));
  return 8 | known;
}

/**
 * The code units of the letter that starts at `i` of `text`: 1, 2 (a letter outside the BMP, a
 * surrogate pair), or 0 when no letter starts there (also past the end, and on a lone surrogate).
 */
export function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const k = classOf(text, i);
  return k & LETTER ? k >> 3 : 0;
}

/** As `letterWidth`, for a letter or a combining mark (`[\p{L}\p{M}]`). */
export function letterOrMarkWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const k = classOf(text, i);
  return k & (LETTER | MARK) ? k >> 3 : 0;
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
