// English synonyms through a language's X→English file: two English concepts are synonyms when
// one X word translates as both (Icelandic `áhyggjur` = worry, concern, anxiety). The English side
// of an en–X pair looks its words' concepts up here, so an English word meets an X word glossed by
// one of its synonyms (the round trip English → X → English; resolve.ts `roundTrip`).
import { eachConcept } from './counts.js';
import type { ConceptMap } from './pair.js';

/**
 * Most synonyms a concept may have and still get them: a concept many X words share (`give`,
 * `take`) is too polysemous for its co-translations to be its synonyms.
 */
export const MAX_SYNONYMS = 3;

const memo = new WeakMap<ConceptMap, ConceptMap>();

/**
 * A map from each English concept of `map` (an X→English file) to its synonyms there, joined by
 * `|`: the other concepts of the forms that have it (forms only, not stems). Concepts with more
 * than {@link MAX_SYNONYMS} are left out. Worked out once per map and process.
 */
export function synonymMap(map: ConceptMap): ConceptMap {
  const hit = memo.get(map);
  if (hit) return hit;
  // A concept is dropped as soon as it has too many synonyms (`null`), so the polysemous ones, most
  // of the work, cost no set.
  const co = new Map<string, Set<string> | null>();
  const cs: string[] = [];
  map.forms.forEach((list) => {
    if (!list.includes('|')) return;
    cs.length = 0;
    eachConcept(list, (c) => cs.push(c));
    const tooMany = cs.length - 1 > MAX_SYNONYMS;
    for (const c of cs) {
      let set = co.get(c);
      if (set === null) continue;
      if (tooMany) {
        co.set(c, null);
        continue;
      }
      if (!set) co.set(c, (set = new Set()));
      for (const d of cs) if (d !== c) set.add(d);
      if (set.size > MAX_SYNONYMS) co.set(c, null);
    }
  });
  const forms = new Map<string, string>();
  for (const [c, set] of co) if (set) forms.set(c, [...set].join('|'));
  const out: ConceptMap = { forms, stems: new Map() };
  memo.set(map, out);
  return out;
}
