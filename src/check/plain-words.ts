// The plain words of a sentence (no hyphen, no possessive `'s`), lower-cased, as a membership test:
// the names check asks whether a name word is written as it is in the sentences of the other side.
// A sentence of ASCII text is searched in place (its lower-cased text, one string) instead of being
// split into a set of words: a long document's sentences are each asked about a handful of words,
// and a string per word was a large share of what the checks stage allocated.

/** Answers `has(word)` for a word in lower case. */
export interface PlainWords {
  has(lowerWord: string): boolean;
}

const PLAIN_WORD_RE = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/** The plain path: every word of `text` matching `PLAIN_WORD_RE`, without a hyphen or possessive, lower-cased. */
export function plainWordSet(text: string): Set<string> {
  const out = new Set<string>();
  PLAIN_WORD_RE.lastIndex = 0;
  for (let m = PLAIN_WORD_RE.exec(text); m; m = PLAIN_WORD_RE.exec(text)) {
    const w = m[0];
    if (!w.includes('-') && !/['’]s$/i.test(w)) out.add(w.toLowerCase());
  }
  return out;
}

/** The plain words of `text` (`plainWordSet`'s members), searched in place when `text` is ASCII. */
export function plainWords(text: string): PlainWords {
  return NON_ASCII.test(text) ? plainWordSet(text) : new AsciiWords(text);
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** In ASCII text `PLAIN_WORD_RE` is `[A-Za-z][A-Za-z'-]*`. */
const isWordChar = (c: number) => isAsciiLetter(c) || c === 39 || c === 45;

class AsciiWords implements PlainWords {
  private readonly lower: string;
  constructor(private readonly text: string) {
    this.lower = text.toLowerCase(); // ASCII: the same length, character for character
  }

  has(q: string): boolean {
    const n = q.length;
    if (n === 0) return false;
    // A plain word of ASCII text is ASCII, holds no hyphen and does not end in `'s`.
    for (let k = 0; k < n; k++) {
      const c = q.charCodeAt(k);
      if (c >= 128 || c === 45) return false;
    }
    if (n >= 2 && q[n - 1] === 's' && q[n - 2] === "'") return false;
    for (let p = this.lower.indexOf(q); p >= 0; p = this.lower.indexOf(q, p + 1)) {
      if (this.wordStartsAt(p) && this.wordEnd(p) === p + n) return true;
    }
    return false;
  }

  /** Whether a word starts at `p`: a letter there, and no letter in the run of word characters right before it. */
  private wordStartsAt(p: number): boolean {
    if (!isAsciiLetter(this.text.charCodeAt(p))) return false;
    for (let j = p - 1; j >= 0; j--) {
      const c = this.text.charCodeAt(j);
      if (!isWordChar(c)) return true;
      if (isAsciiLetter(c)) return false;
    }
    return true;
  }

  /** Where the word that starts at `p` ends. */
  private wordEnd(p: number): number {
    let j = p;
    while (j < this.text.length && isWordChar(this.text.charCodeAt(j))) j++;
    return j;
  }
}
