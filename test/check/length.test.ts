import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, side, swap } from './helpers.js';

const codes = (input: CheckInput) => checkAlignment(input, { checks: ['length'] }).map((f) => `${f.severity} ${f.code} ${f.bead}`);
const x = (n: number) => 'word '.repeat(n).trim();

/** Six matched pairs, the target about 1.2× the source, except pair `odd` whose target is `factor`×. */
function doc(odd: number, factor: number): CheckInput {
  const src = [10, 12, 8, 15, 11, 9].map((n) => x(n));
  const tgt = src.map((s, i) => x(Math.round(((i === odd ? factor : 1.2) * s.length + 1) / 5)));
  return { source: side('en', src), target: side('id', tgt), beads: src.map((_, i) => bead([i], [i])) };
}

describe('length check', () => {
  it('passes a document of steady ratios, both directions', () => {
    expect(codes(doc(-1, 1))).toEqual([]);
    expect(codes(swap(doc(-1, 1)))).toEqual([]);
  });
  it('flags a pair far outside the document ratio (warning), both directions', () => {
    expect(codes(doc(3, 4))).toEqual(['warning length-ratio 3']);
    expect(codes(swap(doc(3, 4)))).toEqual(['warning length-ratio 3']);
    expect(codes(doc(2, 0.3))).toEqual(['warning length-ratio 2']);
  });
  it('needs enough pairs to judge', () => {
    const small = doc(3, 4);
    small.beads = small.beads.slice(0, 4);
    expect(codes(small)).toEqual([]);
  });
});
