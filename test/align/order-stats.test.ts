import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kthSmallest, median } from '../../src/align/order-stats.js';

describe('kthSmallest and median', () => {
  it('equal what a sorted copy holds, for any values and k (duplicates, NaN, ±Infinity)', () => {
    const value = fc.oneof(fc.double({ noNaN: false }), fc.constantFrom(0, 1, 1, 2, Number.NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 60 }), fc.nat(), (values, k) => {
        const sorted = Float64Array.from(values).sort();
        const i = k % values.length;
        expect(Object.is(kthSmallest(values, i), sorted[i]) || kthSmallest(values, i) === sorted[i]).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('median averages the two middle values of an even count; 0 when empty', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
    expect(kthSmallest([], 0)).toBe(0);
  });

  it('leaves its input unchanged', () => {
    const v = Float64Array.from([5, 4, 3, 2, 1]);
    kthSmallest(v, 2);
    expect(Array.from(v)).toEqual([5, 4, 3, 2, 1]);
  });
});
