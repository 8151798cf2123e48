// Turns one (transliterated) text into a hashed, signed bag of weighted features, added into a
// vector. One pass over the characters, no regex, no allocation per token: buffers are reused.
import { FNV_OFFSET, FNV_PRIME, KIND, fmix32, fnvStep } from './hash.js';
import { NumberReading, readNumber } from './numbers.js';
import type { ConceptResolver } from '../../lexicon/resolve.js';
import type { ResolvedLexicalOptions } from './options.js';
import { isStopword } from './stopwords.js';
import { type UrlSpan, readUrl } from '../../text/links.js';
import type { WordCache } from './word-cache.js';

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiAlpha = (c: number): boolean => ((c | 32) - 97) >>> 0 < 26;
export const isDigit = (c: number): boolean => c - 48 >>> 0 < 10;
const lower = (c: number): number => (isUpper(c) ? c | 32 : c);

/** Han, kana, Hangul: scripts without spaces between words (or, for Hangul, with particles glued on). */
export const isCjk = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff66 && c <= 0xff9f) || (c >= 0x1100 && c <= 0x11ff);

/** Non-ASCII code units that separate words: punctuation, symbols, surrogates (emoji), CJK punctuation. */
const isSeparator = (c: number): boolean =>
  c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) ||
  (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff65) || c >= 0xfff0;

/** A code unit that belongs to a word: ASCII letter or digit, or a letter of a script left untransliterated. */
export const isWordChar = (c: number): boolean =>
  c < 0x80 ? isAsciiAlpha(c) || isDigit(c) : c >= 0xc0 && !isSeparator(c) && !isCjk(c); // NaN (out of range) → false

/** Characters after which the next word starts a sentence (its capital says nothing). */
const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10 || c === 0x3002;

const NGRAM_SEED = KIND.ngram;

/** Weight of a word's features by its length: one-letter words are skipped, two and three letters count less. */
const LENGTH_FACTOR = [0, 0, 0.5, 0.8];

/** Adds the features of texts into vectors; one instance per embedder call (it holds scratch buffers). */
export class Featurizer {
  private vec: Float32Array = new Float32Array(0);
  private readonly mask: number;
  private buf = new Uint16Array(64);
  private readonly num = new NumberReading();
  private readonly url: UrlSpan = { start: 0, hostEnd: 0, end: 0 };
  private units = 0;
  private sq = 0;
  /** Memo of n-gram slots per word; set for large batches by the embedder. */
  cache: WordCache | undefined;
  /** Optional per-word weight (batch IDF), looked up by the word's FNV hash. */
  wordWeight: ((hash: number) => number) | undefined;
  /** When set, words are reported here instead of being embedded (the IDF counting pass). */
  onWord: ((hash: number) => void) | undefined;
  /** The dictionary concepts of the texts' language, when the embedder has lexicons for its pair. */
  concepts: ConceptResolver | undefined;
  private readonly emitConcept = (h: number, w: number): void => this.emit(KIND.concept, h, w * this.o.weights.concept);

  constructor(private readonly o: ResolvedLexicalOptions) {
    this.mask = (o.dim & (o.dim - 1)) === 0 ? o.dim - 1 : -1;
  }

  /** Adds `±w` at the hashed index, keeping the running sum of squares (saves a pass over the vector). */
  private emit(seed: number, h: number, w: number): void {
    const f = fmix32(h ^ seed);
    const i = this.mask >= 0 ? f & this.mask : (f >>> 0) % this.o.dim;
    const d = f < 0 ? -w : w;
    const old = this.vec[i];
    this.sq += d * (2 * old + d);
    this.vec[i] = old + d;
  }

  /**
   * Adds the features of `t` (already transliterated) into `vec`, then the concepts of `raw` (the text
   * before transliteration) when there is a resolver, then the length signal, then normalises.
   * Returns the norm before normalisation (0 for a blank text).
   */
  embedInto(t: string, vec: Float32Array, raw = t): number {
    this.vec = vec;
    this.units = 0;
    this.sq = 0;
    const n = t.length;
    let initial = true;
    let blank = true;
    for (let i = 0; i < n; ) {
      const c = t.charCodeAt(i);
      if (c <= 32) {
        if (c === 10 || c === 13) initial = true;
        i++;
        continue;
      }
      blank = false;
      if (isWordChar(c)) {
        i = this.token(t, i, initial);
        initial = false;
      } else if ((c === 64 || c === 35) && isWordChar(t.charCodeAt(i + 1)) && !isWordChar(t.charCodeAt(i - 1))) {
        let e = i + 1;
        let h = fnvStep(FNV_OFFSET, c);
        for (let k = e; k < n; k++, e++) {
          const d = t.charCodeAt(k);
          if (!isWordChar(d) && d !== 95) break;
          h = fnvStep(h, lower(d));
        }
        this.emit(c === 64 ? KIND.handle : KIND.hashtag, h, c === 64 ? this.o.weights.handle : this.o.weights.hashtag);
        this.units += e - i;
        i = c === 64 ? e : i + 1; // a hashtag's text also counts as a word
        initial = false;
      } else if (isCjk(c)) {
        i = this.cjkRun(t, i);
        initial = false;
      } else {
        if (endsSentence(c)) initial = true;
        i++;
      }
    }
    if (blank) return 0;
    if (this.concepts && !this.onWord) this.concepts.resolve(raw, this.emitConcept);
    return this.finish();
  }

  /**
   * Features of the run of CJK characters from `t[i]`: each character, and each bigram with the
   * character before it when that is CJK too (in text order). Returns the run's end.
   */
  private cjkRun(t: string, i: number): number {
    const w = this.o.weights.cjk;
    let p = t.charCodeAt(i - 1);
    let before = isCjk(p); // only the run's first character can follow a non-CJK one
    let c = t.charCodeAt(i);
    do {
      const h1 = fnvStep(FNV_OFFSET, c);
      this.emit(KIND.cjk, h1, w);
      if (before) this.emit(KIND.cjk, fnvStep(fnvStep(FNV_OFFSET, p), c), w);
      this.units += 3;
      before = true;
      p = c;
      c = t.charCodeAt(++i);
    } while (isCjk(c));
    return i;
  }

  /** Reads the token at `t[i]` (a word character): URL, number, code or word. Returns its end. */
  private token(t: string, i: number, initial: boolean): number {
    let j = i;
    let digits = 0;
    while (j < t.length && isWordChar(t.charCodeAt(j))) {
      if (isDigit(t.charCodeAt(j))) digits++;
      j++;
    }
    const next = t.charCodeAt(j);
    if ((next === 46 || next === 58 || next === 47 || next === 64) && readUrl(t, i, this.url)) return this.emitUrl(t);
    if (digits > 0 && isDigit(t.charCodeAt(i))) {
      readNumber(t, i, this.num);
      this.emitNumbers();
      const end = Math.max(this.num.end, i + 1);
      this.units += end - i;
      return end;
    }
    this.units += j - i;
    if (digits > 0) {
      let h = FNV_OFFSET;
      for (let k = i; k < j; k++) h = fnvStep(h, lower(t.charCodeAt(k)));
      this.emit(KIND.code, h, this.o.weights.code);
      return j;
    }
    this.word(t, i, j, initial);
    return j;
  }

  private emitUrl(t: string): number {
    const { start, hostEnd, end } = this.url;
    let h = FNV_OFFSET;
    for (let k = start; k < end; k++) {
      if (k === hostEnd) this.emit(KIND.host, h, this.o.weights.url * 0.5);
      h = fnvStep(h, lower(t.charCodeAt(k)));
    }
    this.emit(KIND.url, h, this.o.weights.url);
    this.units += end - start;
    return end;
  }

  private emitNumbers(): void {
    const r = this.num;
    const w = this.o.weights;
    for (let k = 0; k < r.count; k++) {
      const scale = r.digits[k] >= 2 ? 1 : 0.5;
      this.emit(KIND.number, r.hashes[k], w.number * scale);
      if (r.percent && k === r.count - 1) this.emit(KIND.percent, r.hashes[k], w.percent * scale);
    }
  }

  /** Word features: the whole word, its name feature when capitalised, and its character n-grams. */
  private word(t: string, i: number, j: number, initial: boolean): void {
    const len = j - i;
    if (len < 2) return;
    if (this.buf.length < len + 2) this.buf = new Uint16Array(len * 2 + 2);
    const b = this.buf;
    b[0] = 60; // '<'
    let h = FNV_OFFSET;
    let h2 = 0x2545f491;
    for (let k = 0; k < len; k++) {
      const c = lower(t.charCodeAt(i + k));
      b[k + 1] = c;
      h = fnvStep(h, c);
      h2 = Math.imul(h2 + c, 0x9e3779b1) ^ (h2 >>> 15);
    }
    b[len + 1] = 62; // '>'
    if (this.onWord) return this.onWord(h);
    const o = this.o;
    let f = len < 4 ? LENGTH_FACTOR[len] : 1;
    if (isStopword(h)) f *= o.stopwordFactor;
    if (this.wordWeight) f *= this.wordWeight(h);
    if (f === 0) return;
    this.emit(KIND.word, h, o.weights.word * f);
    if (isUpper(t.charCodeAt(i))) this.emit(KIND.name, h, o.weights.name * f * (initial ? o.initialCapFactor : 1));
    const w = o.weights.ngram * f;
    const cache = this.cache;
    if (cache === undefined || len > 60) {
      this.ngrams(b, len + 2, w, -1);
      return;
    }
    if (cache.find(h, h2, len)) return this.replay(cache.pool, cache.foundStart, cache.foundCount, w);
    const at = cache.reserve(3 * (len + 2));
    const n = this.ngrams(b, len + 2, w, at);
    if (at >= 0) cache.commit(h, h2, len, n);
  }

  /** Adds `±w` at each cached slot (`±(index + 1)`). */
  private replay(pool: Int32Array, from: number, n: number, w: number): void {
    const vec = this.vec;
    let sq = this.sq;
    for (let k = from; k < from + n; k++) {
      const p = pool[k];
      const i = p < 0 ? -p - 1 : p - 1;
      const d = p < 0 ? -w : w;
      const old = vec[i];
      sq += d * (2 * old + d);
      vec[i] = old + d;
    }
    this.sq = sq;
  }

  /**
   * Character n-grams of `b[0, L)`: the hot loop, written with locals and the hashing inlined.
   * When `at` ≥ 0, also writes each slot as `±(index + 1)` into the cache pool from `at`; returns the count.
   */
  private ngrams(b: Uint16Array, L: number, w: number, at: number): number {
    const pool = this.cache?.pool;
    let n = 0;
    const { ngramMin, ngramMax, dim } = this.o;
    const vec = this.vec;
    const mask = this.mask;
    let sq = this.sq;
    for (let s = 0; s + ngramMin <= L; s++) {
      let g = FNV_OFFSET;
      const stop = Math.min(s + ngramMax, L);
      for (let k = s; k < stop; k++) {
        g = Math.imul(g ^ b[k], FNV_PRIME);
        if (k - s + 1 < ngramMin) continue;
        let f = g ^ NGRAM_SEED;
        f ^= f >>> 16;
        f = Math.imul(f, 0x85ebca6b);
        f ^= f >>> 13;
        f = Math.imul(f, 0xc2b2ae35);
        f ^= f >>> 16;
        const i = mask >= 0 ? f & mask : (f >>> 0) % dim;
        const d = f < 0 ? -w : w;
        const old = vec[i];
        sq += d * (2 * old + d);
        vec[i] = old + d;
        if (at >= 0) pool![at + n] = f < 0 ? -i - 1 : i + 1;
        n++;
      }
    }
    this.sq = sq;
    return n;
  }

  /** Adds the length signal (soft bins, two per octave of length units) and L2-normalises; returns the norm before. */
  private finish(): number {
    const w = this.o.weights.length * Math.max(Math.sqrt(Math.max(this.sq, 0)), 1);
    const x = Math.log2(1 + this.units) * 2;
    const b0 = Math.floor(x);
    const frac = x - b0;
    this.emit(KIND.length, b0, w * Math.sqrt(1 - frac));
    this.emit(KIND.length, b0 + 1, w * Math.sqrt(frac));
    const v = this.vec;
    if (this.sq <= 1e-30) return 0;
    const norm = Math.sqrt(this.sq);
    const inv = 1 / norm;
    for (let k = 0; k < v.length; k++) v[k] *= inv;
    return norm;
  }
}
