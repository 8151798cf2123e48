// The word scanner of the names check (`eachSentenceWord`, `sentenceWords`) and the document-wide
// word facts built on it (`lowerCaseWordForms`, `wordFormCounts`, `consistentRendering`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceWords } from '../../src/check/sentence-words.js';
import { lowerCaseWordForms, wordFormCounts } from '../../src/check/document-words.js';
import { consistentRendering } from '../../src/check/name-variants.js';
import { side } from './helpers.js';

/** What `wordsOf` listed before the scanner: a regular expression match per word. */
function byRegex(text: string): Array<{ text: string; start: number; end: number }> {
  return [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)].flatMap((m) => {
    const word = { text: m[0].replace(/['’]s$/i, ''), start: m.index, end: m.index + m[0].length };
    if (!word.text.includes('-')) return [word];
    let at = word.start;
    const parts = word.text.split('-').map((p) => {
      const part = { text: p, start: at, end: at + p.length };
      at += p.length + 1;
      return part;
    });
    return [word, ...parts.filter((p) => p.text.length > 0)];
  });
}

describe('sentenceWords', () => {
  it('lists words, their hyphen parts, without a possessive (worked by hand)', () => {
    // `Tehran-Caracas` is 0–14 and gives its parts 0–6 and 7–14; `Iran's` is the word `Iran`, its
    // match 15–21; `foo-` (22–26) ends in a hyphen: one part, `foo`; `'s` alone is the word `s` (28–29);
    // `abc123def` is two words; `x` after the emoji (a surrogate pair, no letter, 40–42) is 42–43.
    expect(sentenceWords("Tehran-Caracas Iran's foo- 's abc123def 😀x")).toEqual([
      { text: 'Tehran-Caracas', start: 0, end: 14 },
      { text: 'Tehran', start: 0, end: 6 },
      { text: 'Caracas', start: 7, end: 14 },
      { text: 'Iran', start: 15, end: 21 },
      { text: 'foo-', start: 22, end: 26 },
      { text: 'foo', start: 22, end: 25 },
      { text: 's', start: 28, end: 29 },
      { text: 'abc', start: 30, end: 33 },
      { text: 'def', start: 36, end: 39 },
      { text: 'x', start: 42, end: 43 },
    ]);
    // A word may start with a combining mark; `’S` is a possessive too; a letter outside the BMP (𝐀, two code units) is a letter.
    expect(sentenceWords('\u0301a O’NEIL’S 𝐀b')).toEqual([
      { text: '\u0301a', start: 0, end: 2 },
      { text: 'O’NEIL', start: 3, end: 11 },
      { text: '𝐀b', start: 12, end: 15 },
    ]);
  });

  it('lists what a regular expression match per word lists', () => {
    const piece = fc.constantFrom('Tehran', 'x', 'É', 'e\u0301', '\u0301', '-', '--', "'", '’', "'s", '’S', ' ', '.', '1', '😀', '𝐀', '\ud800', 'ß', 'İ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (t) => {
      expect(sentenceWords(t)).toEqual(byRegex(t));
    }), { numRuns: 2000 });
  });
});

describe('document word facts', () => {
  // Sentence 1 is left out (not listed), as the names check leaves out non-content sentences.
  const doc = side('en', ["The hike, a Hike-route's end.", 'Hiking HIKES', 'hike']);

  it('lowerCaseWordForms: the lower-cased words written in lower case (worked by hand)', () => {
    // Words: The, hike, a, Hike-route (+ Hike, route), end; hike. In lower case: hike, a, route, end.
    expect([...lowerCaseWordForms(doc, [0, 2])].sort()).toEqual(['a', 'end', 'hike', 'route']);
  });

  it('wordFormCounts: how often each lower-cased word is written (worked by hand)', () => {
    // hike: `hike`, the part `Hike` of `Hike-route`, and sentence 2's `hike`.
    expect(Object.fromEntries([...wordFormCounts(doc, [0, 2])].sort())).toEqual({ a: 1, end: 1, hike: 3, 'hike-route': 1, route: 1, the: 1 });
  });

  it('consistentRendering: the target writes the variant twice and never the source spelling', () => {
    expect(consistentRendering('Alpen', 'Alpes', new Map([['alpes', 2]]))).toBe(true);
    expect(consistentRendering('Alpen', 'Alpes', new Map([['alpes', 1]]))).toBe(false);
    expect(consistentRendering('Alpen', 'Alpes', new Map([['alpes', 2], ['alpen', 1]]))).toBe(false);
    // A difference inside the word is never a rendering of the ending.
    expect(consistentRendering('Hossein', 'Hussein', new Map([['hussein', 5]]))).toBe(false);
  });
});
