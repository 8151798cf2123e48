// Feature hashing: FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so that the low
// bits (the vector index) and the top bit (the sign) are independent.

/** FNV-1a 32-bit offset basis. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a 32-bit prime. */
export const FNV_PRIME = 0x01000193;

/** One FNV-1a step: folds code unit `c` into hash `h`. */
export const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);

/** FNV-1a of `s[start, end)`. */
export function fnvRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** murmur3 finaliser: spreads every input bit over every output bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Seeds that keep features of different kinds apart even when their text is equal. */
export const KIND = {
  word: 0x1b873593,
  ngram: 0x2c1b3c6d,
  name: 0x297a2d39,
  number: 0x3c6ef372,
  percent: 0x5bd1e995,
  url: 0x68e31da4,
  host: 0x7f4a7c15,
  handle: 0x1f83d9ab,
  hashtag: 0x5be0cd19,
  code: 0x6a09e667,
  cjk: 0x510e527f,
  length: 0x9b05688c,
  concept: 0x3f84d5b5,
} as const;

/** Kind of a hashed feature. */
export type FeatureKind = keyof typeof KIND;
