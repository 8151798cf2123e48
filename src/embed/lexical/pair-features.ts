// Features for word pairs learned outside the embedder (the parallel aligner's document lexicon,
// src/align/parallel/lexicon.ts): the words of a sentence as the lexical embedder reads them, and
// the in-place writing of one hashed feature per pair into the embedder's additive vectors. Kept
// here, beside the featuriser, so the aligner needs no knowledge of character classes, hashing or the
// vector layout.
import { isCjk, isDigit, isWordChar } from './featurize.js';
import { fmix32 } from './hash.js';

/** The words of one side: distinct word ids per sentence, and how many ids there are. */
export interface SideWords {
  readonly ids: readonly Int32Array[];
  readonly size: number;
}

/**
 * Distinct word ids of each text: lower-cased words of two or more characters (the lexical embedder's
 * word characters; numbers are left out, the embedder already matches them), and CJK characters and
 * character bigrams (CJK is written without spaces).
 */
export function sideWords(texts: readonly string[]): SideWords {
  const vocab = new Map<string, number>();
  const set = new Set<number>();
  const add = (w: string): void => {
    let k = vocab.get(w);
    if (k === undefined) vocab.set(w, (k = vocab.size));
    set.add(k);
  };
  const ids = texts.map((text) => {
    set.clear();
    const t = text.toLowerCase();
    for (let i = 0; i < t.length; ) {
      const c = t.charCodeAt(i);
      if (isWordChar(c)) {
        let j = i;
        let letters = false;
        for (; j < t.length && isWordChar(t.charCodeAt(j)); j++) letters ||= !isDigit(t.charCodeAt(j));
        if (j - i >= 2 && letters) add(t.slice(i, j));
        i = j;
      } else if (isCjk(c)) {
        add(t[i]);
        if (i > 0 && isCjk(t.charCodeAt(i - 1))) add(t.slice(i - 1, i + 1));
        i++;
      } else i++;
    }
    return Int32Array.from(set);
  });
  return { ids, size: vocab.size };
}

/** Lexicon pairs of one side's words, compressed: word w takes part in pairs `pair[start[w] .. start[w + 1])`. */
export interface PartnerIndex {
  readonly start: Int32Array;
  readonly pair: Int32Array;
  readonly weight: Float32Array;
}

/** Hash seeds of the first and of a further lexicon (a further lexicon's features land in other slots). */
export const LEXICON_SEEDS = [0x5f3759df, 0x2545f491] as const;

/** Hashed slot (low bits) and sign (top bit) of lexicon pair p; murmur3's finaliser over a seeded p. */
const pairHash = (p: number, seed: number): number => fmix32(Math.imul(p ^ seed, 0x9e3779b1));

/**
 * Adds the features of learned word pairs to sentence vectors, IN PLACE: row i of `vectors` (unit
 * length, the embedding of a sentence whose additive vector had norm `norms[i]`) becomes the normalised
 * `norms[i] · row + Σ ±weight` at the hashed slot of every pair its words take part in (rows without a
 * pair are left as they are). Returns the new norms. Only vectors of the lexical embedder's additive
 * presets can take these features: their rows are sums of hashed features, so one more is a sum too.
 * `seed` picks the hash: a further lexicon uses `LEXICON_SEEDS[1]` so its features land in other slots.
 */
export function addPairFeatures(
  vectors: { n: number; dim: number; data: Float32Array },
  norms: ArrayLike<number>,
  words: SideWords,
  index: PartnerIndex,
  seed: number = LEXICON_SEEDS[0],
): Float64Array {
  const { n, dim, data } = vectors;
  const out = Float64Array.from(norms);
  const mask = (dim & (dim - 1)) === 0 ? dim - 1 : -1;
  // The features of one row, summed per slot before they touch the vector (two pairs may share a slot).
  const delta = new Float64Array(dim);
  const slots: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const w of words.ids[i]) {
      for (let k = index.start[w]; k < index.start[w + 1]; k++) {
        const h = pairHash(index.pair[k], seed);
        const d = mask >= 0 ? h & mask : (h >>> 0) % dim;
        if (delta[d] === 0) slots.push(d);
        delta[d] += h < 0 ? -index.weight[k] : index.weight[k];
      }
    }
    if (slots.length === 0) continue;
    // New squared norm: the old one plus what changes at the touched slots (row entries are unit-norm · old norm).
    const base = i * dim;
    const old = out[i];
    let sq = old * old;
    for (const d of slots) {
      const before = data[base + d] * old;
      const after = before + delta[d];
      sq += after * after - before * before;
    }
    const norm = Math.sqrt(Math.max(0, sq));
    out[i] = norm;
    const scale = norm > 0 ? old / norm : 0;
    for (let d = base; d < base + dim; d++) data[d] *= scale;
    for (const d of slots) {
      if (norm > 0) data[base + d] += delta[d] / norm;
      delta[d] = 0;
    }
    slots.length = 0;
  }
  return out;
}
