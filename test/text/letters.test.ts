import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyphenWordSpans, letterWidth } from '../../src/text/letters.js';

/** The plain path: the regular expression the scanner replaces. */
const byRegex = (t: string) => [...t.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].flatMap((m) => [m.index, m.index + m[0].length]);

describe('letters', () => {
  it('letterWidth: 1 for a letter, 2 for a letter outside the BMP, 0 otherwise', () => {
    // Worked by hand: `é` and `ß` are letters, U+0301 a combining mark, `𐐀` (U+10400) an astral
    // letter in two code units, `😀` an astral symbol, a lone high surrogate nothing.
    expect(['a', 'Z', 'é', 'ß', '1', '-', ' ', '\u0301'].map((c) => letterWidth(c, 0))).toEqual([1, 1, 1, 1, 0, 0, 0, 0]);
    expect(letterWidth('𐐀', 0)).toBe(2);
    expect(letterWidth('😀', 0)).toBe(0);
    expect(letterWidth('\ud801', 0)).toBe(0);
    expect(letterWidth('a', 1)).toBe(0); // past the end
  });

  it('hyphenWordSpans: the spans of /\\p{L}+(?:-\\p{L}+)*/gu', () => {
    // Worked by hand: `twenty-one` is one word, `a--b` two, a trailing hyphen is not part of a word.
    expect(hyphenWordSpans('twenty-one a--b c-', [])).toEqual([0, 10, 11, 12, 14, 15, 16, 17]);
    const chars = fc.constantFrom('a', 'B', 'é', '-', ' ', '1', '\u0301', '𐐀', '😀', '\ud801', 'ß', '.', 'İ');
    fc.assert(fc.property(fc.array(chars, { maxLength: 16 }).map((c) => c.join('')), (t) => {
      expect(hyphenWordSpans(t, [])).toEqual(byRegex(t));
    }), { numRuns: 1000 });
  });
});
