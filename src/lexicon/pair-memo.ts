// A memo keyed by two independent 32-bit hashes (of a word, or of a run of words), for the concept
// resolver's per-word lookups: an open-addressing table of typed arrays, so a lookup allocates
// nothing (a `Map` keyed by one number made of both hashes boxes that number on every lookup).
// Two 32-bit hashes make a wrong hit practically impossible, as with the embedder's word cache.

/** Entries before the table is cleared and starts again (bounds its memory on endless input). */
const DEFAULT_LIMIT = 200_000;

/** Value memo keyed by a pair of 32-bit hashes; cleared when it reaches `limit` entries. */
export class PairMemo<T> {
  private h1 = new Int32Array(1024);
  private h2 = new Int32Array(1024);
  /** Entry number + 1 per slot; 0 = empty. */
  private slot = new Int32Array(1024);
  private values: T[] = [];

  /** @param limit entries kept before the memo is cleared. @default 200,000 */
  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** Number of entries. */
  get size(): number {
    return this.values.length;
  }

  /** The value stored under `(a, b)`, or `undefined`. */
  get(a: number, b: number): T | undefined {
    const mask = this.slot.length - 1;
    for (let k = (a ^ (a >>> 15)) & mask; ; k = (k + 1) & mask) {
      const e = this.slot[k];
      if (e === 0) return undefined;
      if (this.h1[k] === a && this.h2[k] === b) return this.values[e - 1];
    }
  }

  /** Stores `value` under `(a, b)`, which must not be in the memo yet (call after a missed {@link get}). */
  set(a: number, b: number, value: T): void {
    if (this.values.length >= this.limit) this.clear();
    if (2 * (this.values.length + 1) > this.slot.length) this.grow();
    this.put(a | 0, b | 0, this.values.push(value));
  }

  /** Empties the memo (the table keeps its size). */
  clear(): void {
    this.slot.fill(0);
    this.values = [];
  }

  private put(a: number, b: number, entry: number): void {
    const mask = this.slot.length - 1;
    let k = (a ^ (a >>> 15)) & mask;
    while (this.slot[k] !== 0) k = (k + 1) & mask;
    this.h1[k] = a;
    this.h2[k] = b;
    this.slot[k] = entry;
  }

  /** Doubles the table and puts every entry back. */
  private grow(): void {
    const { h1, h2, slot } = this;
    const size = slot.length * 2;
    this.h1 = new Int32Array(size);
    this.h2 = new Int32Array(size);
    this.slot = new Int32Array(size);
    for (let k = 0; k < slot.length; k++) if (slot[k] !== 0) this.put(h1[k], h2[k], slot[k]);
  }
}
