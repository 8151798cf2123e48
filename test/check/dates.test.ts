import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, pair, side, swap, textOf } from './helpers.js';

const codes = (input: CheckInput, options = {}) =>
  checkAlignment(input, { checks: ['dates'], ...options }).map((f) => `${f.severity} ${f.code}`).sort();

// The seeds, by hand: the English meeting was on Friday and the post is dated February 4, 2023;
// the Indonesian says `Jumat (4/1)` — 4 January, which in 2023 was a Wednesday.
const EN_MEETING = 'Iranian Foreign Minister Hossein Amir-Abdollahian and Venezuelan President Nicolas Maduro stressed on Friday the need to strengthen cooperation between Tehran and Caracas.';
const EN_POST = '— Nicolás Maduro (@NicolasMaduro) February 4, 2023';
const ID_MEETING = 'Rencana tersebut dibahas dalam pertemuan antara Presiden Venezuela Nicolas Maduro dan Menteri Luar Negeri Iran Hussein Amir-Abdullahian di Caracas pada hari Jumat (4/1).';
const seeds = (): CheckInput => ({
  source: side('en', [EN_MEETING, [EN_POST, { kind: 'social' }]]),
  target: side('id', [ID_MEETING]),
  beads: [bead([0], [0]), bead([1], [], 'omission')],
});

describe('dates check: the seeds', () => {
  it('flags 4 January against February 4, 2023, and Jumat on a Wednesday', () => {
    const findings = checkAlignment(seeds(), { checks: ['dates'] });
    const conflict = findings.find((f) => f.code === 'date-conflict')!;
    expect(conflict).toMatchObject({ severity: 'error', src: [1], tgt: [0], expected: 'February 4, 2023', actual: 'Jumat (4/1)' });
    const s = seeds();
    expect(textOf(s.source).slice(...conflict.srcRange!)).toBe('February 4, 2023');
    expect(textOf(s.target).slice(...conflict.tgtRange!)).toBe('Jumat (4/1)');
    const weekday = findings.find((f) => f.code === 'weekday-date-mismatch')!;
    expect(weekday).toMatchObject({ severity: 'error', tgt: [0], actual: 'Jumat (4/1)' });
    expect(weekday.message).toContain('4 January 2023 is a Wednesday, not a Friday');
    // No `date-extra` for the same “Jumat (4/1)”: the conflict already reports it.
    expect(codes(seeds())).toEqual(['error date-conflict', 'error weekday-date-mismatch']);
    expect(conflict.message).toBe('Dates disagree: the target has “Jumat (4/1)”, the source “February 4, 2023” (4 January vs 4 February 2023)');
  });
  it('both directions', () => {
    expect(codes(swap(seeds()))).toEqual(['error date-conflict', 'error weekday-date-mismatch', 'warning date-missing']);
  });
  it('passes once the Indonesian says (3/2)', () => {
    const fixed = seeds();
    fixed.target = side('id', [ID_MEETING.replace('(4/1)', '(3/2)')]);
    expect(codes(fixed)).toEqual(['info date-extra']);
    expect(codes(swap(fixed))).toEqual(['warning date-missing']);
  });
});

describe('dates check: pairs', () => {
  it.each([
    ['The talks ended on Friday, February 3, 2023.', 'id', 'Pembicaraan berakhir pada Jumat, 3 Februari 2023.'],
    ['The talks ended on 3 February.', 'de', 'Die Gespräche endeten am 3. Februar.'],
    ['The talks ended on 2/3/2023.', 'id', 'Pembicaraan berakhir pada 3/2/2023.'],
    ['They met on Friday.', 'fr', 'Ils se sont rencontrés vendredi.'],
    ['They met on Friday.', 'es', 'Se reunieron el viernes.'],
  ])('passes: %s', (src, lang, tgt) => {
    expect(codes(pair('en', src, lang, tgt))).toEqual([]);
    expect(codes(swap(pair('en', src, lang, tgt)))).toEqual([]);
  });
  it.each([
    ['The talks ended on February 3, 2023.', 'id', 'Pembicaraan berakhir pada 3 Maret 2023.', ['error date-mismatch']],
    ['They met on Friday.', 'id', 'Mereka bertemu pada hari Sabtu.', ['error weekday-mismatch']],
    ['They met on Friday, February 4, 2023.', 'id', 'Mereka bertemu pada Jumat, 4 Februari 2023.', ['error weekday-date-mismatch', 'error weekday-date-mismatch']],
    ['They met on February 4, 2023.', 'id', 'Mereka bertemu pada 2/4/2023.', ['error date-mismatch']],
  ])('flags: %s', (src, lang, tgt, expected) => {
    expect(codes(pair('en', src, lang, tgt))).toEqual(expected);
    expect(codes(swap(pair('en', src, lang, tgt)))).toEqual(expected);
  });
  it('a missing weekday is a warning one way, nothing the other', () => {
    expect(codes(pair('en', 'They met on Friday.', 'id', 'Mereka bertemu.'))).toEqual(['warning weekday-missing']);
    expect(codes(swap(pair('en', 'They met on Friday.', 'id', 'Mereka bertemu.')))).toEqual([]);
  });
  it('document level: a day/month swap elsewhere in the story is a conflict', () => {
    const input: CheckInput = {
      source: side('en', ['The visit was on February 4, 2023.', 'The minister spoke.']),
      target: side('id', ['Menteri berbicara.', 'Kunjungan itu pada 2/4/2023.']),
      beads: [bead([0], [], 'omission'), bead([1], [0]), bead([], [1], 'addition')],
    };
    expect(codes(input)).toEqual(['error date-conflict']);
    expect(codes(swap(input))).toEqual(['error date-conflict']);
  });
  it('a weekday is only checked against a date when a year is known', () => {
    const input = pair('en', 'They met on Friday, February 4.', 'id', 'Mereka bertemu pada Jumat, 4 Februari.');
    expect(codes(input)).toEqual([]);
    expect(codes(input, { referenceYear: 2023 })).toEqual(['error weekday-date-mismatch', 'error weekday-date-mismatch']);
  });
  it('different events (neither day nor month shared) are not a conflict', () => {
    const input: CheckInput = {
      source: side('en', ['The visit was on February 4, 2023.', 'The minister spoke.']),
      target: side('id', ['Menteri berbicara.', 'Presiden ke Iran pada 12 Juni 2022.']),
      beads: [bead([0], [], 'omission'), bead([1], [0]), bead([], [1], 'addition')],
    };
    expect(codes(input)).toEqual([]);
  });
});
