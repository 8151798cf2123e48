// Number readings added for issue 14's false alarms: ordinal words (de, fr), OCR's `1'` for `l'`, and
// whole numbers with a vulgar fraction. Expected values are the plain reading of each phrase.
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/text/numbers.js';
import { checkAlignment } from '../../src/check/index.js';
import { pair } from '../check/helpers.js';

const read = (text: string, lang: string) => extractNumbers(text, lang).map((n) => [n.raw, n.value, n.kind, n.form]);

describe('extractNumbers: ordinal words', () => {
  it('reads German ordinals in every ending, and French ordinals in -ième', () => {
    expect(read('der zweiten Besteigung und der dritten', 'de')).toEqual([['zweiten', 2, 'ordinal', 'words'], ['dritten', 3, 'ordinal', 'words']]);
    expect(read('la deuxième et la cinquième fois', 'fr')).toEqual([['deuxième', 2, 'ordinal', 'words'], ['cinquième', 5, 'ordinal', 'words']]);
  });
  it('leaves out words that are also something else (`achten auf`, `une seconde`)', () => {
    expect(read('Sie achten darauf', 'de')).toEqual([]);
    expect(read('attendez une seconde', 'fr')).toEqual([]);
  });
  it('so `2e` has its counterpart in `zweite`, and no number-extra is raised', () => {
    const input = pair('de', '1956 kam die zweite argentinische Expedition.', 'fr', 'En 1956 vint la 2e expédition argentine.');
    expect(checkAlignment(input, { checks: ['numbers'] })).toEqual([]);
  });
});

describe('extractNumbers: OCR and fractions', () => {
  it("reads `1'` before a word as the article l' in French and Italian, not in English", () => {
    expect(read("il ne faut pas exagérer 1'«Human» ni 1' officier", 'fr')).toEqual([]);
    expect(read("1'000 et 11' plus tard", 'fr')).toEqual([["1'000", 1000, 'number', 'digits'], ['11', 11, 'number', 'digits']]);
    expect(read("a 1' board", 'en')).toEqual([['1', 1, 'number', 'digits']]);
  });
  it('reads a whole number and a vulgar fraction as one number: 1 ½ = 1.5, 2¼ = 2.25', () => {
    expect(read('etwa 1 ½ m tief, 2¼ Tage', 'de')).toEqual([['1 ½', 1.5, 'number', 'digits'], ['2¼', 2.25, 'number', 'digits']]);
    const input = pair('de', 'Das Wasser war etwa 1 ½ m tief.', 'fr', "L'eau était profonde de 1,50 m.");
    expect(checkAlignment(input, { checks: ['numbers'] })).toEqual([]);
  });
});

describe('unmatchedNumbers: numerals pair with numerals first', () => {
  it('a digit `1` takes the other side\'s `1`, not the ordinal word `Erste` before it', () => {
    // Source: Erste (1, word), Folge 1 (digits). Target: Folge 1 only. Digits first: 1 = 1, and the
    // word left over is small, so nothing is reported.
    const input = pair('de', 'Erste Besteigung, Folge 1, Wien.', 'fr', 'Première ascension, fascicule 1, Vienne.');
    expect(checkAlignment(input, { checks: ['numbers'] })).toEqual([]);
    const input2 = pair('de', 'Erste Besteigung, Folge 1, Wien.', 'fr', 'Ascension, fascicule 1, Vienne.');
    expect(checkAlignment(input2, { checks: ['numbers'] })).toEqual([]);
  });
});

describe('extractNumbers: English scores and Roman numerals outside English', () => {
  it('reads the old scores as tens: threescore and seventeen = 60 + 17, an hundred and fourscore thousand = 180 × 1000', () => {
    expect(read('even threescore and seventeen men', 'en')).toEqual([['threescore and seventeen', 77, 'number', 'words']]);
    expect(read('an hundred and fourscore thousand chosen men', 'en')).toEqual([['an hundred and fourscore thousand', 180000, 'number', 'words']]);
    expect(read('an apple', 'en')).toEqual([]);
  });
  it('reads English units before their tens (`five and thirty` = 5 + 30) and a new group after a scale (`… thousand and an hundred`)', () => {
    expect(read('Arphaxad lived five and thirty years', 'en')).toEqual([['five and thirty', 35, 'number', 'words']]);
    // 100 + (7 + 20) = 127; 100,000 + 8,000 + 1 × 100 = 108,100; 600,000 + 1,000 + 700 + 30 = 601,730.
    expect(read('Sarah was an hundred and seven and twenty years old', 'en')).toEqual([['an hundred and seven and twenty', 127, 'number', 'words']]);
    expect(read('an hundred thousand and eight thousand and an hundred, throughout', 'en')).toEqual([['an hundred thousand and eight thousand and an hundred', 108100, 'number', 'words']]);
    expect(read('six hundred thousand and a thousand seven hundred and thirty.', 'en').map(([, v]) => v)).toEqual([601730]);
  });
  it('keeps two numbers where the words are two: `between five and twenty`, `ten and twenty`, `a thousand and a man`, other languages', () => {
    expect(read('between five and twenty people', 'en').map(([, v]) => v)).toEqual([5, 20]);
    expect(read('ten and twenty', 'en').map(([, v]) => v)).toEqual([10, 20]);
    expect(read('a thousand and a man', 'en').map(([, v]) => v)).toEqual([1000]);
    expect(read('cinq et vingt', 'fr').map(([, v]) => v)).toEqual([5, 20]);
    expect(read('vingt et un ans', 'fr').map(([, v]) => v)).toEqual([21]);
  });
  it('so a Chinese 三十五 answers `five and thirty`: no number-missing', () => {
    expect(checkAlignment(pair('en', 'And Arphaxad lived five and thirty years, and begat Salah:', 'zh', '亚法撒活到三十五岁，生了沙拉。'), { checks: ['numbers'] })).toEqual([]);
    expect(checkAlignment(pair('en', 'And Arphaxad lived five and thirty years, and begat Salah:', 'zh', '亚法撒活到三十六岁，生了沙拉。'), { checks: ['numbers'] }).map((f) => f.code)).toEqual(['number-missing']);
  });
  it('a lone `I` answers a 1 in French and German (`camp I` / `Lager 1`), never in English (the pronoun)', () => {
    expect(checkAlignment(pair('de', 'Ende Juni stand Lager 1 auf 5100 m.', 'fr', 'Fin juin le camp I était installé à 5100 m.'), { checks: ['numbers'] })).toEqual([]);
    expect(checkAlignment(pair('de', 'Ende Juni stand Lager 1 auf 5100 m.', 'en', 'At the end of June camp I set up was at 5100 m.'), { checks: ['numbers'] }).map((f) => f.code)).toEqual(['number-missing']);
  });
});
