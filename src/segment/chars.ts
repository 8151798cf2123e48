// Character classes used by the boundary scanner. All lookups are O(1) on one UTF-16 code unit.

/** Sentence marks that end a sentence only when white space (or the end) follows: `! ?` and their kin. */
const SPACED_TERMINALS = new Set([
  '!', '?', '‼', '⁇', '⁈', '⁉', '؟', '۔', '।', '॥', '።', '፧', '։', '။', '᙮', '܀', '߹', '჻',
]);

/** Sentence marks of scripts written without spaces (CJK full-width forms): they end a sentence on their own. */
const UNSPACED_TERMINALS = new Set(['。', '！', '？', '｡', '︒', '﹒', '﹖', '﹗', '．']);

/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set([
  '"', "'", '”', '’', '“', '‘', '»', '›', '」', '』', ')', ']', '}', '）', '］', '｝', '〉', '》', '】', '〕', '〗', '〙', '〛', '＂', '＇',
]);

/** Opening quotes and brackets that may start a sentence. */
const OPENERS = new Set([
  '"', "'", '“', '‘', '„', '‚', '«', '‹', '「', '『', '(', '[', '{', '（', '［', '｛', '〈', '《', '【', '〔', '¿', '¡', '*', '•', '⁃', '◦', '▪', '‣', '-', '–', '—',
]);

/** Brackets of CJK text inside which a full-width mark does not end the sentence (`《摔跤吧！爸爸》`). */
const CJK_OPEN = new Set(['《', '「', '『', '（', '【', '〈', '〔']);
const CJK_CLOSE = new Set(['》', '」', '』', '）', '】', '〉', '〕']);

/** True for `! ?` and other marks that need white space after them to end a sentence. */
export const isSpacedTerminal = (c: string): boolean => SPACED_TERMINALS.has(c);
/** True for full-width and other marks that end a sentence with no space after them. */
export const isUnspacedTerminal = (c: string): boolean => UNSPACED_TERMINALS.has(c);
/** True for a closing quote or bracket. */
export const isCloser = (c: string): boolean => CLOSERS.has(c);
/** True for an opening quote, bracket or inverted mark. */
export const isOpener = (c: string): boolean => OPENERS.has(c);
/** True for a CJK closing bracket. */
export const isCjkClose = (c: string): boolean => CJK_CLOSE.has(c);

// The predicates take `text[i]` as it comes: an index before the start or past the end gives
// `undefined`, which is no character of any class (so look-behind at a line start is safe).

/** True for any white space, including no-break and ideographic spaces. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x85;
}

/** True for a decimal digit (ASCII or any script). */
export function isDigit(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  return code > 127 && /\p{Nd}/u.test(c);
}

/** True for a lower-case letter of a cased script. */
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** True for an upper-case letter of a cased script. */
export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** True for a letter of any script (cased or not). */
export function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128) return false;
  return /\p{L}/u.test(c);
}

/** Bit flags per UTF-16 code unit, so the hot loops test one typed-array cell per character. */
export const F_SPACE = 1;
/** Any sentence mark, or a character some language uses as one (`:` `;`). */
export const F_MARK = 2;
export const F_CJK_OPEN = 4;
export const F_CJK_CLOSE = 8;
/** A character that may open or close a quoted or bracketed span. */
export const F_QUOTE = 16;

/** The flags of every code unit (64 KiB). */
export const FLAGS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (isSpace(String.fromCharCode(c))) t[c]! |= F_SPACE;
  const set = (chars: Iterable<string>, flag: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)]! |= flag;
  };
  set(['.', '…', ':', ';', ...SPACED_TERMINALS, ...UNSPACED_TERMINALS], F_MARK);
  set(CJK_OPEN, F_CJK_OPEN);
  set(CJK_CLOSE, F_CJK_CLOSE);
  set(['"', "'", '“', '”', '„', '«', '»', '「', '」', '『', '』', '(', ')', '[', ']', '‘', '’', '（', '）'], F_QUOTE);
  return t;
})();
