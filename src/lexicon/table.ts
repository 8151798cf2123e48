// A read-only string → string map over the lines of one unpacked lexicon file (`key\tvalue`), for
// loading fast: one pass records where each line's key and value lie and hashes the key into an
// open-addressing table of entry numbers. Keys and values stay inside the file's text and are cut
// out only when asked for, so loading allocates no string per entry. Lookups give exactly what a
// `Map` filled line by line would (a key repeated later in the file takes the later value).

/** FNV-1a over the UTF-16 code units `text[from, to)` (the table's key hash). */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Where the entries of a table lie in the text: entry `e`'s key is `[keyStart[e], tab[e])`, its value `(tab[e], end[e])`. */
export interface LineSpans {
  readonly keyStart: Int32Array;
  readonly tab: Int32Array;
  readonly end: Int32Array;
  /** Number of entries used at the front of the arrays. */
  readonly count: number;
}

export class LineTable implements ReadonlyMap<string, string> {
  /** Open addressing: entry number + 1 per slot, 0 = empty; the size is a power of two, at least twice the entries. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Entry `e` is shadowed by a later line with the same key (skipped when iterating). */
  private readonly dead: Uint8Array;
  readonly size: number;

  constructor(
    /** The file's text, where keys and values lie. */
    readonly text: string,
    private readonly spans: LineSpans,
  ) {
    let cap = 16;
    while (cap < spans.count * 2) cap *= 2;
    this.slots = new Int32Array(cap);
    this.mask = cap - 1;
    this.dead = new Uint8Array(spans.count);
    let size = 0;
    const { keyStart, tab } = spans;
    for (let e = 0; e < spans.count; e++) {
      const from = keyStart[e];
      const len = tab[e] - from;
      for (let s = hashRange(text, from, tab[e]) & this.mask; ; s = (s + 1) & this.mask) {
        const at = this.slots[s];
        if (at === 0) {
          this.slots[s] = e + 1;
          size++;
          break;
        }
        const o = at - 1;
        if (tab[o] - keyStart[o] === len && this.sameKey(o, from, len)) {
          this.slots[s] = e + 1; // a repeated key: the later line wins, as with Map.set
          this.dead[o] = 1;
          break;
        }
      }
    }
    this.size = size;
  }

  private sameKey(e: number, from: number, len: number): boolean {
    const start = this.spans.keyStart[e];
    for (let i = 0; i < len; i++) if (this.text.charCodeAt(start + i) !== this.text.charCodeAt(from + i)) return false;
    return true;
  }

  /** Entry number of `key`, or -1. */
  private find(key: string): number {
    const { keyStart, tab } = this.spans;
    const len = key.length;
    for (let s = hashRange(key, 0, len) & this.mask; ; s = (s + 1) & this.mask) {
      const at = this.slots[s];
      if (at === 0) return -1;
      const e = at - 1;
      if (tab[e] - keyStart[e] === len && this.text.startsWith(key, keyStart[e])) return e;
    }
  }

  private key(e: number): string {
    return this.text.slice(this.spans.keyStart[e], this.spans.tab[e]);
  }

  private value(e: number): string {
    return this.text.slice(this.spans.tab[e] + 1, this.spans.end[e]);
  }

  get(key: string): string | undefined {
    const e = this.find(key);
    return e < 0 ? undefined : this.value(e);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  forEach(f: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (let e = 0; e < this.spans.count; e++) if (this.dead[e] === 0) f(this.value(e), this.key(e), this);
  }

  /** Where the values {@link values} gives lie in {@link text}, in its order: start and end (excluded) of each. */
  valueSpans(): Int32Array {
    const out = new Int32Array(2 * this.size);
    for (let e = 0, k = 0; e < this.spans.count; e++) {
      if (this.dead[e] !== 0) continue;
      out[k++] = this.spans.tab[e] + 1;
      out[k++] = this.spans.end[e];
    }
    return out;
  }

  /** The part before the first space of each key whose first space is not its first character (`kerja` for `kerja sama`), in key order. */
  firstWords(): string[] {
    const out: string[] = [];
    const { keyStart, tab } = this.spans;
    for (let e = 0; e < this.spans.count; e++) {
      if (this.dead[e] !== 0) continue;
      const from = keyStart[e];
      let i = from;
      while (i < tab[e] && this.text.charCodeAt(i) !== 32) i++;
      if (i > from && i < tab[e]) out.push(this.text.slice(from, i));
    }
    return out;
  }

  *entries(): MapIterator<[string, string]> {
    for (let e = 0; e < this.spans.count; e++) if (this.dead[e] === 0) yield [this.key(e), this.value(e)];
  }

  *keys(): MapIterator<string> {
    for (let e = 0; e < this.spans.count; e++) if (this.dead[e] === 0) yield this.key(e);
  }

  *values(): MapIterator<string> {
    for (let e = 0; e < this.spans.count; e++) if (this.dead[e] === 0) yield this.value(e);
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}

/** Growable spans (doubling typed arrays) while a file is read. */
export class SpanBuilder implements LineSpans {
  keyStart: Int32Array = new Int32Array(1024);
  tab: Int32Array = new Int32Array(1024);
  end: Int32Array = new Int32Array(1024);
  count = 0;

  add(keyStart: number, tab: number, end: number): void {
    if (this.count === this.keyStart.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.keyStart = grow(this.keyStart);
      this.tab = grow(this.tab);
      this.end = grow(this.end);
    }
    this.keyStart[this.count] = keyStart;
    this.tab[this.count] = tab;
    this.end[this.count++] = end;
  }
}
