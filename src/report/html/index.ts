import { createHash } from 'node:crypto';
import { defaultTitle, resolveRenderOptions, type RenderOptions } from '../options.js';
import type { Report } from '../types.js';
import { severityToken } from '../util.js';
import { articleData, articlesHtml } from './articles.js';
import { CLIENT_SCRIPT } from './client.js';
import { findingsHtml } from './findings.js';
import { heatmapHtml } from './heatmap.js';
import { rowsHtml } from './rows.js';
import { indexSentences } from './sentence.js';
import { STYLES } from './styles.js';
import { summaryHtml, toolbarHtml } from './summary.js';
import { htmlAttr } from './text.js';

/**
 * JSON safe to place inside `<script type="application/json">`: `<`, `>`, `&`, the JS line
 * separators and the bidi controls are written as `\uXXXX` escapes, so no text can close the element
 * or reorder the file's source as a reader sees it.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Content-Security-Policy of the page: nothing may be loaded from anywhere, and the only script
 * allowed to run is the page's own (by hash), so even markup that slipped through escaping is inert.
 */
const contentSecurityPolicy = (script: string): string =>
  `default-src 'none'; script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'; ` +
  "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * One self-contained HTML page for a reviewer: the scores and the mode in plain words; a row view
 * (one row per bead, runs of omitted or added sentences folded into passage blocks) and an article
 * view (both texts in their own order, pairs linked on hover), switched by a toggle; findings next
 * to their sentences and in a filterable panel walked with `j`/`k`; a similarity heat-map. No
 * external requests, no framework; all text is escaped.
 */
export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const o = resolveRenderOptions(options);
  const title = o.title ?? defaultTitle(report.source.lang, report.target.lang);
  const maxCells = o.heatmapMaxCells;
  const index = indexSentences(report);
  const data = scriptJson({
    beads: report.beads.map((b) => [b.src, b.tgt, Math.round(b.score * 1000) / 1000, b.label]),
    findings: report.findings.map((f) => [f.code, severityToken(f.severity), f.src ?? [], f.tgt ?? [], f.message]),
    sides: [articleData(report, 'src'), articleData(report, 'tgt')],
  });
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
<body class="v-rows">
${summaryHtml(report, title)}
${toolbarHtml(report.mode)}
<main class="layout">
<div class="views-body">
${rowsHtml(report, index)}
${articlesHtml(report)}
</div>
<aside class="side">
${findingsHtml(report, index)}
${heatmapHtml(report, maxCells)}
</aside>
</main>
<script type="application/json" id="bq-data">${data}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
