import type { Finding } from '../../check/types.js';
import type { Report } from '../types.js';
import { countByCode, countBySeverity, SEVERITIES, severityToken } from '../util.js';
import { htmlAttr, htmlText } from './text.js';

/** `Source 3, 11` (1-based, as a reader counts). */
const places = (name: string, indices: number[] | undefined): string =>
  indices && indices.length > 0 ? `${name} ${indices.map((i) => i + 1).join(', ')}` : '';

function findingHtml(finding: Finding, f: number): string {
  const where = [places('Source', finding.src), places('Target', finding.tgt)].filter(Boolean).join(' ↔ ');
  const detail = [
    finding.expected === undefined ? '' : `<dt>expected</dt><dd>${htmlText(finding.expected)}</dd>`,
    finding.actual === undefined ? '' : `<dt>actual</dt><dd>${htmlText(finding.actual)}</dd>`,
  ].join('');
  const severity = severityToken(finding.severity);
  return `<li class="f sev-${severity}" id="f${f}" data-f="${f}" data-src="${htmlAttr((finding.src ?? []).join(' '))}" data-tgt="${htmlAttr((finding.tgt ?? []).join(' '))}">
<div class="fh"><span class="sev">${severity}</span> <code>${htmlText(finding.code)}</code>${where ? ` <button type="button" class="go">${where}</button>` : ''}</div>
<p class="msg">${htmlText(finding.message)}</p>${detail ? `<dl>${detail}</dl>` : ''}${finding.note ? `<p class="note">${htmlText(finding.note)}</p>` : ''}
</li>`;
}

/** The findings panel: a filter per severity (with counts), the count per code, and every finding. */
export function findingsHtml(report: Report): string {
  const bySeverity = countBySeverity(report.findings);
  const filters = SEVERITIES.map(
    (s) => `<label class="flt sv-${s}"><input type="checkbox" value="${s}" checked> ${s} <b>${bySeverity[s]}</b></label>`,
  ).join('\n');
  const codes = countByCode(report.findings)
    .map(({ code, count, severity }) => `<li class="cc-${severityToken(severity)}"><code>${htmlText(code)}</code> <b>${count}</b></li>`)
    .join('');
  const order = report.findings.map((finding, f) => ({ finding, f }));
  order.sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.f - b.f);
  const items = order.map(({ finding, f }) => findingHtml(finding, f)).join('\n');
  return `<section class="findings" aria-label="Findings">
<h2 class="pane-h">Findings <span class="muted">· ${report.findings.length}</span></h2>
<div class="filters" role="group" aria-label="Show severities">
${filters}
</div>
${codes ? `<ul class="codes" aria-label="Findings per code">${codes}</ul>` : ''}
<ol class="flist">
${items || '<li class="empty">No findings.</li>'}
</ol>
</section>`;
}
