// Memo of each distinct word's n-gram slots within one large `embed` call: words repeat (Zipf), so
// most n-grams are hashed once per call instead of once per occurrence. Keyed by two independent
// 32-bit hashes and the length, so a wrong hit is practically impossible.

const SLOT_BITS = 15;
const SLOTS = 1 << SLOT_BITS;
const POOL = SLOTS * 24;

/** Open-addressing table: word → run of signed slots (`±(index + 1)`) in a shared pool. */
export class WordCache {
  private readonly h1 = new Int32Array(SLOTS);
  private readonly h2 = new Int32Array(SLOTS);
  private readonly len = new Uint16Array(SLOTS); // 0 = empty
  private readonly start = new Int32Array(SLOTS);
  private readonly count = new Uint16Array(SLOTS);
  readonly pool = new Int32Array(POOL);
  private used = 0;
  private entries = 0;
  /** After a successful {@link find}: where the word's run starts in {@link pool}, and its length. */
  foundStart = 0;
  foundCount = 0;

  /** Looks a word up; on a hit sets `foundStart`/`foundCount` and returns true. */
  find(a: number, b: number, length: number): boolean {
    for (let k = (a ^ (a >>> 15)) & (SLOTS - 1); ; k = (k + 1) & (SLOTS - 1)) {
      const l = this.len[k];
      if (l === 0) return false;
      if (l === length && this.h1[k] === a && this.h2[k] === b) {
        this.foundStart = this.start[k];
        this.foundCount = this.count[k];
        return true;
      }
    }
  }

  /** Room for `n` more slots (then call {@link commit}), or -1 when the cache is full. */
  reserve(n: number): number {
    return this.entries < SLOTS / 2 && this.used + n <= POOL ? this.used : -1;
  }

  /** Records the `n` slots written at the reserved position for the word. */
  commit(a: number, b: number, length: number, n: number): void {
    let k = (a ^ (a >>> 15)) & (SLOTS - 1);
    while (this.len[k] !== 0) k = (k + 1) & (SLOTS - 1);
    this.h1[k] = a;
    this.h2[k] = b;
    this.len[k] = length;
    this.start[k] = this.used;
    this.count[k] = n;
    this.used += n;
    this.entries++;
  }
}
