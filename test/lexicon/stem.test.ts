// What each language's stemmer does to the inflections texts hold and dictionaries do not (the
// expected stems are the Snowball algorithms' published outputs, or the suffix lists of stem.ts
// applied by hand).
import { describe, expect, it } from 'vitest';
import { conceptOf, formKey } from '../../src/lexicon/normalise.js';
import { stemmerFor, stemmerKind } from '../../src/lexicon/stem.js';

describe('stemmers', () => {
  it.each([
    ['en', 'experiences', 'experi'],
    ['en', 'experience', 'experi'],
    ['en', 'bolstering', 'bolster'],
    ['id', 'mengimplementasikan', 'implementasi'],
    ['id', 'menggarisbawahi', 'garisbawah'],
    ['id', 'menghadapi', 'hadap'],
    ['de', 'Häuser'.toLowerCase(), 'haus'],
    ['fr', 'européenne', 'européen'],
    ['ru', 'министры', 'министр'],
    ['pl', 'ministrów', 'ministr'],
    ['cs', 'ministrem', 'ministr'],
    ['is', 'ráðherrar', 'ráðher'],
    ['is', 'ráðherra', 'ráðher'],
    ['is', 'jöklinum', 'jakl'],
    ['ja', '外務大臣', '外務大臣'],
  ])('%s: %s → %s', (lang, word, stem) => {
    expect(stemmerFor(lang)(word)).toBe(stem);
  });

  it('says what each covered language gets', () => {
    expect(['en', 'id', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'sv', 'fi', 'ar', 'tr'].map(stemmerKind)).toEqual(Array(13).fill('snowball'));
    expect(['pl', 'cs', 'is'].map(stemmerKind)).toEqual(['suffixes', 'suffixes', 'suffixes']);
    expect(stemmerKind('ja')).toBe('none');
  });
});

describe('concept ids', () => {
  it('English terms are stemmed word by word; other languages carry their code', () => {
    expect(conceptOf('Foreign Ministers', 'en')).toBe('foreign minist');
    expect(conceptOf('sommet', 'fr')).toBe('fr:sommet');
    expect(conceptOf('1999', 'en')).toBe('');
  });

  it('form keys are lower case, NFC, with one kind of apostrophe and hyphens as spaces', () => {
    expect(formKey('Kerja-Sama')).toBe('kerja sama');
    expect(formKey('aujourd’hui')).toBe("aujourd'hui");
    expect(formKey('e\u0301te\u0301')).toBe('été');
  });
});
