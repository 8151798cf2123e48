// English synonyms through a language's X→English file: two English concepts are synonyms when
// one X word translates as both (Icelandic `áhyggjur` = worry, concern, anxiety). The English side
// of an en–X pair looks its words' concepts up here, so an English word meets an X word glossed by
// one of its synonyms (the round trip English → X → English; resolve.ts `roundTrip`).
//
// Worked out once per file and process, mostly before the engine has optimised anything, so the
// work is kept small and free of allocations: only forms with more than one concept are visited
// (found by where the text's `|` lie), their concepts stay spans of the file's text (span-table.ts,
// as span-counts.ts counts them), each with at most MAX_SYNONYMS synonyms in typed arrays, and a
// concept's synonyms become a string only when it is looked up.
import { FNV_OFFSET, FNV_PRIME } from '../embed/lexical/hash.js';
import type { ConceptMap } from './pair.js';
import { SpanTable, doubled } from './span-table.js';
import { LineTable } from './table.js';

/**
 * Most synonyms a concept may have and still get them: a concept many X words share (`give`,
 * `take`) is too polysemous for its co-translations to be its synonyms.
 */
export const MAX_SYNONYMS = 3;

/** Synonym count of a concept dropped for having more than {@link MAX_SYNONYMS}. */
const DROPPED = -1;

/** The text the forms' concept lists lie in, and where: start and end (excluded) of each, in the forms' order. */
function listSpans(forms: ReadonlyMap<string, string>): { text: string; spans: Int32Array } {
  if (forms instanceof LineTable) return { text: forms.text, spans: forms.valueSpans() };
  const lists = [...forms.values()];
  const spans = new Int32Array(2 * lists.length);
  for (let l = 0, at = 0; l < lists.length; l++) {
    spans[2 * l] = at;
    spans[2 * l + 1] = at += lists[l].length;
    at++; // the separator
  }
  return { text: lists.join('\n'), spans };
}

/**
 * Concept id → its synonyms joined by `|`, read-only, over the concepts of one text's lists:
 * what a `Map` filled concept by concept, in the order first met, gives (see {@link synonymMap}).
 */
export class SynonymTable implements ReadonlyMap<string, string> {
  /** The concepts met in lists with a `|`, numbered in the order met (kept or dropped). */
  private readonly concepts: SpanTable;
  /** Number of synonyms of each entry, or {@link DROPPED}. */
  private count: Int32Array;
  /** Entry `e`'s synonyms at `[e * MAX_SYNONYMS, e * MAX_SYNONYMS + count[e])`, in the order met. */
  private synonyms: Int32Array;
  /** Number of entries kept. */
  readonly size: number;

  /**
   * @param text the text the concept lists lie in.
   * @param spans start and end (excluded) of each list in `text`, in increasing order.
   */
  constructor(text: string, spans: Int32Array) {
    this.concepts = new SpanTable(text, spans.length >> 1);
    this.count = new Int32Array(this.concepts.room);
    this.synonyms = new Int32Array(this.concepts.room * MAX_SYNONYMS);
    this.addLists(spans);
    let size = 0;
    for (let e = 0; e < this.concepts.size; e++) if (this.count[e] !== DROPPED) size++;
    this.size = size;
  }

  /**
   * Makes the concepts of each list with a `|` each other's synonyms, split as `eachConcept` splits
   * (`a||b` has an empty concept, a trailing `|` none). Lists without one (most) are passed over by
   * where the text's next `|` lies, so only the engine's own code looks at their characters.
   */
  private addLists(spans: Int32Array): void {
    const concepts = this.concepts;
    const text = concepts.text;
    const offset = FNV_OFFSET; // locals: read once, not per character
    const prime = FNV_PRIME;
    let cs = new Int32Array(16);
    let pipe = -1;
    for (let l = 0; l < spans.length; l += 2) {
      const from = spans[l];
      const to = spans[l + 1];
      if (pipe < from) pipe = text.indexOf('|', from);
      if (pipe < 0) return;
      if (pipe >= to) continue;
      let n = 0;
      for (let i = from; i < to; ) {
        let j = i;
        let h = offset;
        for (; j < to; j++) {
          const c = text.charCodeAt(j);
          if (c === 124) break;
          h = Math.imul(h ^ c, prime);
        }
        if (n === cs.length) cs = doubled(cs);
        const e = concepts.add(i, j, h);
        if (e === this.count.length) {
          // a new entry past the room made (its count starts at 0, as the arrays do)
          this.count = doubled(this.count);
          this.synonyms = doubled(this.synonyms);
        }
        cs[n++] = e;
        i = j + 1;
      }
      this.join(cs, n);
    }
  }

  /**
   * The concepts `cs[0, n)` of one list (repeats kept) are each other's synonyms: each gets the
   * others it lacks, in order, and is dropped when that makes more than {@link MAX_SYNONYMS} (or the
   * list alone has more).
   */
  private join(cs: Int32Array, n: number): void {
    const { count, synonyms } = this;
    if (n - 1 > MAX_SYNONYMS) {
      for (let a = 0; a < n; a++) count[cs[a]] = DROPPED;
      return;
    }
    for (let a = 0; a < n; a++) {
      const c = cs[a];
      const at = c * MAX_SYNONYMS;
      for (let b = 0; b < n && count[c] !== DROPPED; b++) {
        const d = cs[b];
        if (d === c) continue;
        const has = count[c];
        let i = 0;
        while (i < has && synonyms[at + i] !== d) i++;
        if (i < has) continue; // already there
        if (has === MAX_SYNONYMS) count[c] = DROPPED;
        else {
          synonyms[at + has] = d;
          count[c] = has + 1;
        }
      }
    }
  }

  private value(e: number): string {
    const at = e * MAX_SYNONYMS;
    const names: string[] = [];
    for (let i = 0; i < this.count[e]; i++) names.push(this.concepts.key(this.synonyms[at + i]));
    return names.join('|');
  }

  get(concept: string): string | undefined {
    const e = this.concepts.find(concept);
    return e < 0 || this.count[e] === DROPPED ? undefined : this.value(e);
  }

  has(concept: string): boolean {
    const e = this.concepts.find(concept);
    return e >= 0 && this.count[e] !== DROPPED;
  }

  forEach(f: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }

  *entries(): MapIterator<[string, string]> {
    for (let e = 0; e < this.concepts.size; e++) if (this.count[e] !== DROPPED) yield [this.concepts.key(e), this.value(e)];
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<string> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}

const memo = new WeakMap<ConceptMap, ConceptMap>();

/**
 * A map from each English concept of `map` (an X→English file) to its synonyms there, joined by
 * `|`: the other concepts of the forms that have it (forms only, not stems), in the order first met.
 * Every concept of a form with more than one is a key (with `''` when its only other concept is
 * itself); concepts with more than {@link MAX_SYNONYMS} synonyms, or in a form with more than
 * {@link MAX_SYNONYMS} + 1 concepts, are left out. Worked out once per map and process.
 */
export function synonymMap(map: ConceptMap): ConceptMap {
  const hit = memo.get(map);
  if (hit) return hit;
  const { text, spans } = listSpans(map.forms);
  const out: ConceptMap = { forms: new SynonymTable(text, spans), stems: new Map() };
  memo.set(map, out);
  return out;
}
