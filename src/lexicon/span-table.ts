// Spans of one text numbered in the order first added, found again by their characters: the
// concept ids of a shipped file where they lie in its text, so that counting them (span-counts.ts)
// or joining them (synonyms.ts) makes no string per id. Open addressing over FNV-1a hashes.
import { fnvRange } from '../embed/lexical/hash.js';

/** A copy of `a` twice as long. */
export function doubled<A extends Int32Array | Uint8Array>(a: A): A {
  const b = new (a.constructor as new (n: number) => A)(a.length * 2);
  b.set(a);
  return b;
}

export class SpanTable {
  /** Open addressing: entry number + 1 per slot, 0 = empty; at most half full. */
  protected slots: Int32Array;
  /** Entry `e` is `text[start[e], end[e])`. */
  protected start: Int32Array;
  protected end: Int32Array;
  protected hash: Int32Array;
  /** Number of entries. */
  size = 0;

  /**
   * @param text the text the spans lie in.
   * @param expected about how many spans there will be (room is made for them at once).
   */
  constructor(
    readonly text: string,
    expected = 256,
  ) {
    const room = Math.max(16, expected);
    let slots = 32;
    while (slots < 2 * room) slots *= 2;
    this.slots = new Int32Array(slots);
    this.start = new Int32Array(room);
    this.end = new Int32Array(room);
    this.hash = new Int32Array(room);
  }

  /** Room for entries: a subclass's own per-entry arrays are this long. */
  get room(): number {
    return this.start.length;
  }

  /**
   * Entry number of `text[from, to)`, whose FNV-1a hash (`fnvRange`) is `h`, added as entry
   * {@link size} when new (after {@link growEntries} when there is no room left).
   */
  add(from: number, to: number, h: number): number {
    const text = this.text;
    const len = to - from;
    const mask = this.slots.length - 1;
    let k = (h ^ (h >>> 15)) & mask;
    for (; ; k = (k + 1) & mask) {
      const at = this.slots[k];
      if (at === 0) break;
      const e = at - 1;
      if (this.hash[e] !== h || this.end[e] - this.start[e] !== len) continue;
      const s = this.start[e];
      let q = 0;
      while (q < len && text.charCodeAt(s + q) === text.charCodeAt(from + q)) q++;
      if (q === len) return e;
    }
    const e = this.size++;
    if (e === this.start.length) this.growEntries();
    this.start[e] = from;
    this.end[e] = to;
    this.hash[e] = h;
    this.slots[k] = e + 1;
    if (2 * this.size > this.slots.length) this.growSlots();
    return e;
  }

  /** Doubles {@link room}; a subclass grows its own per-entry arrays too. */
  protected growEntries(): void {
    this.start = doubled(this.start);
    this.end = doubled(this.end);
    this.hash = doubled(this.hash);
  }

  /** Entry number of `s`, or -1. */
  find(s: string): number {
    const h = fnvRange(s, 0, s.length);
    const mask = this.slots.length - 1;
    for (let k = (h ^ (h >>> 15)) & mask; ; k = (k + 1) & mask) {
      const at = this.slots[k];
      if (at === 0) return -1;
      const e = at - 1;
      if (this.hash[e] === h && this.end[e] - this.start[e] === s.length && this.text.startsWith(s, this.start[e])) return e;
    }
  }

  /** Entry `e` as a string. */
  key(e: number): string {
    return this.text.slice(this.start[e], this.end[e]);
  }

  /**
   * For each entry with a space at or after position `from`, not right at it, the part between
   * (`kerja` for `id:kerja sama` and `from` 3), as `c.slice(from, c.indexOf(' ', from))` gives.
   */
  firstWordsFrom(from: number): string[] {
    const out: string[] = [];
    for (let e = 0; e < this.size; e++) {
      const s = this.start[e] + from;
      const end = this.end[e];
      let i = s;
      while (i < end && this.text.charCodeAt(i) !== 32) i++;
      if (i > s && i < end) out.push(this.text.slice(s, i));
    }
    return out;
  }

  protected growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let e = 0; e < this.size; e++) {
      const h = this.hash[e];
      let k = (h ^ (h >>> 15)) & mask;
      while (slots[k] !== 0) k = (k + 1) & mask;
      slots[k] = e + 1;
    }
    this.slots = slots;
  }
}
