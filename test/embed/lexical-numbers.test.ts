import { describe, expect, it } from 'vitest';
import { NumberReading, readNumber } from '../../src/embed/lexical/numbers.js';

/** Reads the number at the start of `text`: its value hashes (as hex), percent flag and end. */
function read(text: string): { hashes: string[]; percent: boolean; end: number } {
  const r = new NumberReading();
  readNumber(text, 0, r);
  return { hashes: Array.from(r.hashes.subarray(0, r.count), (h) => (h >>> 0).toString(16)), percent: r.percent, end: r.end };
}
const same = (a: string, b: string): boolean => read(a).hashes.join() === read(b).hashes.join();

describe('readNumber', () => {
  it.each([
    ['1,000.5', '1.000,5'],
    ['1,000.5', '1 000,5'],
    ['1,000.5', "1'000.5"],
    ['1,000.5', '1000.50'],
    ['1,000,000', '1.000.000'],
    ['1,000,000', '1 000 000'],
    ['12 345 678,9', '12,345,678.9'],
    ['3,14', '3.14'],
    ['0,125', '0.125'],
    ['04', '4'],
    ['2.50', '2.5'],
    ['1,000', '1000'],
    ['5.0', '5'],
    ['00', '0'],
  ])('%s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it.each([
    ['1,000.5', '2,000.5'],
    ['1,5', '15'],
    ['3.14', '314'],
    ['2023', '2024'],
  ])('%s ≠ %s', (a, b) => {
    expect(same(a, b)).toBe(false);
  });

  it.each([
    ['04.02.2023', ['4', '2', '2023']],
    ['1.2.3', ['1', '2', '3']],
    ['2023.02.04', ['2023', '2', '4']],
  ])('reads %s, not a valid grouping, as separate numbers', (text, parts) => {
    expect(read(text).hashes).toEqual(parts.map((p) => read(p).hashes[0]));
  });

  it.each([
    ['12.5%', true, 5],
    ['12,5 %', true, 6],
    ['12.5 percent', false, 4],
    ['2023, 500 people', false, 4],
    ['2023 2024', false, 4],
    ['5 000 people', false, 5],
    ['3.', false, 1],
  ])('%s: percent %s, ends at %i', (text, percent, end) => {
    const r = read(text);
    expect(r.percent).toBe(percent);
    expect(r.end).toBe(end);
  });
});
