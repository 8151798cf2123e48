// Concept counts worked out once per map and merged give what counting the maps in turn into one
// Map gave (the former `countConcepts`), for a hand-made case and for the sides of shipped pairs.
import { describe, expect, it } from 'vitest';
import { conceptCounts, conceptFirstWords, eachConcept, multiwordStarters } from '../../src/lexicon/counts.js';
import { type ConceptMap, pairLexicons } from '../../src/lexicon/pair.js';
import { parseLexicon } from '../../src/lexicon/shipped.js';

/** The former count: forms add 1 per concept; a stem's concept counts 1 when nothing counted it yet. */
function reference(maps: readonly ConceptMap[]): Map<string, number> {
  const into = new Map<string, number>();
  for (const m of maps) {
    for (const cs of m.forms.values()) eachConcept(cs, (c) => into.set(c, (into.get(c) ?? 0) + 1));
    for (const cs of m.stems.values()) eachConcept(cs, (c) => into.has(c) || into.set(c, 1));
  }
  return into;
}

/** Whether `get` and `has` on `counts` answer as `ref` does, for its keys and for keys it lacks. */
function sameLookups(counts: ReadonlyMap<string, number>, ref: Map<string, number>): boolean {
  for (const [k, n] of ref) if (counts.get(k) !== n || !counts.has(k)) return false;
  for (const k of ['', 'no such concept', 'zz:none']) if (counts.get(k) !== ref.get(k) || counts.has(k) !== ref.has(k)) return false;
  return counts.size === ref.size;
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
    // Concepts with a space after the prefix give their first word; one with the space right at the prefix gives none.
    const c = map({ passwort: 'fr:mot de passe', x: 'fr: y', y: 'fr:seul' });
    expect(conceptFirstWords(conceptCounts([c]), 'fr:')).toEqual(['mot']);
    expect(conceptFirstWords(conceptCounts([c, map({ z: 'fr:bon marché' })]), 'fr:')).toEqual(['mot', 'bon']);
  });

  it('counts the lists of a lexicon file where they lie in its text, as the Map count does', () => {
    // Lists with an empty concept (`a||b`), a trailing `|` (no concept after it), a concept repeated in
    // one list, a stem pointing to a counted concept (no change) and to new ones (stem only, 1), a
    // repeated key (the later line wins), and non-Latin concepts.
    const text = 'chat\tcat|tomcat\nx\ta||b\ny\tc|\nz\tcat|cat\n~chien\tdog|cat\n~chat\tkitty\nx\tb|猫\nw\t猫\n~q\t|';
    const file = { ...parseLexicon(text) };
    const ref = reference([file]);
    // By hand: cat 1 (chat) + 2 (z); tomcat 1; b 1 (the later x); 猫 2 (x, w); c 1; dog 1 (stem only);
    // kitty 1 (stem only); '' 1 (the stem q's list `|`). The first x line (a, '', b) is shadowed.
    expect(Object.fromEntries(ref)).toEqual({ cat: 3, tomcat: 1, b: 1, 猫: 2, c: 1, dog: 1, kitty: 1, '': 1 });
    const counts = conceptCounts([file]);
    expect(sameLookups(counts, ref)).toBe(true);
    expect(new Map(counts)).toEqual(ref);
    // Merged with a plain map: its stem-only `dog` stays 1; its form `kitty` adds 1 to the file's stem-only 1.
    const other = map({ k: 'kitty' }, { d: 'dog' });
    expect(sameLookups(conceptCounts([file, other]), reference([file, other]))).toBe(true);
    expect(conceptCounts([file, other]).get('kitty')).toBe(2);
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
      const ref = reference(side.maps);
      // Looked up one by one (a side with several maps adds them up per lookup), then iterated.
      const counts = conceptCounts(side.maps);
      expect(sameLookups(counts, ref)).toBe(true);
      expect(new Map(counts)).toEqual(ref);
    }
    // A side's identities are the counts of the other side's maps into its language.
    for (const [side, other] of [
      [pair.source, pair.target],
      [pair.target, pair.source],
    ] as const) {
      for (const [prefix, counts] of side.identities) {
        const lang = prefix === '' ? 'en' : prefix.slice(0, -1);
        const into = other.maps.filter((m) => 'meta' in m && (m as { meta: { concepts: string } }).meta.concepts === lang);
        expect(sameLookups(counts, reference(into))).toBe(true);
        expect(new Map(counts)).toEqual(reference(into));
      }
    }
  });

  it.each([
    ['fr', 'de'],
    ['pl', 'en'],
    ['id', 'en'],
  ])('finds the first words of multiword entries and concepts of %s–%s as the former code did', (s, t) => {
    // The former code sliced every key and concept and cut it at its first space (at or after the prefix).
    const firstWords = (keys: Iterable<string>, from: number): string[] => {
      const out: string[] = [];
      for (const k of keys) {
        const sp = k.indexOf(' ', from);
        if (sp > from) out.push(k.slice(from, sp));
      }
      return out;
    };
    const pair = pairLexicons(s, t)!;
    for (const side of [pair.source, pair.target]) {
      for (const m of side.maps) expect(multiwordStarters(m)).toEqual(firstWords([...m.forms.keys(), ...m.stems.keys()], 0));
      for (const [prefix, counts] of side.identities) {
        expect(new Set(conceptFirstWords(counts, prefix))).toEqual(new Set(firstWords(new Map(counts).keys(), prefix.length)));
      }
    }
  });
});
