import { describe, expect, it } from 'vitest';
import { extractNumbers, readNumeral, sameNumber } from '../../src/text/numbers.js';

const values = (text: string, lang?: string) => extractNumbers(text, lang).map((n) => n.value);
const kinds = (text: string, lang?: string) => extractNumbers(text, lang).map((n) => [n.raw, n.value, n.kind]);

describe('extractNumbers: locale formats', () => {
  it.each([
    ['1,000.5', 'en'], ['1.000,5', 'de'], ['1.000,5', 'id'], ['1 000,5', 'fr'], ['1\u202f000,5', 'fr'],
    ['1\u00a0000,5', 'fr'], ['1\u202f000,5', 'en'], ['1.000,5', undefined], ['1,000.5', undefined],
  ])('%s (%s) is 1000.5', (text, lang) => {
    expect(values(`about ${text} tons`, lang)).toEqual([1000.5]);
  });
  it.each([
    ['1,500', 'en', 1500], ['1.500', 'de', 1500], ['1.500', 'id', 1500], ['1,500', 'de', 1.5], ['1.500', 'en', 1.5],
    ['1,5', 'id', 1.5], ['1.5', 'id', 1.5], ['0,500', 'en', 0.5], ['1,000,000', 'en', 1e6], ['1.000.000', 'es', 1e6],
    ["1'000", 'de', 1000], ['12345', 'en', 12345], ['1,500', undefined, 1500], ['1.500', undefined, 1500],
  ])('%s in %s is %d', (text, lang, value) => {
    expect(values(`they saw ${text} people`, lang)).toEqual([value]);
  });
  it('a plain space groups thousands only where the language does so', () => {
    expect(values('15 000 personnes', 'fr')).toEqual([15000]);
    expect(values('in 2023 100 people', 'en')).toEqual([2023, 100]);
    expect(values('15 000 people', 'en')).toEqual([15, 0]);
  });
  it('readNumeral stops before an impossible grouping', () => {
    expect(readNumeral('1,00,000', 0, 'en')).toMatchObject({ value: 1 });
  });
});

describe('extractNumbers: percent, scale words, ordinals, years', () => {
  it.each([
    ['5%', 'en'], ['5 %', 'fr'], ['5 percent', 'en'], ['5 per cent', 'en'], ['5 persen', 'id'], ['5 peratus', 'ms'],
    ['5 Prozent', 'de'], ['5 por ciento', 'es'], ['5 por cento', 'pt'], ['5 pour cent', 'fr'], ['5 per cento', 'it'], ['5 procent', 'nl'],
  ])('%s (%s) is 5 percent', (text, lang) => {
    expect(kinds(`rose ${text} today`, lang)).toEqual([[text, 5, 'percent']]);
  });
  it.each([
    ['1,5 juta', 'id', 1.5e6], ['1.5 million', 'en', 1.5e6], ['2 miliar', 'id', 2e9], ['2 billion', 'en', 2e9],
    ['2 billions', 'fr', 2e12], ['3 Milliarden', 'de', 3e9], ['3 Mrd.', 'de', 3e9], ['3 millones', 'es', 3e6], ['10 ribu', 'id', 1e4],
    ['2,5 milhões', 'pt', 2.5e6], ['4 miljard', 'nl', 4e9], ['5bn', 'en', 5e9],
  ])('%s (%s) is %d', (text, lang, value) => {
    expect(values(`worth ${text} here`, lang)).toEqual([value]);
  });
  it('ordinals and years', () => {
    expect(kinds('the 3rd meeting in 2023', 'en')).toEqual([['3rd', 3, 'ordinal'], ['2023', 2023, 'year']]);
    expect(kinds('pertemuan ke-2', 'id')).toEqual([['2', 2, 'ordinal']]);
    expect(kinds('le 2e tour', 'fr')).toEqual([['2e', 2, 'ordinal']]);
  });
});

describe('extractNumbers: words', () => {
  it.each([
    ['twenty-five', 'en', 25], ['two hundred thousand', 'en', 2e5], ['a million', 'en', 1e6], ['three million', 'en', 3e6],
    ['a hundred and one', 'en', 101], ['dua puluh lima', 'id', 25], ['tiga ratus dua puluh', 'id', 320], ['dua belas', 'id', 12],
    ['seribu dua ratus', 'id', 1200], ['lima juta', 'id', 5e6], ['tiga juta', 'ms', 3e6], ['veintidós', 'es', 22],
    ['treinta y dos', 'es', 32], ['tres mil millones', 'es', 3e9], ['un millón', 'es', 1e6], ['vinte e dois', 'pt', 22],
    ['quatre-vingt-dix-sept', 'fr', 97], ['vingt et un', 'fr', 21], ['deux cents', 'fr', 200], ['einundzwanzig', 'de', 21],
    ['zweihundert', 'de', 200], ['eine Million', 'de', 1e6], ['ventuno', 'it', 21], ['trentatré', 'it', 33], ['duemila', 'it', 2000],
    ['tweeëntwintig', 'nl', 22], ['drie miljoen', 'nl', 3e6], ['tuttugu og fimm', 'is', 25], ['sexu', 'is', 6], ['fimmu', 'is', 5],
  ])('%s (%s) is %d', (text, lang, value) => {
    expect(extractNumbers(`they said ${text} here`, lang)).toMatchObject([{ raw: text, value, form: 'words' }]);
  });
  it('articles alone are not numbers', () => {
    expect(values('un hombre y una mujer', 'es')).toEqual([]);
    expect(values('ein Mann', 'de')).toEqual([]);
    expect(values('een man', 'nl')).toEqual([]);
    expect(values('a man', 'en')).toEqual([]);
  });
  it('capitalised number words only count at the start (Lima the city)', () => {
    expect(values('di Lima, Peru', 'id')).toEqual([]);
    expect(values('Lima orang tewas', 'id')).toEqual([5]);
  });
  it('the two countries = kedua negara', () => {
    expect(values('the two countries', 'en')).toEqual([2]);
    expect(values('kedua negara', 'id')).toEqual([2]);
  });
  it('words can be switched off', () => {
    expect(extractNumbers('two people', 'en', { words: false })).toEqual([]);
  });
});

describe('extractNumbers: what is not a number', () => {
  it.each([
    ['G20 summit', 'en'], ['COVID-19 cases', 'en'], ['F-16 jets', 'en'], ['see https://example.com/a/123', 'en'],
    ['mail a1@x9.com', 'en'], ['@user99 said', 'en'], ['#tag2023 trends', 'en'], ['at 14:30', 'en'], ['pukul 14.30 WIB', 'id'],
    ['pada hari Jumat (4/1)', 'id'], ['on February 4, 2023', 'en'], ['am 4.1.2023', 'de'], ['on 2023-01-04', 'en'],
    ['pic.twitter.com/u6KeMmXddz', 'en'],
  ])('%s', (text, lang) => {
    expect(extractNumbers(text, lang)).toEqual([]);
  });
  it('capital Os right after digits are OCR zeros; a code with letters stays no number', () => {
    // `7O.Jahrgang` is `70. Jahrgang` read by OCR; `7OX` (a letter after the O) and `19O5` (a digit after it) are left alone.
    expect(extractNumbers('Touristen-Zeitung , 7O.Jahrgang , Folge 1.', 'fr').map((n) => [n.raw, n.value])).toEqual([['7O', 70], ['1', 1]]);
    expect(extractNumbers('Typ 7OX', 'de')).toEqual([]);
    expect(extractNumbers('im Jahr 19O5', 'de')).toEqual([]);
  });
  it('spans are exact and caller exclusions apply', () => {
    const text = 'Rp5.000 dan 7 orang';
    for (const n of extractNumbers(text, 'id')) expect(text.slice(n.start, n.end)).toBe(n.raw);
    expect(values(text, 'id')).toEqual([5000, 7]);
    expect(extractNumbers(text, 'id', { exclude: [[12, 13]] }).map((n) => n.value)).toEqual([5000]);
  });
  it('sameNumber ignores float noise only', () => {
    expect(sameNumber(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameNumber(1.5e6, 1.5e6 + 1)).toBe(false);
  });
});
