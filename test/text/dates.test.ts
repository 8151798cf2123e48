import { describe, expect, it } from 'vitest';
import { extractDates, weekdayOf } from '../../src/text/dates.js';

const one = (text: string, lang?: string) => {
  const found = extractDates(text, lang);
  expect(found).toHaveLength(1);
  const { start, end, raw, ...rest } = found[0];
  expect(text.slice(start, end)).toBe(raw);
  return rest;
};

describe('extractDates', () => {
  it.each([
    ['February 4, 2023', 'en'], ['Feb. 4, 2023', 'en'], ['4 February 2023', 'en'], ['4 Februari 2023', 'id'], ['4 Februari 2023', 'ms'],
    ['4 de febrero de 2023', 'es'], ['4 de fevereiro de 2023', 'pt'], ['4 février 2023', 'fr'], ['4. Februar 2023', 'de'],
    ['4 febbraio 2023', 'it'], ['4 februari 2023', 'nl'], ['2023-02-04', 'en'], ['4.2.2023', 'en'], ['4/2/2023', 'id'],
    ['2/4/2023', 'en'], ['04/02/23', 'fr'],
  ])('%s (%s) is 4 February 2023', (text, lang) => {
    expect(one(`dated ${text} here`, lang)).toEqual({ year: 2023, month: 2, day: 4 });
  });
  it.each([
    ['Friday', 'en', 5], ['Jumat', 'id', 5], ["Jum'at", 'id', 5], ['Jumaat', 'ms', 5], ['viernes', 'es', 5], ['sexta-feira', 'pt', 5],
    ['vendredi', 'fr', 5], ['Freitag', 'de', 5], ['venerdì', 'it', 5], ['vrijdag', 'nl', 5], ['Sabtu', 'id', 6], ['Isnin', 'ms', 1],
  ])('%s (%s) is weekday %d', (text, lang, weekday) => {
    expect(one(`met on ${text} in town`, lang)).toEqual({ weekday });
  });
  it('the seed: Jumat (4/1) is Friday 4 January, day first', () => {
    const text = 'di Caracas pada hari Jumat (4/1).';
    expect(extractDates(text, 'id')).toEqual([{ weekday: 5, day: 4, month: 1, start: 21, end: 32, raw: 'Jumat (4/1)' }]);
  });
  it('US English reads numeric dates month first, and falls back when impossible', () => {
    expect(one('on 4/1/2023', 'en')).toEqual({ year: 2023, month: 4, day: 1 });
    expect(one('on 4/1/2023', 'id')).toEqual({ year: 2023, month: 1, day: 4 });
    expect(one('on 13/4/2023', 'en')).toEqual({ year: 2023, month: 4, day: 13 });
    expect(extractDates('on 4/1/2023', 'en', { order: 'dmy' })[0]).toMatchObject({ month: 1, day: 4 });
  });
  it('weekday joined to the date after it', () => {
    expect(one('Friday, February 3, 2023', 'en')).toEqual({ weekday: 5, year: 2023, month: 2, day: 3 });
    expect(one('le vendredi 3 février', 'fr')).toEqual({ weekday: 5, month: 2, day: 3 });
    expect(one('Jumat 4/1', 'id')).toEqual({ weekday: 5, month: 1, day: 4 });
  });
  it.each([
    ['score 3/4 and 24/7', 'en'], ['Minggu lalu', 'id'], ['32/1/2023', 'id'],
    ['you may go', 'en'], ['Plácido Domingo sang', 'es'],
  ])('not a date: %s', (text, lang) => {
    expect(extractDates(text, lang)).toEqual([]);
  });
  it('a month on its own is a mention with the month only (issue 14: `pertengahan Juni` = mid-June)', () => {
    expect(extractDates('pertengahan Juni tahun lalu', 'id').map(({ month, day, year, raw }) => ({ month, day, year, raw }))).toEqual([{ month: 6, day: undefined, year: undefined, raw: 'Juni' }]);
  });
  it.each([['you may go', 'en']])('still not a date: %s', (text, lang) => {
    expect(extractDates(text, lang)).toEqual([]);
  });
  it('an impossible day is dropped, the month and year stay', () => {
    expect(extractDates('on 31 February 2023', 'en')).toEqual([{ month: 2, year: 2023, start: 6, end: 19, raw: 'February 2023' }]);
  });
  it('weekdayOf', () => {
    expect(weekdayOf(2023, 2, 4)).toBe(6);
    expect(weekdayOf(2023, 1, 4)).toBe(3);
    expect(weekdayOf(2023, 2, 3)).toBe(5);
  });
});
