// Hostile input through the library: empty and white-space-only sides, text that is nothing but
// marks, controls or broken surrogates (one huge sentence: hostile-library.slow.test.ts). Each gives a sound report in every format.
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/index.js';
import { REPORT_FORMATS, renderReport } from '../../src/report/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { cpuTime } from '../cpu-time.js';
import { expectSoundReport, oneLongSentence } from './helpers.js';

const EN = 'The company sold 1,500 cars in March 2021. Its chief, Rina Wijaya, said sales would grow.\nPrices rose by 3%.';
const ID = 'Perusahaan itu menjual 1.500 mobil pada Maret 2021. Pemimpinnya, Rina Wijaya, mengatakan penjualan akan tumbuh.\nHarga naik 3%.';
const opts = { cache: false } as const;

function renderAll(report: Awaited<ReturnType<typeof compareArticles>>): void {
  for (const format of REPORT_FORMATS) expect(renderReport(report, format).length, format).toBeGreaterThan(0);
}

describe('compareArticles on hostile input', () => {
  it.each([
    ['two empty texts', '', ''],
    ['two white-space-only texts', ' \n\t\r\n\u3000\u00a0\u2028 ', '\n\n\n'],
    ['zero-width characters only', '\u200b\ufeff', '\u200b'],
  ])('%s give an empty, sound report', async (_label, source, target) => {
    const report = await compareArticles(source, target, opts);
    expect(report.source.sentences).toEqual([]);
    expect(report.target.sentences).toEqual([]);
    expect(report.beads).toEqual([]);
    expect(report.scores.conflicts).toBe(0);
    expectSoundReport(report, source, target);
    renderAll(report);
  });

  it('an empty target makes every source sentence an omission (coverage 0)', async () => {
    const report = await compareArticles(EN, '', opts);
    expectSoundReport(report, EN, '');
    expect(report.source.sentences.length).toBe(3);
    expect(report.beads.every((b) => b.label === 'omission')).toBe(true);
    expect(report.scores.coverage).toBe(0);
    renderAll(report);
  });

  it('an empty source makes every target sentence an addition (grounding 0)', async () => {
    const report = await compareArticles('', ID, opts);
    expectSoundReport(report, '', ID);
    expect(report.beads.every((b) => b.label === 'addition')).toBe(true);
    expect(report.scores.grounding).toBe(0);
    renderAll(report);
  });

  it.each([
    ['punctuation only', '!!! ??? ... ;;; ---', '。。。！！'],
    ['emoji only', '😀😀 👩‍👩‍👧\n🇮🇩', '👍🏽 ❤️'],
    ['lone surrogates and controls', 'Harga \ud800 naik.\u0000\u0007 Dia\udfff pergi.', 'Price \udc00 rose.\u202e He left.'],
    ['one side a single character', 'a', ID],
    ['the same text on both sides', EN, EN],
  ])('%s gives a sound report in every format', async (_label, source, target) => {
    const report = await compareArticles(source, target, opts);
    expectSoundReport(report, source, target);
    renderAll(report);
  });

  // A single 1 MB sentence: hostile-library.slow.test.ts (`npm run test:slow`).
});

describe('checks on one huge pair', () => {
  /** Best of two runs (CPU time, ms) of the numbers check over one matched pair of `chars` characters a side. */
  async function numbersCheckMs(chars: number): Promise<number> {
    const { checkAlignment } = await import('../../src/check/index.js');
    const side = (text: string, lang: string) => ({ lang, sentences: [{ text, start: 0, end: text.length, paragraph: 0, lang, kind: 'body' as const }] });
    const input = {
      source: side(oneLongSentence(chars, 'word'), 'en'),
      target: side(oneLongSentence(chars, 'kata').replaceAll('2023', '2024'), 'id'),
      beads: [{ src: [0], tgt: [0], score: 0.5, label: 'match' as const }],
    };
    let best = Infinity;
    for (let run = 0; run < 2; run++) best = Math.min(best, (await cpuTime(() => checkAlignment(input, { checks: ['numbers'] }))).ms);
    return best;
  }

  it('pairs the numbers of a 512 KB sentence in about linear time (was quadratic: minutes when they differ)', async () => {
    const small = await numbersCheckMs(2 ** 16);
    const large = await numbersCheckMs(2 ** 19);
    // 8× the text: linear work takes ~8×, the old findIndex/splice pairing took ~64×.
    expect(large / Math.max(small, 5)).toBeLessThan(24);
  });
});
