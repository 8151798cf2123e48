import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainWords, plainWordSet } from '../../src/check/plain-words.js';

describe('plainWords', () => {
  it('finds a word only where it is a whole plain word (worked by hand)', () => {
    const w = plainWords("Tehran-Caracas talks: Maduro's envoy met O'Neil and x-Ray, not Teheran.");
    // Whole words, any case: `talks`, `envoy`, `o'neil`, `teheran`.
    expect(['talks', 'envoy', "o'neil", 'teheran'].map((q) => w.has(q))).toEqual([true, true, true, true]);
    // Parts of hyphenated words, possessives, parts of words and hyphenated queries are not plain words.
    expect(['tehran', 'caracas', 'maduro', "maduro's", 'ray', 'x-ray', 'alk', 'tal', 'neil', ''].map((q) => w.has(q))).toEqual(
      [false, false, false, false, false, false, false, false, false, false],
    );
  });

  it('the in-place search (ASCII text) answers what the set of words answers', () => {
    const piece = fc.constantFrom('Tehran', 'tehran', 'Caracas', '-', '--', "'", "'s", "'S", ' ', '. ', ',', 'x', 'ab', 'AB', 'a-b', '1', 'é', "O'Neil");
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const queries = ['tehran', 'caracas', 'x', 'ab', 'a', 'b', "o'neil", 'neil', "tehran's", 'a-b', "'s", 'é', 'k', '', 'tehran.'];
    let found = 0;
    fc.assert(fc.property(text, (t) => {
      const set = plainWordSet(t);
      const fast = plainWords(t);
      // Every word of the set, and the fixed queries (most of them absent).
      for (const q of [...set, ...queries]) expect([q, fast.has(q)]).toEqual([q, set.has(q)]);
      found += set.size;
    }), { numRuns: 1000 });
    // Not only "absent" answers.
    expect(found).toBeGreaterThan(500);
  });
});
