// Amounts written whole and fraction apart (`2 fr. 70`) against a decimal (`Fr. 2.70`).
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { decimalParts } from '../../src/check/split-amounts.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, pair, side, swap } from './helpers.js';

const run = (input: CheckInput) => checkAlignment(input, { checks: ['numbers'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('decimalParts', () => {
  it('splits a decimal with two fraction digits, as written', () => {
    expect(decimalParts({ value: 2.7, raw: '2.70', form: 'digits' })).toEqual([2, 70]);
    expect(decimalParts({ value: 3.6, raw: '3,60', form: 'digits' })).toEqual([3, 60]);
    // A whole number, a thousands group and one fraction digit are no such amounts.
    expect(decimalParts({ value: 270, raw: '270', form: 'digits' })).toBeUndefined();
    expect(decimalParts({ value: 1.5, raw: '1,5', form: 'digits' })).toBeUndefined();
  });
});

describe('numbers check: amounts written apart', () => {
  it('Fr. 2.70 is 2 fr. 70, also when the segmenter cut the target at `fr.`', () => {
    expect(run(pair('de', 'Ein Träger bekommt 3 Rupies ( Fr. 2.70 ) pro Tag.', 'fr', 'Un porteur reçoit 3 roupies ( 2 fr. 70 ) par jour.'))).toEqual([]);
    const cut: CheckInput = {
      source: side('de', ['Ein Träger bekommt 3 Rupies ( Fr. 2.70 ) pro Tag.']),
      target: side('fr', ['Un porteur reçoit 3 roupies ( 2 fr .', '70 ) par jour.']),
      beads: [bead([0], [0, 1])],
    };
    expect(run(cut)).toEqual([]);
    expect(run(swap(cut))).toEqual([]);
  });
  it('a changed fraction is still found', () => {
    expect(run(pair('de', 'Er bekommt Fr. 2.70 pro Tag.', 'fr', 'Il reçoit 2 fr. 75 par jour.'))).toEqual(['error number-mismatch 2.70/2', 'warning number-extra /75']);
  });
});
