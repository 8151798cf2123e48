// Concept counts worked out once per map and merged give what counting the maps in turn into one
// Map gave (the former `countConcepts`), for a hand-made case and for the sides of shipped pairs.
import { describe, expect, it } from 'vitest';
import { conceptCounts, eachConcept, multiwordStarters } from '../../src/lexicon/counts.js';
import { type ConceptMap, pairLexicons } from '../../src/lexicon/pair.js';

/** The former count: forms add 1 per concept; a stem's concept counts 1 when nothing counted it yet. */
function reference(maps: readonly ConceptMap[]): Map<string, number> {
  const into = new Map<string, number>();
  for (const m of maps) {
    for (const cs of m.forms.values()) eachConcept(cs, (c) => into.set(c, (into.get(c) ?? 0) + 1));
    for (const cs of m.stems.values()) eachConcept(cs, (c) => into.has(c) || into.set(c, 1));
  }
  return into;
}

const map = (forms: Record<string, string>, stems: Record<string, string> = {}): ConceptMap => ({
  forms: new Map(Object.entries(forms)),
  stems: new Map(Object.entries(stems)),
});

describe('conceptCounts', () => {
  it('counts forms per concept and stem-only concepts once, map after map', () => {
    const a = map({ chat: 'cat', matou: 'cat|tomcat', 'mot de passe': 'password' }, { chien: 'dog' });
    const b = map({ hund: 'dog' }, { katz: 'cat|kitty' });
    // a alone: cat 2 (chat, matou), tomcat 1, password 1, dog 1 (stem only).
    expect(Object.fromEntries(conceptCounts([a]))).toEqual({ cat: 2, tomcat: 1, password: 1, dog: 1 });
    // a then b: dog 1 + 1 (hund's form); cat already counted so b's stem adds nothing; kitty 1.
    expect(Object.fromEntries(conceptCounts([a, b]))).toEqual({ cat: 2, tomcat: 1, password: 1, dog: 2, kitty: 1 });
    // b then a: b has dog 1 (form), cat and kitty 1 (stems only); a's forms add cat 2 → 3; a's stem dog: already there.
    expect(Object.fromEntries(conceptCounts([b, a]))).toEqual({ dog: 1, cat: 3, kitty: 1, tomcat: 1, password: 1 });
    expect(conceptCounts([a, a]).get('cat')).toBe(4); // a map listed twice counts twice, as before
    expect(multiwordStarters(a)).toEqual(['mot']);
  });

  it.each([
    ['fr', 'en'],
    ['fr', 'de'],
    ['fr', 'es'],
    ['pl', 'en'],
    ['pt', 'es'],
  ])('gives the sides of %s–%s the counts the former code gave', (s, t) => {
    const pair = pairLexicons(s, t)!;
    for (const side of [pair.source, pair.target]) {
      expect(new Map(conceptCounts(side.maps))).toEqual(reference(side.maps));
    }
    // A side's identities are the counts of the other side's maps into its language.
    for (const [side, other] of [
      [pair.source, pair.target],
      [pair.target, pair.source],
    ] as const) {
      for (const [prefix, counts] of side.identities) {
        const lang = prefix === '' ? 'en' : prefix.slice(0, -1);
        const into = other.maps.filter((m) => 'meta' in m && (m as { meta: { concepts: string } }).meta.concepts === lang);
        expect(new Map(counts)).toEqual(reference(into));
      }
    }
  });
});
