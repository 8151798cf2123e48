// English synonyms through an X→English file: the other concepts of the X words a concept
// translates, and what the English side of a pair emits with them.
import { describe, expect, it } from 'vitest';
import { conceptCounts } from '../../src/lexicon/counts.js';
import type { ConceptMap, SideLexicons } from '../../src/lexicon/pair.js';
import { ConceptResolver } from '../../src/lexicon/resolve.js';
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
