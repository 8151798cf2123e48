import { OptionError } from '../errors.js';
import { resolveRenderOptions } from './options.js';
/**
 * The report stage: `renderReport(report, format)` turns a `Report` into json, md, html, tsv or tmx.
 * Every renderer is a pure function of the report and the options.
 */
import { renderHtml } from './html/index.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './md.js';
import type { RenderOptions } from './options.js';
import { renderTmx } from './tmx.js';
import { renderTsv } from './tsv.js';
import type { Report, ReportFormat } from './types.js';

export { DEFAULT_RENDER_OPTIONS, resolveRenderOptions, type RenderOptions } from './options.js';
export { renderHtml, renderJson, renderMarkdown, renderTmx, renderTsv };

/** The formats `renderReport` accepts. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'html', 'tsv', 'tmx'];

/**
 * Renders a report.
 *
 * @param report - the result of `compareArticles` (or any object of the `Report` shape).
 * @param format - `json` (the report, versioned, see `bitext-qa/schema.json`), `md` (a summary for a
 *   pull request), `html` (one self-contained page for a reviewer), `tsv` (one row per bead, for
 *   spreadsheets) or `tmx` (TMX 1.4b translation memory of the matched pairs).
 * @param options - see {@link RenderOptions}.
 * @returns the document as a string (UTF-8 when written to a file).
 * @throws OptionError when `format` is not one of {@link REPORT_FORMATS}, or an option is out of range.
 * @example
 * ```ts
 * const report = await compareArticles(en, id);
 * await writeFile('report.html', renderReport(report, 'html'));
 * ```
 */
export function renderReport(report: Report, format: ReportFormat, options: RenderOptions = {}): string {
  resolveRenderOptions(options); // misuse throws here, whichever format reads the options
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'md':
      return renderMarkdown(report, options);
    case 'html':
      return renderHtml(report, options);
    case 'tsv':
      return renderTsv(report);
    case 'tmx':
      return renderTmx(report, options);
    default:
      throw new OptionError(`Cannot render report as \`${String(format)}\`: use one of ${REPORT_FORMATS.join(', ')}`);
  }
}
