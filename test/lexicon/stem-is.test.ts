// The Icelandic stemmer joins the inflected forms of a word (the paradigms below are from an
// Icelandic grammar: jökull 'glacier' masc. strong with syncope, barn 'child' neut. with u-umlaut,
// saga 'story' fem. weak, hestur 'horse', kona 'woman', tapa 'lose' weak verb, þýðingarlaus
// 'meaningless' adj., þóknanlegur 'pleasing' comparison) and keeps unrelated words apart. Not
// joined, by design: genitive plurals in -na (sagna), which would cut the n of roots (barn).
import { describe, expect, it } from 'vitest';
import { icelandicStem } from '../../src/lexicon/stem-is.js';

describe('icelandicStem', () => {
  it.each([
    ['jökull', ['jökull', 'jökul', 'jökli', 'jökuls', 'jöklar', 'jökla', 'jöklum', 'jökullinn', 'jöklinum', 'jökulsins', 'jöklarnir', 'jöklana', 'jöklunum', 'jöklanna']],
    ['barn', ['barn', 'barni', 'barns', 'börn', 'barna', 'börnum', 'barnið', 'barninu', 'barnsins', 'börnin', 'börnunum', 'barnanna']],
    ['saga', ['saga', 'sögu', 'sögur', 'sögum', 'sagan', 'söguna', 'sögunni', 'sögunnar', 'sögurnar', 'sögunum']],
    ['hestur', ['hestur', 'hest', 'hesti', 'hests', 'hestar', 'hesta', 'hestum', 'hesturinn', 'hestinn', 'hestinum', 'hestsins', 'hestarnir', 'hestana', 'hestunum', 'hestanna']],
    ['kona', ['kona', 'konu', 'konur', 'konum', 'konan', 'konuna', 'konunni', 'konunnar', 'konurnar', 'konunum']],
    ['tapa', ['tapa', 'tapar', 'töpum', 'tapið', 'tapaði', 'tapaðir', 'töpuðum', 'töpuðu']],
    ['þýðingarlaus', ['þýðingarlaus', 'þýðingarlausir', 'þýðingarlausu', 'þýðingarlausum', 'þýðingarlausari', 'þýðingarlausasta']],
    ['þóknanlegur', ['þóknanlegur', 'þóknanlegan', 'þóknanlegri', 'þóknanlegastur', 'þóknanlegustum']],
  ])('the forms of %s share one stem', (lemma, forms) => {
    expect(new Set(forms.map(icelandicStem))).toEqual(new Set([icelandicStem(lemma)]));
  });

  it('gives the stems worked out by hand from its rules', () => {
    // jökull: -l of the nominative dropped, syncope jökul → jökl, ö → a.
    expect(icelandicStem('jöklinum')).toBe('jakl');
    // ráðherranefndarinnar: -arinnar (genitive + article) removed.
    expect(icelandicStem('ráðherranefndarinnar')).toBe('ráðherranefnd');
    expect(icelandicStem('börnin')).toBe('barn');
    // A root ending in ð keeps it: the nominative -ur goes, not -ður (góð-ur, ákveð-ur as ákveð-a).
    expect(['góður', 'góðan', 'góðir', 'góðum'].map(icelandicStem)).toEqual(['góð', 'góð', 'góð', 'góð']);
    expect(icelandicStem('ákveður')).toBe(icelandicStem('ákveða'));
  });

  it('keeps unrelated words apart', () => {
    const words = ['hestur', 'hús', 'barn', 'bær', 'saga', 'sigur', 'kona', 'kenna', 'jökull', 'jakki', 'laus', 'land'];
    expect(new Set(words.map(icelandicStem)).size).toBe(words.length);
  });
});
