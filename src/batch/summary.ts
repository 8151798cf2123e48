// The batch's overview pages: `summary.md` and `index.html` list every pair of the folder, worst
// first — failed pairs, then by conflicts (most first), then by coverage (lowest first) — each
// linking its report.
import { escapeHtml } from '../report/escape.js';
import type { ReportFormat } from '../report/types.js';
import type { BatchResult } from './types.js';

/** Worst first: failed pairs, most conflicts, lowest coverage; then by id, so the order is stable. */
export function worstFirst(results: readonly BatchResult[]): BatchResult[] {
  const rank = (r: BatchResult) => [r.ok ? 1 : 0, -(r.scores?.conflicts ?? 0), r.scores?.coverage ?? 0] as const;
  return [...results].sort((a, b) => {
    const ra = rank(a), rb = rank(b);
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

const pct = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x * 100)}%`);
/** The report a pair's row links to: the html or md one when written, else the json. */
const reportLink = (id: string, formats: readonly ReportFormat[]) =>
  `${id}.${formats.includes('html') ? 'html' : formats.includes('md') ? 'md' : 'json'}`;
const mdCell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

function totals(results: readonly BatchResult[]) {
  const failed = results.filter((r) => !r.ok).length;
  const conflicts = results.reduce((n, r) => n + (r.scores?.conflicts ?? 0), 0);
  return { pairs: results.length, failed, conflicts };
}

/** `summary.md`: one table row per pair, worst first. */
export function renderSummaryMarkdown(results: readonly BatchResult[], formats: readonly ReportFormat[]): string {
  const t = totals(results);
  const rows = worstFirst(results).map((r) =>
    r.ok
      ? `| [${r.id}](${reportLink(r.id, formats)}) | ${r.mode} | ${r.scores!.conflicts} | ${pct(r.scores!.coverage)} | ${pct(r.scores!.grounding)} | ${r.scores!.fidelity.toFixed(2)} | ${r.counts!.error} / ${r.counts!.warning} / ${r.counts!.info} |`
      : `| ${r.id} | failed: ${mdCell(r.error ?? '')} | | | | | |`,
  );
  return [
    '# bitext-qa batch',
    '',
    `${t.pairs} pairs · ${t.failed} failed · ${t.conflicts} conflicts. Worst first: failed pairs, then most conflicts, then lowest coverage.`,
    '',
    '| pair | mode | conflicts | coverage | grounding | fidelity | errors / warnings / notes |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
}

/** `index.html`: the same list as a self-contained page (no script, no network). */
export function renderSummaryHtml(results: readonly BatchResult[], formats: readonly ReportFormat[]): string {
  const t = totals(results);
  const rows = worstFirst(results).map((r) => {
    const id = escapeHtml(r.id);
    if (!r.ok) return `<tr class="failed"><td>${id}</td><td colspan="6">failed: ${escapeHtml(r.error ?? '')}</td></tr>`;
    const s = r.scores!, c = r.counts!;
    return `<tr${s.conflicts > 0 ? ' class="conflicts"' : ''}><td><a href="${escapeHtml(reportLink(r.id, formats))}">${id}</a></td>` +
      `<td>${escapeHtml(r.mode ?? '')}</td><td>${s.conflicts}</td><td>${pct(s.coverage)}</td><td>${pct(s.grounding)}</td>` +
      `<td>${s.fidelity.toFixed(2)}</td><td>${c.error} / ${c.warning} / ${c.info}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>bitext-qa batch</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse}th,td{padding:.3em .7em;border-bottom:1px solid #ddd;text-align:right}
th:first-child,td:first-child,td[colspan]{text-align:left}
tr.failed td{background:#fde8e8}tr.conflicts td:nth-child(3){color:#b00020;font-weight:600}
</style></head><body>
<h1>bitext-qa batch</h1>
<p>${t.pairs} pairs · ${t.failed} failed · ${t.conflicts} conflicts. Worst first: failed pairs, then most conflicts, then lowest coverage.</p>
<table><thead><tr><th>pair</th><th>mode</th><th>conflicts</th><th>coverage</th><th>grounding</th><th>fidelity</th><th>errors / warnings / notes</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>
</body></html>
`;
}
