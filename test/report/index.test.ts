import { OptionError } from '../../src/errors.js';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderHtml, renderJson, renderMarkdown, renderReport, renderTmx, renderTsv } from '../../src/report/index.js';
import type { ReportFormat } from '../../src/report/types.js';
import { reportFixture } from '../fixtures/report-fixture.js';

describe('renderReport', () => {
  const report = reportFixture();

  it('dispatches each format to its renderer', () => {
    expect(REPORT_FORMATS).toEqual(['json', 'md', 'html', 'tsv', 'tmx']);
    expect(renderReport(report, 'json')).toBe(renderJson(report));
    expect(renderReport(report, 'md')).toBe(renderMarkdown(report));
    expect(renderReport(report, 'html')).toBe(renderHtml(report));
    expect(renderReport(report, 'tsv')).toBe(renderTsv(report));
    expect(renderReport(report, 'tmx', { tmxIncludePartials: true })).toBe(renderTmx(report, { tmxIncludePartials: true }));
  });

  it('is pure: same input, same output, input untouched', () => {
    const before = structuredClone(report);
    for (const format of REPORT_FORMATS) expect(renderReport(report, format)).toBe(renderReport(reportFixture(), format));
    expect(report).toEqual(before);
  });

  it('throws an OptionError naming the format for an unknown one', () => {
    expect(() => renderReport(report, 'pdf' as ReportFormat)).toThrow(OptionError);
    expect(() => renderReport(report, 'pdf' as ReportFormat)).toThrow('Cannot render report as `pdf`: use one of json, md, html, tsv, tmx');
  });

  it('uses the title option in html and md', () => {
    expect(renderReport(report, 'html', { title: 'Review <1>' })).toContain('<title>Review &lt;1&gt;</title>');
    expect(renderReport(report, 'md', { title: 'Review <1>' })).toMatch(/^# Review &lt;1&gt;\n/);
  });
});
