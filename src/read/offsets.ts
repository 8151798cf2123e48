// Plain text built block by block, each character remembering where it came from in the original
// file, and the way back from a plain-text range to an original range.
import type { Article } from './types.js';

/** The characters of JavaScript's `\s` (checked by code, not by a regular expression per character). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Builds the plain text of an article: characters are added with their original offsets, runs of
 * white space collapse to one space, blocks are trimmed and separated by a blank line.
 */
export class PlainTextBuilder {
  private readonly chars: string[] = [];
  private readonly offsets: number[] = [];
  /** Original offset of a pending run of white space inside the current block, or -1. */
  private space = -1;
  private blockOpen = false;

  /** Adds `text`, whose character `i` stands at `offsetOf(i)` in the original. */
  add(text: string, offsetOf: (i: number) => number): void {
    // Runs of non-space characters are copied as one slice; offsets are kept per character.
    let run = -1;
    const flush = (end: number) => {
      if (run >= 0) this.chars.push(text.slice(run, end));
      run = -1;
    };
    for (let i = 0; i < text.length; i++) {
      if (isSpace(text.charCodeAt(i))) {
        flush(i);
        if (this.blockOpen && this.space < 0) this.space = offsetOf(i);
        continue;
      }
      const at = offsetOf(i);
      if (!this.blockOpen) {
        if (this.offsets.length > 0) this.push('\n\n', at);
        this.blockOpen = true;
      } else if (this.space >= 0) {
        this.push(' ', this.space);
      }
      this.space = -1;
      if (run < 0) run = i;
      this.offsets.push(at);
    }
    flush(text.length);
  }

  /** Ends the current block (a paragraph, heading, list item…); the next text starts a new one. */
  breakBlock(): void {
    this.blockOpen = false;
    this.space = -1;
  }

  finish(): { text: string; offsets: Int32Array } {
    return { text: this.chars.join(''), offsets: Int32Array.from(this.offsets) };
  }

  private push(s: string, at: number): void {
    this.chars.push(s);
    for (let k = 0; k < s.length; k++) this.offsets.push(at);
  }
}

const ENTITY = /&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/y;

/**
 * Where each character of `decoded` (a parser's text node value) stands in `raw` (the same node's
 * source, starting at `rawStart`): character references (`&amp;`, `&#233;`) and escapes (`\*`) are
 * matched to their first source character, everything else to the next equal source character.
 * Monotone, and always inside the node's source.
 */
export function decodedOffsets(decoded: string, raw: string, rawStart: number): (i: number) => number {
  const out = new Int32Array(decoded.length);
  let j = 0;
  for (let i = 0; i < decoded.length; i++) {
    ENTITY.lastIndex = j;
    const entity = raw.charCodeAt(j) === 0x26 /* & */ ? ENTITY.exec(raw) : null;
    if (entity) {
      out[i] = rawStart + j;
      // A reference to an astral character decodes to two code units: both point at the reference.
      const c = decoded.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < decoded.length) out[++i] = rawStart + j;
      j += entity[0].length;
      continue;
    }
    const limit = Math.min(raw.length, j + 16);
    const code = decoded.charCodeAt(i);
    let k = j;
    while (k < limit && raw.charCodeAt(k) !== code) k++;
    if (k < limit) {
      out[i] = rawStart + k;
      j = k + 1;
    } else {
      out[i] = rawStart + Math.min(j, Math.max(0, raw.length - 1));
    }
  }
  return (i) => out[i] as number;
}

/**
 * The range of the original file that the plain-text range `[start, end)` of `article` came from.
 * It covers every source character of the range (markup inside it included), so
 * `original.slice(...originalRange(article, s.start, s.end))` contains the sentence's words.
 */
export function originalRange(article: Pick<Article, 'offsets'>, start: number, end: number): [number, number] {
  const map = article.offsets;
  if (map === null) return [start, end];
  if (map.length === 0) return [0, 0];
  const from = map[Math.min(start, map.length - 1)] as number;
  if (end <= start) return [from, from];
  return [from, (map[Math.min(end, map.length) - 1] as number) + 1];
}
