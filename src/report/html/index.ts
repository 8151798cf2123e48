import { createHash } from 'node:crypto';
import { DEFAULT_RENDER_OPTIONS, defaultTitle, type RenderOptions } from '../options.js';
import type { Report } from '../types.js';
import { articleHtml } from './articles.js';
import { CLIENT_SCRIPT } from './client.js';
import { findingsHtml } from './findings.js';
import { heatmapHtml } from './heatmap.js';
import { STYLES } from './styles.js';
import { LEGEND_HTML, summaryHtml } from './summary.js';
import { htmlAttr } from './text.js';

/**
 * JSON safe to place inside `<script type="application/json">`: `<`, `>`, `&` and the JS line
 * separators are written as `\uXXXX` escapes, so no text can close the element.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Content-Security-Policy of the page: nothing may be loaded from anywhere, and the only script
 * allowed to run is the page's own (by hash), so even markup that slipped through escaping is inert.
 */
const contentSecurityPolicy = (script: string): string =>
  `default-src 'none'; script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'; ` +
  "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML page for a reviewer: the scores, the two articles side by side with
 * aligned pairs linked, findings next to their sentences and in a filterable panel, and a
 * similarity heat-map. No external requests, no framework; all text is escaped.
 */
export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const title = options.title ?? defaultTitle(report.source.lang, report.target.lang);
  const maxCells = options.heatmapMaxCells ?? DEFAULT_RENDER_OPTIONS.heatmapMaxCells;
  const data = scriptJson({ beads: report.beads.map((b) => [b.src, b.tgt, Math.round(b.score * 1000) / 1000, b.label]) });
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(CLIENT_SCRIPT)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="bitext-qa ${htmlAttr(report.generator.version)}">
<title>${htmlAttr(title)}</title>
<style>${STYLES}</style>
</head>
<body>
${summaryHtml(report, title)}
${LEGEND_HTML}
<main class="layout">
${articleHtml(report, 'source')}
${articleHtml(report, 'target')}
<aside class="side">
${findingsHtml(report)}
${heatmapHtml(report, maxCells)}
</aside>
</main>
<script type="application/json" id="bq-data">${data}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
