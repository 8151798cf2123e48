// Comparable mode's word evidence: which of a sentence's translatable words the other sentence has.
// The lexical embedder's vectors mix every feature of a sentence (character n-grams, length, words
// the other document never uses), so two reports of one story that share few spellings score their
// true pairs no higher than pairs that share a name and a few n-grams. Here each sentence is a set
// of units:
// - the dictionary concepts of its words (`pengalaman` and `experiences` both give `experi`);
// - its words as written, ASCII-folded and lower-cased (names, numbers, shared terms), and the
//   first `PREFIX` letters of longer words (`Venezuelan` meets `Venezuela`);
// and a unit counts only when both documents use it somewhere: a word the other document never has
// can be neither found nor missed. Units are weighted by how rare they are in the two documents
// (inverse document frequency over their sentences), so the story's ubiquitous names and concepts
// (`Iran`, `Venezuela` in every sentence of the seeds) weigh little and a specific shared concept
// weighs much. The result is a hashed, L2-normalised vector per sentence: its cosine is the share
// of each sentence's rare translatable words that the other one has, in both directions at once.
import { fmix32, fnvRange, FNV_OFFSET } from '../../embed/lexical/hash.js';
import { isStopword } from '../../embed/lexical/stopwords.js';
import { normalizeInPlace } from '../../embed/neural/pool.js';
import type { ConceptResolver } from '../../lexicon/resolve.js';
import { asciiFold } from '../../text/fold.js';
import { permutation, seededRandom } from '../random.js';
import type { VectorSet } from '../vectors.js';

/** Letters of a word's prefix unit (words longer than this also give their first `PREFIX` letters). */
const PREFIX = 5;

/** Weight of a prefix unit against a whole word's 1: a shared stem is weaker evidence than a shared word. */
const PREFIX_WEIGHT = 0.5;

/** Seeds keeping concepts, words and prefixes apart in the hash (a concept id equal to a word is another unit). */
const SEED = { concept: 0x3f84d5b5, word: 0x1b873593, prefix: 0x6c8e9cf5 } as const;

/** One sentence's units: hash → weight (the largest weight when a unit occurs twice). */
export type UnitSet = Map<number, number>;

const put = (set: UnitSet, key: number, w: number): void => {
  if (w > (set.get(key) ?? 0)) set.set(key, w);
};

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * The units of one sentence: its dictionary concepts (when `concepts` is given; weights as the
 * resolver gives them: specificity, function words less) and its folded words of 3 or more
 * characters (or with a digit) that are not function words, with their prefixes.
 */
export function sentenceUnits(text: string, concepts?: ConceptResolver): UnitSet {
  const set: UnitSet = new Map();
  concepts?.resolve(text, (h, w) => put(set, fmix32(h ^ SEED.concept), w));
  const t = asciiFold(text);
  for (let i = 0; i < t.length; ) {
    if (!isWordCode(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let digit = false;
    for (; j < t.length && isWordCode(t.charCodeAt(j)); j++) if (t.charCodeAt(j) <= 57) digit = true;
    const h = fnvRange(t, i, j);
    if ((j - i >= 3 || digit) && !isStopword(h)) {
      put(set, fmix32(h ^ SEED.word), 1);
      if (!digit && j - i > PREFIX) put(set, fmix32(fnvRange(t, i, i + PREFIX) ^ SEED.prefix), PREFIX_WEIGHT);
    }
    i = j;
  }
  return set;
}

/** A sentence's units that both documents use, with their document weights (`weighUnits`). */
export interface WeightedUnits {
  readonly keys: readonly number[];
  readonly weights: readonly number[];
}

/**
 * The units of the two sides' sentences (`src[r]`, `tgt[c]`: the units of the content rows and
 * columns) that both sides use, each weighing its own weight times `log(N / df)`, N the sentences
 * of both sides and df those that have it. A sentence with no shared unit keeps an empty list.
 */
export function weighUnits(src: readonly UnitSet[], tgt: readonly UnitSet[]): [WeightedUnits[], WeightedUnits[]] {
  const onSource = new Set<number>();
  for (const s of src) for (const k of s.keys()) onSource.add(k);
  const df = new Map<number, number>();
  for (const s of tgt) for (const k of s.keys()) if (onSource.has(k)) df.set(k, 0);
  for (const side of [src, tgt]) for (const s of side) for (const k of s.keys()) if (df.has(k)) df.set(k, df.get(k)! + 1);
  const total = src.length + tgt.length;
  const weigh = (s: UnitSet): WeightedUnits => {
    const keys: number[] = [];
    const weights: number[] = [];
    for (const [k, w] of s) {
      const d = df.get(k);
      if (d === undefined) continue;
      keys.push(k);
      weights.push(w * Math.log(total / d));
    }
    return { keys, weights };
  };
  return [src.map(weigh), tgt.map(weigh)];
}

/** Weighted units hashed into `dim` signed dimensions, one L2-normalised row per sentence (an empty list: the zero row). */
export function unitVectors(list: readonly WeightedUnits[], dim: number): VectorSet {
  const data = new Float32Array(list.length * dim);
  list.forEach(({ keys, weights }, r) => {
    const base = r * dim;
    keys.forEach((k, q) => {
      const f = fmix32(k ^ FNV_OFFSET);
      data[base + ((f >>> 0) % dim)] += f < 0 ? -weights[q] : weights[q];
    });
    normalizeInPlace(data.subarray(base, base + dim));
  });
  return { n: list.length, dim, data };
}

/**
 * The null of a side's units for seed `seed`: every unit occurrence of the side dealt out again at
 * random to its sentences, each keeping its number of units. Units stay as frequent as they are, so
 * two unrelated sentences share a common unit as often as chance makes them; which sentence had
 * which unit is lost.
 */
export function shuffledUnits(list: readonly WeightedUnits[], seed: number): WeightedUnits[] {
  const keys = list.flatMap((u) => u.keys);
  const weights = list.flatMap((u) => u.weights);
  const order = permutation(keys.length, seededRandom(seed));
  let next = 0;
  return list.map((u) => {
    const take = order.slice(next, (next += u.keys.length));
    return { keys: take.map((q) => keys[q]), weights: take.map((q) => weights[q]) };
  });
}
