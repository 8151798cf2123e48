// How many forms point to each concept, for the maps of one side (the concepts' specificity) and for
// the identities of the other: worked out once per map and process (a shipped file is read once
// and serves both sides of a pair and every pair it is in), then merged when a side has several.
import type { ConceptMap } from './pair.js';

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
  readonly alone: Map<string, number>;
  /** The concepts only stems point to (each once). */
  readonly stemOnly: Set<string>;
  /** Keys of the map's forms and stems with a space: the first words of multiword entries. */
  starters?: readonly string[];
}

const memo = new WeakMap<ConceptMap, MapCounts>();

function countsOf(map: ConceptMap): MapCounts {
  let c = memo.get(map);
  if (c) return c;
  const alone = new Map<string, number>();
  const count = (k: string): unknown => alone.set(k, (alone.get(k) ?? 0) + 1);
  for (const cs of map.forms.values()) eachConcept(cs, count);
  const stemOnly = new Set<string>();
  const stem = (k: string): unknown => alone.has(k) || (stemOnly.add(k), alone.set(k, 1));
  for (const cs of map.stems.values()) eachConcept(cs, stem);
  c = { alone, stemOnly };
  memo.set(map, c);
  return c;
}

/**
 * How many forms of `maps` point to each concept, the maps taken in turn (a concept only stems point
 * to counts 1 unless an earlier map counted it). Read-only: with one map, the map's own memo is returned.
 */
export function conceptCounts(maps: readonly ConceptMap[]): ReadonlyMap<string, number> {
  if (maps.length === 0) return new Map();
  const first = countsOf(maps[0]).alone;
  if (maps.length === 1) return first;
  const into = new Map(first);
  for (let i = 1; i < maps.length; i++) {
    const { alone, stemOnly } = countsOf(maps[i]);
    for (const [k, n] of alone) if (!stemOnly.has(k)) into.set(k, (into.get(k) ?? 0) + n);
    for (const k of stemOnly) if (!into.has(k)) into.set(k, 1);
  }
  return into;
}

/** The first words of `map`'s multiword forms and stems (`kerja` for `kerja sama`), memoised per map. */
export function multiwordStarters(map: ConceptMap): readonly string[] {
  const c = countsOf(map);
  if (!c.starters) {
    const out: string[] = [];
    for (const keys of [map.forms.keys(), map.stems.keys()]) {
      for (const key of keys) {
        const sp = key.indexOf(' ');
        if (sp > 0) out.push(key.slice(0, sp));
      }
    }
    c.starters = out;
  }
  return c.starters;
}
