// A hang guard through the library: one 1 MB sentence with no punctuation is split, aligned, checked
// and rendered (tens of seconds on a busy machine, so it runs in `npm run test:slow`; speed itself is
// measured by `npm run bench`).
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/index.js';
import { renderReport } from '../../src/report/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { expectSoundReport, oneLongSentence } from './helpers.js';

describe('compareArticles on one huge sentence', () => {
  it('a single 1 MB sentence with no punctuation is one sentence and aligns', async () => {
    const source = oneLongSentence(2 ** 20, 'word');
    const target = oneLongSentence(2 ** 20, 'kata');
    const sentences = await splitSentences(source, { detectLanguage: false });
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.text).toBe(source);
    const report = await compareArticles(source, target, { cache: false, from: 'en', to: 'id' });
    expectSoundReport(report, source, target);
    expect(report.beads).toHaveLength(1);
    expect(renderReport(report, 'html')).toContain('kata 2023 Jakarta');
  });
});
