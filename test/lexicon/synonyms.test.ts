// English synonyms through an X→English file: the other concepts of the X words a concept
// translates, and what the English side of a pair emits with them.
import { describe, expect, it } from 'vitest';
import { conceptCounts } from '../../src/lexicon/counts.js';
import type { ConceptMap, SideLexicons } from '../../src/lexicon/pair.js';
import { ConceptResolver } from '../../src/lexicon/resolve.js';
import { parseLexicon } from '../../src/lexicon/shipped.js';
import { MAX_SYNONYMS, synonymMap } from '../../src/lexicon/synonyms.js';

// is → en: áhyggjur = worry, concern; kvíði = anxiety, worry; gefa = give and four more (polysemous).
const isEn: ConceptMap = {
  forms: new Map([
    ['áhyggjur', 'worri|concern'],
    ['kvíði', 'anxieti|worri'],
    ['gefa', 'give|grant|yield|present|hand'],
    ['vatn', 'water'],
  ]),
  stems: new Map(),
};

describe('synonymMap', () => {
  it('joins the concepts one X word translates as', () => {
    const syn = synonymMap(isEn);
    // worri is áhyggjur's and kvíði's: its synonyms are concern and anxieti; concern has worri only.
    expect(syn.forms.get('worri')?.split('|').sort()).toEqual(['anxieti', 'concern']);
    expect(syn.forms.get('concern')).toBe('worri');
    // A word with one translation gives no synonyms.
    expect(syn.forms.has('water')).toBe(false);
  });

  it('leaves out concepts with more than MAX_SYNONYMS synonyms', () => {
    // give has 4 co-translations (grant, yield, present, hand) > 3.
    expect(MAX_SYNONYMS).toBe(3);
    expect(synonymMap(isEn).forms.has('give')).toBe(false);
  });

  it('gives the same entries, in the same order, over a shipped file\'s text as over a Map', () => {
    // Worked out by hand, list by list (the forms' concepts; the stem `~b` is ignored):
    // b|c: b {c}, c {b}; c|b|d: c {b, d}, b {c, d}, d {c, b}; b|c|c and d|b|c add nothing;
    // d|e: d {c, b, e}, e {d}; e|d|a: e {d, a}, d gets a 4th (a): dropped, a {e, d};
    // `x|` is x alone (a trailing `|` ends no concept): x {}; `||` is two empty concepts: '' {};
    // p|q|r|s|t has 5 concepts: all dropped; `v` alone: not visited. Keys in the order first met.
    const text = [
      'a\tb|c',
      'b\tc|b|d',
      '~b\tz|y',
      'c\tb|c|c',
      'd\td|b|c',
      'f\td|e',
      'g\te|d|a',
      'i\tx|',
      'j\t||',
      'h\tp|q|r|s|t',
      'w\tv',
    ].join('\n');
    const expected: [string, string][] = [
      ['b', 'c|d'],
      ['c', 'b|d'],
      ['e', 'd|a'],
      ['a', 'e|d'],
      ['x', ''],
      ['', ''],
    ];
    const shipped = parseLexicon(text);
    const fromText = synonymMap({ forms: shipped.forms, stems: shipped.stems }).forms;
    const fromMap = synonymMap({ forms: new Map(shipped.forms), stems: new Map() }).forms;
    for (const syn of [fromText, fromMap]) {
      expect([...syn]).toEqual(expected);
      expect(syn.size).toBe(expected.length);
      expect(syn.has('d')).toBe(false); // dropped
      expect(syn.get('p')).toBeUndefined(); // in a form with 5 concepts
      expect(syn.get('v')).toBeUndefined(); // in no form with more than one
      expect(syn.get('z')).toBeUndefined(); // a stem's concept
      expect(syn.get('e')).toBe('d|a');
    }
  });

  it('keeps every concept when there are more than forms (its tables grow)', () => {
    // 40 forms of two concepts each, 80 concepts: each pair is the other's only synonym.
    const lines = Array.from({ length: 40 }, (_, i) => `w${i}\tc${i}|d${i}`);
    const shipped = parseLexicon(lines.join('\n'));
    const syn = synonymMap({ forms: shipped.forms, stems: shipped.stems }).forms;
    expect(syn.size).toBe(80);
    expect(syn.get('c0')).toBe('d0');
    expect(syn.get('d39')).toBe('c39');
    expect([...syn.keys()].slice(0, 4)).toEqual(['c0', 'd0', 'c1', 'd1']);
  });

  it('is worked out once per map', () => {
    expect(synonymMap(isEn)).toBe(synonymMap(isEn));
  });
});

describe('ConceptResolver with English synonyms', () => {
  it('lets an English word meet an X word glossed by its synonym', () => {
    const counts = conceptCounts([isEn]);
    const en: SideLexicons = { lang: 'en', maps: [], back: [{ prefix: '', map: synonymMap(isEn) }], identities: new Map([['', counts]]) };
    const is: SideLexicons = { lang: 'is', maps: [isEn], identities: new Map() };
    const hashes = (side: SideLexicons, text: string): Map<number, number> => {
      const out = new Map<number, number>();
      new ConceptResolver(side).resolve(text, (h, w) => out.set(h, Math.round(w * 1000) / 1000));
      return out;
    };
    // `concerns` → concept concern (1 form: weight 1) and, through áhyggjur, worri at
    // 0.7 × 1 / √1 × specificity(2 forms) = 0.7 (min(1, 2 / (1 + ln 2)) = 1).
    const c = hashes(en, 'concerns');
    expect([...c.values()].sort()).toEqual([0.7, 1]);
    // kvíði (anxiety, worry) shares worri with it; without the synonyms it shares nothing.
    const k = hashes(is, 'kvíði');
    expect([...c.keys()].filter((h) => k.has(h))).toHaveLength(1);
    const plain = hashes({ ...en, back: [] }, 'concerns');
    expect([...plain.keys()].filter((h) => k.has(h))).toHaveLength(0);
  });
});
