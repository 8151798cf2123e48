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

/** One map's counts: concepts of its forms, and the concepts only its stems point to. */
interface MapCounts {
  /** Concept → number of forms pointing to it. */
  readonly forms: Map<string, number>;
  /** Concepts of stems that no form points to (each once). */
  readonly stemOnly: readonly string[];
  /** `forms` with each of `stemOnly` at 1: the counts of this map alone. */
  alone?: ReadonlyMap<string, number>;
  /** Keys of the map's forms and stems with a space: the first words of multiword entries. */
  starters?: readonly string[];
}

const memo = new WeakMap<ConceptMap, MapCounts>();

function countsOf(map: ConceptMap): MapCounts {
  let c = memo.get(map);
  if (c) return c;
  const forms = new Map<string, number>();
  map.forms.forEach((cs) => eachConcept(cs, (k) => forms.set(k, (forms.get(k) ?? 0) + 1)));
  const stemOnly = new Set<string>();
  map.stems.forEach((cs) => eachConcept(cs, (k) => forms.has(k) || stemOnly.add(k)));
  c = { forms, stemOnly: [...stemOnly] };
  memo.set(map, c);
  return c;
}

/**
 * How many forms of `maps` point to each concept, the maps taken in turn (a concept only stems point
 * to counts 1 unless an earlier map counted it). Read-only: with one map, the map's own memo is returned.
 */
export function conceptCounts(maps: readonly ConceptMap[]): ReadonlyMap<string, number> {
  if (maps.length === 1) {
    const c = countsOf(maps[0]);
    if (!c.alone) {
      const alone = new Map(c.forms);
      for (const k of c.stemOnly) alone.set(k, 1);
      c.alone = alone;
    }
    return c.alone;
  }
  const into = new Map<string, number>();
  for (const m of maps) {
    const c = countsOf(m);
    for (const [k, n] of c.forms) into.set(k, (into.get(k) ?? 0) + n);
    for (const k of c.stemOnly) if (!into.has(k)) into.set(k, 1);
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
