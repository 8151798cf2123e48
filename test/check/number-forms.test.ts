// Roman numerals, clock times, short range years and -tausender compounds in the numbers check. Values worked out by hand.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { findRomanNumerals, romanValue } from '../../src/check/roman-numerals.js';
import { findClockTimes, findShortRangeYears, findThousanders } from '../../src/check/number-forms.js';
import { pair, swap } from './helpers.js';

const codes = (input: ReturnType<typeof pair>) => checkAlignment(input, { checks: ['numbers'] }).map((f) => `${f.severity} ${f.code}`);

describe('Roman numerals', () => {
  it.each([['II', 2], ['III', 3], ['IV', 4], ['XI', 11], ['XIV', 14], ['MCMLVI', 1956], ['IIII', undefined], ['VX', undefined]])(
    'romanValue(%s) = %s', (word, value) => expect(romanValue(word)).toBe(value));
  it('finds numerals standing as words, not a lone I, not inside capitals or other words', () => {
    expect(findRomanNumerals('I saw camp III and Bd. XI, then MIXED and XIth.').map((r) => r.value)).toEqual([3, 11]);
    expect(findRomanNumerals('CAMP III')).toEqual([]);
  });
  it('camp II and III answer Camp 2 and 3 (either direction)', () => {
    const input = pair('de', 'Diese Strecke zwischen Camp 2 und 3 war ein böses Stück.', 'fr', 'Le parcours entre le camp II et le camp III était mauvais.');
    expect(codes(input)).toEqual([]);
    expect(codes(swap(input))).toEqual([]);
  });
  it('a numeral is never reported on its own, and a wrong value still leaves the digit missing', () => {
    expect(codes(pair('de', 'Sie erreichten das Lager.', 'fr', 'Ils atteignirent le camp IV.'))).toEqual([]);
    expect(codes(pair('de', 'Sie erreichten Lager 3.', 'fr', 'Ils atteignirent le camp IV.'))).toEqual(['warning number-missing']);
  });
});

describe('clock times and -tausender compounds', () => {
  it('reads a clock time as one number, hours + minutes / 100', () => {
    expect(findClockTimes('um 15.30 Uhr, vers 15 h. 30, à 9h05, at 23:59').map((t) => t.value)).toEqual([15.3, 15.3, 9.05, 23.59]);
    // Not a time: minutes above 59, a decimal without a unit.
    expect(findClockTimes('Il mesure 15 h. 75 et 15.30 m.')).toEqual([]);
  });
  it('15.30 Uhr answers 15 h. 30 (either direction); a changed minute is a mismatch', () => {
    const input = pair('de', 'Wir verliessen das Gebiet etwa um 15.30 Uhr am Vortag.', 'fr', 'Nous avions quitté ces lieux la veille vers 15 h. 30 environ.');
    expect(codes(input)).toEqual([]);
    expect(codes(swap(input))).toEqual([]);
    expect(codes(pair('de', 'Wir verliessen das Gebiet etwa um 15.30 Uhr am Vortag.', 'fr', 'Nous avions quitté ces lieux la veille vers 15 h. 31 environ.'))).toEqual(['error number-mismatch']);
  });
  it('Achttausender answers « 8000 », and is never reported on its own', () => {
    expect(findThousanders('zwei Achttausender und ein Siebentausendern').map((t) => t.value)).toEqual([8000, 7000]);
    expect(codes(pair('de', 'Er ist der dritte Achttausender der Österreicher.', 'fr', 'C’est le troisième « 8000 » des Autrichiens.'))).toEqual([]);
    expect(codes(pair('de', 'Er ist der dritte Achttausender der Österreicher.', 'fr', 'C’est le troisième sommet des Autrichiens.'))).toEqual([]);
  });
});

describe('the short second year of a range', () => {
  it('1952/53 holds 1953; 1999/00 holds 2000; a page range is no year', () => {
    expect(findShortRangeYears('1952/53, 1954-55 und 1999/00, S. 161-77').map((y) => y.value)).toEqual([1953, 1955, 2000]);
  });
  it('1952 und 1953 answers 1952/53 (either direction)', () => {
    const input = pair('de', 'Die Forscher kamen 1952 und 1953 in das Tal.', 'fr', 'Les chercheurs vinrent en 1952/53 dans la vallée.');
    expect(codes(input)).toEqual([]);
    expect(codes(swap(input))).toEqual([]);
  });
});
