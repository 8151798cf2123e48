// Empty input, BOM, line endings, misuse, nasty strings and a multi-MB text.
import { OptionError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPLIT_OPTIONS, splitSentences } from '../../src/segment/index.js';
import { cpuTime } from '../cpu-time.js';

const split = (text: string) => splitSentences(text, { lang: 'en', detectLanguage: false });

describe('bad input', () => {
  it.each(['', ' ', '\n\n', ' \t\r\n \u00a0\u3000'])('gives [] for %j', async (text) => {
    expect(await split(text)).toEqual([]);
  });

  it('accepts a BOM, offsets index the string given', async () => {
    const text = '\uFEFFHello there. Bye.';
    const got = await split(text);
    expect(got.map((s) => [s.text, s.start, s.end])).toEqual([['Hello there.', 1, 13], ['Bye.', 14, 18]]);
  });

  it.each([['CRLF', '\r\n'], ['CR', '\r'], ['LF', '\n'], ['LS', '\u2028']])('treats %s as a line break', async (_name, br) => {
    const text = `First line here.${br}${br}Second line${br}Third one.`;
    const got = await split(text);
    expect(got.map((s) => s.text)).toEqual(['First line here.', 'Second line', 'Third one.']);
    expect(got.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    '...',
    '?!?!',
    '" " " ( ( [',
    '. . . . . .',
    'a.b.c.d.e.f.g.h.',
    '«»„“‚‘”',
    '1.) 2.) 3.)',
    'Hi!😀 Next 🇩🇪. Ok.',
    'x'.repeat(1000) + '.' + ' y.'.repeat(100),
  ])('keeps exact spans on %j', async (text) => {
    const got = await split(text);
    for (const s of got) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.text.length).toBeGreaterThan(0);
    }
    const nonSpace = text.replace(/\s/g, '');
    expect(got.map((s) => s.text).join('').replace(/\s/g, '')).toBe(nonSpace);
  });

  it('rejects misuse with an OptionError', async () => {
    await expect(splitSentences(42 as unknown as string)).rejects.toThrow(OptionError);
    await expect(splitSentences('x', { lang: '' })).rejects.toThrow(/lang/);
  });

  it('documents its defaults', () => {
    expect(DEFAULT_SPLIT_OPTIONS.detectLanguage).toBe(true);
  });

  it('splits a 2 MB text in linear time, with no stack overflow', async () => {
    const unit = 'Dr. Smith met Mr. Jones at 5 p.m. on (4/1). "Is it true?" she asked... Yes! See https://x.org/a.b. ';
    const lines: string[] = [];
    let size = 0;
    while (size < 2_000_000) {
      lines.push(unit.repeat(20));
      size += unit.length * 20;
    }
    const text = lines.join('\n') + '('.repeat(200_000) + '"'.repeat(100_001) + ' x.'.repeat(100_000);
    const { value: got, ms } = await cpuTime(() => split(text));
    expect(ms).toBeLessThan(15_000);
    expect(got.length).toBeGreaterThan(lines.length * 20 * 4);
    const last = got[got.length - 1];
    expect(last && text.slice(last.start, last.end)).toBe(last?.text);
  });
});
