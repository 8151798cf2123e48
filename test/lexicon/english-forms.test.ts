// English base forms the stemmer cannot reach (irregular verbs, older English), and what the
// resolver emits on the English side for a word found only through its base form.
import { describe, expect, it } from 'vitest';
import { englishBases } from '../../src/lexicon/english-forms.js';
import { ConceptResolver } from '../../src/lexicon/resolve.js';
import type { SideLexicons } from '../../src/lexicon/pair.js';
import { emitted } from '../fixtures/resolver-fixture.js';

describe('englishBases', () => {
  it('gives the base of an irregular past tense or participle', () => {
    expect(englishBases('went')).toEqual(['go']);
    expect(englishBases('spoken')).toEqual(['speak']);
    expect(englishBases('spake')).toEqual(['speak']);
    // Snowball stems `died` to `di`, not `die`'s stem.
    expect(englishBases('died')).toEqual(['die']);
    expect(englishBases('hath')).toEqual(['have']);
  });

  it('strips -eth and -est, with an e put back and a doubled consonant undone', () => {
    expect(englishBases('giveth')).toEqual(['giv', 'give']);
    expect(englishBases('sitteth')).toEqual(['sitt', 'sitte', 'sit']);
    expect(englishBases('findest')).toEqual(['find', 'finde']);
    expect(englishBases('goeth')).toEqual(['go', 'goe']);
    // Too short before the ending to be a verb form: `rest`, `best`, `teeth`.
    expect(englishBases('rest')).toEqual([]);
    expect(englishBases('best')).toEqual([]);
    expect(englishBases('table')).toEqual([]);
  });
});

describe('the English side of a pair', () => {
  // English words are the other side's concepts (identities); `speak` and `die` are two of them.
  const english: SideLexicons = { lang: 'en', maps: [], identities: new Map([['', new Map([['speak', 1], ['die', 1]])]]) };

  it('finds a word through its base form at full weight', () => {
    const r = new ConceptResolver(english);
    // One concept each, specificity 1 (one form maps to it): weight 1, as for the base itself.
    expect(emitted(r, 'speak')).toEqual([1]);
    expect(emitted(r, 'spoke')).toEqual([1]);
    expect(emitted(r, 'speaketh')).toEqual([1]);
    expect(emitted(r, 'died')).toEqual([1]);
    expect(emitted(r, 'table')).toEqual([]);
  });
});
