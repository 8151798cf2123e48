// Names check: hyphenated compounds, demonyms, and comparable mode's document-wide look-up.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { isDemonym } from '../../src/text/names.js';
import { bead, pair, side, swap } from './helpers.js';

const codes = (input: CheckInput, mode: 'parallel' | 'comparable' = 'parallel') =>
  checkAlignment(input, { checks: ['names', 'coverage'], mode }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('names check: compounds and demonyms', () => {
  it('a hyphenated compound holds its parts (Tehran-Caracas / Tehran dan Caracas)', () => {
    const input = pair('en', 'Maduro stresses need to bolster Tehran-Caracas bilateral cooperation', 'id', 'Maduro menyerukan kerja sama antara Tehran dan Caracas.');
    expect(codes(input)).toEqual([]);
    expect(codes(swap(input))).toEqual([]);
  });
  it('a demonym is never reported missing, in either direction', () => {
    const input = pair('en', 'The top Iranian diplomat met Delcy Rodríguez.', 'id', 'Dia bertemu dengan Delcy Rodríguez.');
    expect(codes(input)).toEqual([]);
    expect(codes(swap(input))).toEqual([]);
  });
  it('a real name still is (flagged both ways)', () => {
    const input = pair('en', 'The minister met Delcy Rodríguez.', 'id', 'Menteri itu bertemu dengan wakil presiden.');
    expect(codes(input)).toEqual(['warning name-missing Delcy Rodríguez/']);
    expect(codes(swap(input))).toEqual(['info name-extra /Delcy Rodríguez']);
  });
  it.each([
    ['Iranian', true], ['Chinese', true], ['Spanish', true], ['Indonesian', true], ['Nordic', true], ['Baltic', true], ['Patrick', false],
    ['Iran', false], ['Tehran', false], ['Amir-Abdollahian', false], ['Brian', false], ['Venezuelan', false],
  ])('isDemonym(%s) = %s', (word, expected) => expect(isDemonym(word)).toBe(expected));
});

describe('names check: comparable mode looks across the document', () => {
  // The English pair names Tehran; the Indonesian names it in another sentence.
  const input: CheckInput = {
    source: side('en', ['Maduro and the minister stressed the need to strengthen cooperation between Tehran and Caracas.', 'Sanctions were discussed.']),
    target: side('id', ['Maduro dan menteri bertemu di Caracas.', 'Proyek bersama antara Tehran dan Caracas dibahas.']),
    beads: [bead([0], [0]), bead([1], [], 'omission'), bead([], [1], 'addition')],
  };
  it('parallel: missing in the pair is a warning', () => {
    expect(codes(input).filter((c) => c.includes('name'))).toEqual(['warning name-missing Tehran/']);
  });
  it('comparable: present elsewhere in the target, so nothing to report (both directions)', () => {
    expect(codes(input, 'comparable').filter((c) => c.includes('name'))).toEqual([]);
    expect(codes(swap(input), 'comparable').filter((c) => c.includes('name'))).toEqual([]);
  });
  it('comparable: absent from the whole target, still reported', () => {
    const gone = { ...input, target: side('id', ['Maduro dan menteri bertemu di Caracas.', 'Proyek bersama dibahas.']) };
    expect(codes(gone, 'comparable').filter((c) => c.includes('name'))).toEqual(['warning name-missing Tehran/']);
  });
  it('comparable: a partial pair does not list a name the target has elsewhere', () => {
    const partial = { ...input, beads: [bead([0], [0], 'partial'), bead([1], [], 'omission'), bead([], [1], 'addition')] };
    expect(codes(partial).filter((c) => c.includes('partial'))).toEqual(['warning partial Tehran/']);
    expect(codes(partial, 'comparable').filter((c) => c.includes('partial'))).toEqual([]);
  });
});

describe('names check: titles', () => {
  it('a title alone is translated, not missing; the person in it still counts', () => {
    const title = pair('en', 'Earlier, the Iranian Foreign Minister met his counterpart.', 'id', 'Sebelumnya, menteri luar negeri Iran bertemu dengan timpalannya.');
    expect(codes(title)).toEqual([]);
    const person = pair('en', 'He met Vice President Delcy Rodríguez.', 'id', 'Dia bertemu dengan wakil presiden.');
    expect(codes(person)).toEqual(['warning name-missing Vice President Delcy Rodríguez/']);
  });
});
