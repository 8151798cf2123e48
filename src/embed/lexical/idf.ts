// Optional batch IDF: document frequencies of words over the texts of one `embed` call, kept in a
// fixed-size hashed table (collisions only merge counts of a few rare words).
import { fmix32 } from './hash.js';

const BITS = 18;
const MASK = (1 << BITS) - 1;

/** Document frequency per word hash over one batch, and the weight it implies. */
export class BatchIdf {
  private readonly df = new Uint32Array(1 << BITS);
  private readonly seen = new Int32Array(1 << BITS).fill(-1);
  private doc = -1;
  private docs = 0;

  /** Starts counting the words of the next document. */
  nextDocument(): void {
    this.doc++;
    this.docs++;
  }

  /** Counts word `hash` once per document. */
  add(hash: number): void {
    const i = fmix32(hash) & MASK;
    if (this.seen[i] === this.doc) return;
    this.seen[i] = this.doc;
    this.df[i]++;
  }

  /** `log(1 + N/df) / log(1 + N)`: 1 for a word seen in one document, smaller the more common it is. */
  weight(hash: number): number {
    const df = Math.max(1, this.df[fmix32(hash) & MASK]);
    return Math.log1p(this.docs / df) / Math.log1p(this.docs);
  }
}
