// Name forms that are not misspellings: initials, hyphens, umlauts, dictionary exonyms, shared case
// endings, and names every pair translates. Expected codes worked out by hand from each fixture.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { plainForm, sameForm } from '../../src/check/name-forms.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, pair, side } from './helpers.js';

const codes = (input: CheckInput) =>
  checkAlignment(input, { checks: ['names'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

/** Sentences paired 1-1 in order. */
const pairs = (srcLang: string, src: string[], tgtLang: string, tgt: string[]): CheckInput => ({
  source: side(srcLang, src), target: side(tgtLang, tgt), beads: src.map((_, i) => bead([i], [i])),
});

describe('plainForm / sameForm', () => {
  it.each([
    ['E.Schneider', 'schneider'], ['A.J.M.Smyth', 'smyth'], ['Touristen-Zeitung', 'touristenzeitung'], ['Österr', 'oesterr'],
  ])('plainForm(%s) = %s', (name, plain) => expect(plainForm(name)).toBe(plain));
  it('tells a real variant apart', () => {
    expect(sameForm('Oesterreichische', 'Österreichische')).toBe(true);
    expect(sameForm('Paragot', 'Parangot')).toBe(false);
  });
});

describe('names check: forms that are not misspellings', () => {
  it('initials glued to a name, hyphens and umlaut spellings are the same name', () => {
    expect(codes(pair('de', 'Die Route fand damals E. Schneider mit anderen.', 'fr', 'La voie fut trouvée par E.Schneider avec d’autres.'))).toEqual([]);
    expect(codes(pair('de', 'Sie schrieben in der Touristenzeitung aus Wien darüber.', 'fr', 'Ils ont écrit dans la Touristen-Zeitung de Vienne.'))).toEqual([]);
  });
  it('an exonym the de–fr dictionary translates is not a spelling variant (Ozean/Océan)', () => {
    expect(codes(pair('de', 'Die Flüsse strömten zum Indischen Ozean hinunter.', 'fr', "Les fleuves coulaient vers l'Océan indien."))).toEqual([]);
  });
  it('a one-letter slip is still a spelling variant', () => {
    expect(codes(pair('de', 'Sie stiegen zum Baltoro hinunter.', 'fr', 'Ils descendirent au Balturo.'))).toEqual(['warning name-spelling Baltoro/Balturo']);
  });
  it('an ending change two names share is a case ending; one alone is reported', () => {
    const src = ['Gígjökull moves north from Eyjafjallajökull today.', 'Sólheimajökull is a part of Mýrdalsjökull today.'];
    const tgt = ['Gígjökull gengur norður úr Eyjafjallajökli í dag.', 'Sólheimajökull tilheyrir Mýrdalsjökli í dag.'];
    expect(codes(pairs('en', src, 'is', tgt))).toEqual([]);
    // Only the first pair: `ull→li` happens to one name only, so it is a variant a reviewer should see.
    expect(codes(pairs('en', src.slice(0, 1), 'is', tgt.slice(0, 1)))).toEqual(['warning name-spelling Eyjafjallajökull/Eyjafjallajökli']);
  });
  it('a name missing from every pair it occurs in is info; missing once of twice it is a warning', () => {
    // Sentences 1 and 2 keep the two mentions out of each other's neighbouring beads.
    const src = ['The Presidium meets in spring.', 'It is a long meeting.', 'Many people come.', 'The Presidium decides the venue.'];
    const filler = ['Þetta er langur fundur.', 'Margir koma.'];
    expect(codes(pairs('en', src, 'is', ['Forsætisnefnd kemur saman á vorin.', ...filler, 'Forsætisnefnd ákveður staðinn.']))).toEqual([
      'info name-missing Presidium/', 'info name-missing Presidium/',
    ]);
    expect(codes(pairs('en', src, 'is', ['Presidium kemur saman á vorin.', ...filler, 'Forsætisnefnd ákveður staðinn.']))).toEqual([
      'warning name-missing Presidium/',
    ]);
  });
});

describe('names check: parts of a hyphenated compound', () => {
  it('a slip in a part is a variant even when the other side does not have the compound (Himalaya-Gesellschaft)', () => {
    const src = 'Diese Erfolge werden die Österreichische Himalaya-Gesellschaft über den Verlust trösten.';
    expect(codes(pair('de', src, 'fr', 'Ces succès consoleront la Société Himamaya de Vienne de sa perte.'))).toEqual(['warning name-spelling Himalaya/Himamaya']);
    expect(codes(pair('de', src, 'fr', 'Ces succès consoleront la Société Himalaya de Vienne de sa perte.'))).toEqual([]);
  });
});

describe('names check: the same variant again', () => {
  it('is info after its first warning; another variant is a warning of its own', () => {
    // (`Mustagh`/`Muztagh`, two transliterations, would be info from the first: see eager.test.ts.)
    const src = ['Sie stiegen zum Mustagh hinauf.', 'Der Weg war lang und schwer.', 'Der Mustagh war schön.', 'Dann kam der Baltoro.'];
    const tgt = ['Ils montèrent au Mostagh.', 'La route était longue et dure.', 'Le Mostagh était beau.', 'Puis vint le Balturo.'];
    expect(codes(pairs('de', src, 'fr', tgt))).toEqual([
      'warning name-spelling Mustagh/Mostagh', 'info name-spelling Mustagh/Mostagh', 'warning name-spelling Baltoro/Balturo',
    ]);
  });
});
