// splitLines (pre-split input) and detectLanguage.
import { describe, expect, it } from 'vitest';
import { detectLanguage, splitLines } from '../../src/segment/index.js';

describe('splitLines', () => {
  it('makes one sentence per non-empty line, trimmed, with offsets', async () => {
    const text = '  First sentence. Still first.\r\n\nSecond\n';
    const got = await splitLines(text, { lang: 'en' });
    expect(got.map((s) => [s.text, s.start, s.end, s.paragraph, s.lang])).toEqual([
      ['First sentence. Still first.', 2, 30, 0, 'en'],
      ['Second', 33, 39, 1, 'en'],
    ]);
  });

  it('detects one language for the document and keeps kinds', async () => {
    const got = await splitLines('Die Regierung hat am Montag neue Maßnahmen beschlossen.\nLesen Sie auch: Mehr dazu\n');
    expect(got.map((s) => s.lang)).toEqual(['de', 'de']);
    expect(got.map((s) => s.kind)).toEqual(['body', 'boilerplate']);
  });

  it('gives [] for blank input', async () => {
    expect(await splitLines(' \n \r\n')).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['The government announced new measures on Monday.', 'en'],
    ['Pemerintah mengumumkan langkah-langkah baru pada hari Senin.', 'id'],
    ['El gobierno anunció nuevas medidas el lunes.', 'es'],
    ['Правительство объявило о новых мерах в понедельник.', 'ru'],
  ])('detects %s as %s', async (text, lang) => {
    const got = await detectLanguage(text);
    expect(got.lang).toBe(lang);
    expect(got.confidence).toBeGreaterThan(0.5);
  });

  it('says und for text with no letters', async () => {
    expect(await detectLanguage('12 34 — https://x.org')).toEqual({ lang: 'und', confidence: 0 });
  });
});
