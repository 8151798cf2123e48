// Roman numerals as counterparts of digits. Values worked out by hand.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { findRomanNumerals, romanValue } from '../../src/check/roman-numerals.js';
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
