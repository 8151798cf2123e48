// A name translated word by word is not missing when the dictionaries of the pair translate its
// words (shipped en–fr lexicon: agence → agency, européen(ne) → European).
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { pair, swap } from './helpers.js';

const codes = (input: CheckInput) => checkAlignment(input, { checks: ['names'] }).map((f) => `${f.code} ${f.expected ?? f.actual ?? ''}`);

describe('names translated word by word', () => {
  it('European Space Agency ↔ Agence spatiale européenne is not name-missing (either direction)', () => {
    const input = pair('en', 'The rocket was built by the European Space Agency in Kourou.', 'fr', "La fusée a été construite par l'Agence spatiale européenne à Kourou.");
    expect(codes(input)).toEqual([]);
    expect(codes(swap(input))).toEqual([]);
  });

  it('French Guiana ↔ Guyane française is not name-missing (French = française, by its stem français)', () => {
    // `Guyane` is no dictionary translation of `Guiana`, but the exonym table (src/text/exonyms.ts)
    // lists Guiana/Guyane as one place: nothing is reported.
    expect(codes(pair('en', 'The launch site is in French Guiana.', 'fr', 'Le site de lancement est en Guyane française.'))).toEqual([]);
  });

  it('a name whose words do not translate into the pair is still missing', () => {
    expect(codes(pair('en', 'The rocket was built by the European Space Agency in Kourou.', 'fr', 'La fusée a été construite à Kourou.'))).toEqual(['name-missing European Space Agency']);
  });

  it('without a lexicon for the pair nothing changes', () => {
    expect(codes(pair('en', 'The rocket was built by the European Space Agency in Kourou.', 'xx', "La fusée a été construite par l'Agence spatiale européenne à Kourou."))).toEqual(['name-missing European Space Agency']);
  });
  it('a name translated inside a compound is not missing (Culture in menningarnefndin, Committee in Eftirlitsnefnd)', () => {
    // is–en dictionary: culture = menning, the head of `menningarnefndin`; committee = nefnd, the tail of
    // `Eftirlitsnefnd` (one of the two words of `Control Committee`: half, the share needed).
    expect(codes(pair('en', 'The Committee for Knowledge and Culture meets today.', 'is', 'Þekkingar- og menningarnefndin fundar í dag.'))).toEqual([]);
    expect(codes(pair('en', 'The Control Committee exercises oversight over the budget.', 'is', 'Eftirlitsnefnd fer með eftirlit með fjárlögum.'))).toEqual([]);
  });

  it('without the compound the name is still missing', () => {
    expect(codes(pair('en', 'The Control Committee exercises oversight over the budget.', 'is', 'Hún fer með eftirlit með fjárlögum.'))).toEqual(['name-missing Control Committee']);
  });
});
