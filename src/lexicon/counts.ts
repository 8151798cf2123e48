// How many forms point to each concept, for the maps of one side (the concepts' specificity) and for
// the identities of the other: worked out once per map and process (a shipped file is read once
// and serves both sides of a pair and every pair it is in). A side with several maps reads their
// counts through a merged view, which adds them up per concept when asked instead of copying them.
import type { ConceptMap } from './pair.js';
import { SpanCounts } from './span-counts.js';
import { LineTable } from './table.js';

/** Calls `f` with each concept id of a `|`-joined list. */
export function eachConcept(list: string, f: (concept: string) => void): void {
  for (let i = 0; i < list.length; ) {
    let j = list.indexOf('|', i);
    if (j < 0) j = list.length;
    f(list.slice(i, j));
    i = j + 1;
  }
}

/** One map's counts. */
interface MapCounts {
  /** Concept → number of forms pointing to it, and 1 for a concept only stems point to: the map's counts alone. */
  readonly alone: ReadonlyMap<string, number>;
  /** Whether only stems point to the concept (it is in {@link alone} with 1). */
  stemOnly(concept: string): boolean;
  /** The concepts only stems point to (each once). */
  stemOnlyKeys(): Iterable<string>;
  /** Keys of the map's forms and stems with a space: the first words of multiword entries. */
  starters?: readonly string[];
}

const memo = new WeakMap<ConceptMap, MapCounts>();

function countsOf(map: ConceptMap): MapCounts {
  let c = memo.get(map);
  if (c) return c;
  const { forms, stems } = map;
  if (forms instanceof LineTable && stems instanceof LineTable && forms.text === stems.text) {
    // A shipped file: counted where the ids lie in its text.
    const alone = new SpanCounts(forms.text, forms.size + stems.size); // lists hold 1–2 concepts on average
    alone.addLists(forms.valueSpans(), false);
    alone.addLists(stems.valueSpans(), true);
    c = { alone, stemOnly: (k) => alone.stemOnly(k), stemOnlyKeys: () => alone.stemOnlyKeys() };
  } else {
    const alone = new Map<string, number>();
    const count = (k: string): unknown => alone.set(k, (alone.get(k) ?? 0) + 1);
    for (const cs of forms.values()) eachConcept(cs, count);
    const only = new Set<string>();
    const stem = (k: string): unknown => alone.has(k) || (only.add(k), alone.set(k, 1));
    for (const cs of stems.values()) eachConcept(cs, stem);
    c = { alone, stemOnly: (k) => only.has(k), stemOnlyKeys: () => only };
  }
  memo.set(map, c);
  return c;
}

/**
 * How many forms of `maps` point to each concept, the maps taken in turn (a concept only stems point
 * to counts 1 unless an earlier map counted it). Read-only: with one map, the map's own memo is
 * returned; with several, a view that adds up the maps' counts of a concept when it is looked up.
 */
export function conceptCounts(maps: readonly ConceptMap[]): ReadonlyMap<string, number> {
  if (maps.length === 0) return new Map();
  if (maps.length === 1) return countsOf(maps[0]).alone;
  return new MergedCounts(maps.map(countsOf));
}

/** Several maps' counts read as one: what adding them into one `Map`, map after map, would give. */
class MergedCounts implements ReadonlyMap<string, number> {
  private whole: Map<string, number> | undefined;

  constructor(readonly parts: readonly MapCounts[]) {}

  get(concept: string): number | undefined {
    let n = this.parts[0].alone.get(concept);
    for (let i = 1; i < this.parts.length; i++) {
      const part = this.parts[i];
      const m = part.alone.get(concept);
      if (m === undefined) continue;
      if (!part.stemOnly(concept)) n = (n ?? 0) + m;
      else if (n === undefined) n = 1;
    }
    return n;
  }

  has(concept: string): boolean {
    return this.get(concept) !== undefined;
  }

  get size(): number {
    return this.all().size;
  }

  forEach(f: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    this.all().forEach((v, k) => f(v, k, this));
  }

  entries(): MapIterator<[string, number]> {
    return this.all().entries();
  }

  keys(): MapIterator<string> {
    return this.all().keys();
  }

  values(): MapIterator<number> {
    return this.all().values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  /** Every concept's count in one `Map`, built on the first iteration. */
  private all(): Map<string, number> {
    if (this.whole) return this.whole;
    const into = new Map(this.parts[0].alone);
    for (let i = 1; i < this.parts.length; i++) {
      const part = this.parts[i];
      for (const [k, n] of part.alone) if (!part.stemOnly(k)) into.set(k, (into.get(k) ?? 0) + n);
      for (const k of part.stemOnlyKeys()) if (!into.has(k)) into.set(k, 1);
    }
    return (this.whole = into);
  }
}

/**
 * For each concept of `counts` with a space at or after `prefix.length`, not right there, the part
 * between (`kerja` for `id:kerja sama`): the first words of the multiword concepts of a side's
 * identities. Reads shipped files' counts in place.
 */
export function conceptFirstWords(counts: ReadonlyMap<string, number>, prefix: string): string[] {
  const from = prefix.length;
  if (counts instanceof MergedCounts) return counts.parts.flatMap((p) => conceptFirstWords(p.alone, prefix));
  if (counts instanceof SpanCounts) return counts.firstWordsFrom(from);
  const out: string[] = [];
  for (const c of counts.keys()) {
    const sp = c.indexOf(' ', from);
    if (sp > from) out.push(c.slice(from, sp));
  }
  return out;
}

/** The first words of `map`'s multiword forms and stems (`kerja` for `kerja sama`), memoised per map. */
export function multiwordStarters(map: ConceptMap): readonly string[] {
  const c = countsOf(map);
  if (!c.starters) {
    const { forms, stems } = map;
    if (forms instanceof LineTable && stems instanceof LineTable) c.starters = [...forms.firstWords(), ...stems.firstWords()];
    else {
      const out: string[] = [];
      for (const keys of [forms.keys(), stems.keys()]) {
        for (const key of keys) {
          const sp = key.indexOf(' ');
          if (sp > 0) out.push(key.slice(0, sp));
        }
      }
      c.starters = out;
    }
  }
  return c.starters;
}
