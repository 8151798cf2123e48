// Reports name languages in words: `und` (an empty side, or a language not detected) reads
// "unknown language", not the code or ICU's "Root"; the report's `lang` fields keep the codes.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { languageName } from '../../src/report/language-name.js';
import { reportFixture } from '../fixtures/report-fixture.js';

/** The fixture (en → id) with its source language `und`, as `compare` gives an empty or undetectable side. */
function undSource() {
  const report = reportFixture();
  report.source.lang = 'und';
  return report;
}

describe('language names in reports', () => {
  it('names codes in English; und and no code are an unknown language; an unnamed code stays', () => {
    expect(languageName('id')).toBe('Indonesian');
    expect(languageName('und')).toBe('unknown language');
    expect(languageName('')).toBe('unknown language');
    expect(languageName('qq')).toBe('qq');
  });

  it('the Markdown and HTML titles say "unknown language" for und', () => {
    const report = undSource();
    expect(renderReport(report, 'md')).toMatch(/^# Translation QA: unknown language → Indonesian\n/);
    const html = renderReport(report, 'html');
    expect(html).toContain('<title>Translation QA: unknown language → Indonesian</title>');
    expect(html).not.toMatch(/\bund →|Root/);
  });

  it('the JSON report keeps the code', () => {
    const json = JSON.parse(renderReport(undSource(), 'json')) as { source: { lang: string } };
    expect(json.source.lang).toBe('und');
  });
});
