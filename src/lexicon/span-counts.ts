// How many forms point to each concept of one shipped file, counted where the concept ids lie in
// the file's text: counting makes no string per concept id (a file holds hundreds of thousands),
// only iterating does. Lookups give what a `Map` filled id by id gives (see `countsOf` in counts.ts).
import { FNV_OFFSET, FNV_PRIME } from '../embed/lexical/hash.js';
import { SpanTable, doubled } from './span-table.js';

/** Concept id → count over spans of one text; a concept is either counted by forms or "stem only". */
export class SpanCounts extends SpanTable implements ReadonlyMap<string, number> {
  private counts: Int32Array;
  /** 1 for a concept only stems point to. */
  private stemOnlyFlags: Uint8Array;

  /**
   * @param text the text the concept ids lie in.
   * @param expected about how many concepts there will be (room is made for them at once).
   */
  constructor(text: string, expected = 256) {
    super(text, expected);
    this.counts = new Int32Array(this.room);
    this.stemOnlyFlags = new Uint8Array(this.room);
  }

  /**
   * Counts the concepts of the `|`-separated lists at `text[spans[2k], spans[2k + 1])`, split as
   * `eachConcept` splits (`a||b` has an empty concept, a trailing `|` none). A form's list adds 1 to
   * each of its concepts; a stem's list (`stems`) records each concept not seen yet as counted 1 and
   * "stem only". One loop with the hashing and the probing written out: it runs over every list of a
   * file once, mostly before the engine has optimised anything, so calls are kept out of it.
   */
  addLists(spans: Int32Array, stems: boolean): void {
    const text = this.text;
    for (let l = 0; l < spans.length; l += 2) {
      const to = spans[l + 1];
      for (let i = spans[l]; i < to; ) {
        let j = i;
        let h = FNV_OFFSET;
        for (; j < to; j++) {
          const c = text.charCodeAt(j);
          if (c === 124) break;
          h = Math.imul(h ^ c, FNV_PRIME);
        }
        const len = j - i;
        // The probing of `add`, written out (a call per concept costs in code not yet optimised).
        let mask = this.slots.length - 1;
        let k = (h ^ (h >>> 15)) & mask;
        let found = -1;
        for (; ; k = (k + 1) & mask) {
          const at = this.slots[k];
          if (at === 0) break;
          const e = at - 1;
          if (this.hash[e] !== h || this.end[e] - this.start[e] !== len) continue;
          const s = this.start[e];
          let same = true;
          for (let q = 0; q < len; q++) {
            if (text.charCodeAt(s + q) !== text.charCodeAt(i + q)) {
              same = false;
              break;
            }
          }
          if (same) {
            found = e;
            break;
          }
        }
        if (found >= 0) {
          if (!stems) this.counts[found]++;
        } else {
          const e = this.size++;
          if (e === this.start.length) this.growEntries();
          this.start[e] = i;
          this.end[e] = j;
          this.hash[e] = h;
          this.counts[e] = 1;
          this.stemOnlyFlags[e] = stems ? 1 : 0;
          this.slots[k] = e + 1;
          if (2 * this.size > this.slots.length) {
            this.growSlots();
            mask = this.slots.length - 1;
          }
        }
        i = j + 1;
      }
    }
  }

  protected override growEntries(): void {
    super.growEntries();
    this.counts = doubled(this.counts);
    this.stemOnlyFlags = doubled(this.stemOnlyFlags);
  }

  /** Whether only stems point to `concept`. */
  stemOnly(concept: string): boolean {
    const e = this.find(concept);
    return e >= 0 && this.stemOnlyFlags[e] === 1;
  }

  /** The concepts only stems point to. */
  *stemOnlyKeys(): IterableIterator<string> {
    for (let e = 0; e < this.size; e++) if (this.stemOnlyFlags[e] === 1) yield this.key(e);
  }

  get(concept: string): number | undefined {
    const e = this.find(concept);
    return e < 0 ? undefined : this.counts[e];
  }

  has(concept: string): boolean {
    return this.find(concept) >= 0;
  }

  forEach(f: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (let e = 0; e < this.size; e++) f(this.counts[e], this.key(e), this);
  }

  *entries(): MapIterator<[string, number]> {
    for (let e = 0; e < this.size; e++) yield [this.key(e), this.counts[e]];
  }

  *keys(): MapIterator<string> {
    for (let e = 0; e < this.size; e++) yield this.key(e);
  }

  *values(): MapIterator<number> {
    for (let e = 0; e < this.size; e++) yield this.counts[e];
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
