// Dates check in comparable mode: a weekday or date left out of a pair is info, and nothing at all
// when the other document has that weekday elsewhere.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, side } from './helpers.js';

const codes = (input: CheckInput, mode: 'parallel' | 'comparable') =>
  checkAlignment(input, { checks: ['dates'], mode }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}`);

const input = (target: string[]): CheckInput => ({
  // The middle pair keeps the two Fridays two beads apart: a weekday in the very next bead would
  // count as moved there (not missing) in parallel mode too.
  source: side('en', ['Earlier on Friday, the minister met his counterpart.', 'They spoke for an hour.', 'The talks were held on Friday.']),
  target: side('id', [target[0]!, 'Mereka berbicara selama satu jam.', target[1]!]),
  beads: [bead([0], [0]), bead([1], [1]), bead([2], [2])],
});

describe('dates check: comparable mode', () => {
  it('weekday left out of a pair but named elsewhere in the target: nothing in comparable mode, a warning in parallel', () => {
    const both = input(['Sebelumnya, menteri bertemu dengan timpalannya.', 'Pembicaraan diadakan pada hari Jumat.']);
    expect(codes(both, 'comparable')).toEqual([]);
    expect(codes(both, 'parallel')).toEqual(['warning weekday-missing Friday']);
  });
  it('weekday in the next target bead: moved there, not missing, in parallel mode too', () => {
    const moved: CheckInput = {
      source: side('en', ['Earlier on Friday, the minister met his counterpart.', 'The talks were held.']),
      target: side('id', ['Sebelumnya, menteri bertemu dengan timpalannya.', 'Pembicaraan diadakan pada hari Jumat.']),
      beads: [bead([0], [0]), bead([1], [1])],
    };
    expect(codes(moved, 'parallel')).toEqual([]);
  });
  it('weekday nowhere in the target: info in comparable mode, warning in parallel', () => {
    const none = input(['Sebelumnya, menteri bertemu dengan timpalannya.', 'Pembicaraan diadakan kemarin.']);
    expect(codes(none, 'comparable')).toEqual(['info weekday-missing Friday', 'info weekday-missing Friday']);
    expect(codes(none, 'parallel')).toEqual(['warning weekday-missing Friday', 'warning weekday-missing Friday']);
  });
});
