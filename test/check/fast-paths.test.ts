// The checks stage has fast paths (cheap gates before costly regexes, dates extracted once per
// sentence and shared by the checks). Each must give exactly what the plain path gives; here the
// plain path is forced and both are compared on generated texts and documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePair } from '../../bench/memory.bench.js';
import { alignSentences } from '../../src/align/index.js';
import { checkAlignment, checkCoverage, checkDates, checkLanguage, checkLength, checkLinks, checkNames, checkNumbers, resolveCheckOptions } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { extractDates } from '../../src/text/dates.js';
import { extractNumbers, findNumberWords, maskedSpans } from '../../src/text/numbers.js';
import { extractLinks } from '../../src/text/links.js';
import { findClockTimes, findShortRangeYears, findThousanders } from '../../src/check/number-forms.js';
import { identicalSides } from '../../src/check/identical.js';
import { norm, normFirst } from '../../src/check/language.js';
import type { Sentence } from '../../src/segment/types.js';

// Pieces that exercise every alternative of the masks, the date patterns and number words.
const PIECES = [
  'The minister', 'said', 'on', 'Friday', 'Jumat', '(4/1)', '4/1/2023', '2023-01-04', '4.1.2023', 'February 4, 2023',
  '4 Februari 2023', 'March', '12', '1,000.5', '5%', 'twenty-one', 'two', 'dua puluh', 'www.example.com', 'https://x.co/a',
  'a.b@mail.com', '@handle', '#tag', '10:30', 'pukul 10.30', '10.30 WIB', 'pic.twitter.com/ab', 'Amir-Abdollahian', "Maduro's",
  'quatre-vingt-dix', '.', ',', '-', '\n', ' ', '15 h. 30', '15h30', '15 Uhr 30', '15.30 Uhr', '15:30 h', '1952/53', '1954–55',
  'Achttausender', 'h', 'Uhr', ':', '/',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(' '));

describe('fast paths give what the plain paths give', () => {
  it('maskedSpans: the gate never hides a span (" @" at the end opens the gate and adds no span)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(maskedSpans(t)).toEqual(maskedSpans(`${t} @`));
    }), { numRuns: 400 });
  });

  it('extractLinks: the gate never hides a link (" @" at the end opens the gate and adds no link)', () => {
    fc.assert(fc.property(text, (t) => {
      expect(extractLinks(t)).toEqual(extractLinks(`${t} @`));
    }), { numRuns: 400 });
  });

  it('clock times, short range years, -tausender: the gates never hide a match (the suffix opens each gate)', () => {
    // "|" ends whatever the text ends with; "1h", "1:1", "1-1" and a bare "tausender" pass the gates
    // but complete no clock time, year range or compound.
    const open = (t: string) => `${t}|1h 1:1 1-1 tausender`;
    const within = (t: string) => (m: { end: number }) => m.end <= t.length;
    fc.assert(fc.property(text, (t) => {
      expect(findClockTimes(t)).toEqual(findClockTimes(open(t)).filter(within(t)));
      expect(findShortRangeYears(t)).toEqual(findShortRangeYears(open(t)).filter(within(t)));
      expect(findThousanders(t)).toEqual(findThousanders(open(t)).filter(within(t)));
    }), { numRuns: 400 });
  });

  it('copied-source: the first unit read from the first character is the first unit of the normalised text', () => {
    // Upper and lower case, İ (lower-cased to two units), Σ, an astral capital (𐐀), white space of several kinds.
    const chars = fc.constantFrom('A', 'a', 'İ', 'i', '\u0307', 'Σ', 'σ', '𐐀', '😀', ' ', '\n', '\u00a0', '\u3000', 'ß', 'x');
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((c) => c.join('')), (t) => {
      expect(normFirst(t)).toBe(norm(t)[0] ?? '');
    }), { numRuns: 600 });
    expect(normFirst(' \u00a0İstanbul')).toBe('i'); // worked by hand: "İ" lower-cases to "i" + U+0307
  });

  it('identicalSides: stopping at the first differing sentence answers what comparing the joined texts answers', () => {
    // The plain path: every sentence white-space-normalised, empty ones dropped, joined, compared.
    const joined = (ss: readonly Sentence[]) => ss.map((s) => s.text.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n');
    const sentences = (texts: string[]): Sentence[] => texts.map((t, i) => ({ text: t, start: i, end: i + 1, kind: 'body', lang: 'en' }) as Sentence);
    const line = fc.constantFrom('A b.', 'A  b.', ' A b. ', 'C d.', '', '  ', '\n', 'A\tb.');
    let same = 0;
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), fc.array(line, { maxLength: 6 }), (a, b) => {
      const src = sentences(a), tgt = sentences(b);
      const content = (ss: Sentence[]) => ss.length >= 2; // every generated sentence is body text
      const expected = content(src) && content(tgt) && joined(src) === joined(tgt);
      if (expected) same++;
      expect(identicalSides({ lang: 'en', sentences: src }, { lang: 'en', sentences: tgt })).toBe(expected);
    }), { numRuns: 600 });
    // Not only "different" answers: some generated pairs are the same text.
    expect(same).toBeGreaterThan(0);
  });

  it('extractDates and extractNumbers: the per-pattern gates never hide a date (the suffix opens every gate)', () => {
    // "|1-1 1/1 (1" passes each gate (a digit, \d-\d, \d[./-]\d, "(" and a digit) but completes no date or
    // number word, and "|" ends whatever the text ends with (a month name followed by white space and a
    // digit would be a date).
    const open = (t: string) => `${t}|1-1 1/1 (1`;
    fc.assert(fc.property(text, fc.constantFrom('en', 'id', 'de', 'fr'), (t, lang) => {
      expect(extractDates(t, lang)).toEqual(extractDates(open(t), lang).filter((d) => d.end <= t.length));
      expect(extractNumbers(t, lang).filter((n) => n.form === 'words')).toEqual(
        extractNumbers(open(t), lang).filter((n) => n.form === 'words' && n.end <= t.length),
      );
    }), { numRuns: 400 });
  });

  it('extractDates: in ASCII text the month patterns run only at month names, the weekday one only with a weekday', () => {
    // A non-ASCII character ("é" after "|") turns the word pass off: every pattern then scans the whole text.
    const plain = (t: string, lang: string) => extractDates(`${t}|é`, lang).filter((d) => d.end <= t.length);
    const words = fc.constantFrom(
      'May', 'may', 'MAY', 'in', 'last', 'March', 'Mar.', 'Sept', 'Sept.', 'Mei', 'Februari', 'Mai', 'mars', 'Juni', 'de', 'Dec',
      'Friday', 'friday', 'Jumat', "Jum'at", 'Minggu', 'lalu', 'Monday-Friday', 'domingo', 'Domingo', 'segunda-feira', 'Mayday',
      '4', '2023', '31', '4th', '9.Mai', '(4/1)', '2023-01-04', ',', '.', '"', '(', 'the', 'x',
    );
    const sep = fc.constantFrom(' ', '', ', ', '. ', '-', '/');
    const phrase = fc.array(fc.tuple(words, sep), { maxLength: 8 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    let found = 0;
    fc.assert(fc.property(phrase, fc.constantFrom('en', 'id', 'de', 'es', 'pt'), (t, lang) => {
      const fast = extractDates(t, lang);
      found += fast.length;
      expect(fast).toEqual(plain(t, lang));
    }), { numRuns: 800 });
    expect(found).toBeGreaterThan(200);
    // Sentences the word pass must not pass over (worked by hand): a weekday with an apostrophe or a
    // hyphen after it, a German date without a space, an abbreviation with its dot, a month in capitals.
    expect(extractDates("Jum'at (4/1) pagi", 'id').map((d) => [d.weekday, d.day, d.month])).toEqual([[5, 4, 1]]);
    expect(extractDates('open Monday-Friday', 'en').map((d) => d.weekday)).toEqual([1, 5]);
    expect(extractDates('am 9.Mai 2023', 'de').map((d) => [d.day, d.month, d.year])).toEqual([[9, 5, 2023]]);
    expect(extractDates('on Sept. 4, 2023', 'en').map((d) => [d.day, d.month, d.year])).toEqual([[4, 9, 2023]]);
    expect(extractDates('IN MAY', 'en').map((d) => d.month)).toEqual([5]);
  });

  it('findNumberWords: the first-word gate never passes over a number word (every word looked up gives the same)', () => {
    // Number words of several tables in several cases, hyphenated compounds (one with `quatre-vingt`,
    // which the lookup rewrites), non-ASCII words (always looked up), and words that are not numbers.
    const words = fc.constantFrom(
      'one', 'Twenty', 'twenty-one', 'a', 'A', 'hundred', 'and', 'first', 'dua', 'Dua', 'puluh', 'belas', 'seribu', 'kedua',
      'quatre-vingt-dix', 'Quatre-Vingts', 'vingt', 'et', 'un', 'mil', 'millones', 'dieciséis', 'Dieciséis', 'þrír', 'Þrjár',
      'og', 'fimm', 'einundzwanzig', 'Hundert', 'één', 'İki', 'the', 'minister', 'twenty-minister', 'x-one', '𐐀bc',
    );
    const sep = fc.constantFrom(' ', '-', ', ', '--', '');
    const phrase = fc.array(fc.tuple(words, sep), { maxLength: 8 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    let found = 0;
    fc.assert(fc.property(phrase, fc.constantFrom('en', 'id', 'fr', 'es', 'de', 'is', 'nl'), (t, lang) => {
      const fast = findNumberWords(t, lang);
      found += fast.length;
      expect(fast).toEqual(findNumberWords(t, lang, false));
    }), { numRuns: 600 });
    // Not an empty comparison: some generated phrases hold a number (about 80 numbers in 600 runs).
    expect(found).toBeGreaterThan(20);
  });

  it('checkAlignment (dates shared between checks) finds what each check finds on its own', async () => {
    const { source, target } = generatePair(300, 11);
    const [src, tgt] = await Promise.all([splitSentences(source), splitSentences(target)]);
    const { beads } = await alignSentences(src, tgt, { mode: 'parallel', embedder: createLexicalEmbedder({ preset: 'parallel' }) });
    const input: CheckInput = { source: { lang: 'en', sentences: src }, target: { lang: 'id', sentences: tgt }, beads };
    const checks = { numbers: checkNumbers, dates: checkDates, names: checkNames, links: checkLinks, language: checkLanguage, length: checkLength, coverage: checkCoverage };
    for (const mode of ['parallel', 'comparable'] as const) {
      const together = checkAlignment(input, { mode });
      // Outside checkAlignment nothing is shared: each check extracts everything itself.
      const alone = Object.values(checks).flatMap((check) => check({ input, options: resolveCheckOptions({ mode }) }));
      const key = (f: unknown) => JSON.stringify(f);
      expect(together.map(key).sort()).toEqual(alone.map(key).sort());
      // Not an empty comparison: the generated pair drops, merges and splits sentences (10 findings or more).
      expect(together.length).toBeGreaterThan(5);
    }
  });
});
