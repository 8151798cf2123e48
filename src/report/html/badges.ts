import type { Report } from '../types.js';
import { SEVERITIES, severityToken } from '../util.js';
import { htmlAttr, htmlText } from './text.js';

/**
 * The badges after a sentence or on a row: one per finding code (`name-spelling ×2`), coloured by the
 * worst severity of that code, linking to the first of its findings; the title lists the messages.
 * Empty when there is no finding, so only places with a finding carry a badge.
 */
export function badgesHtml(report: Report, found: readonly number[]): string {
  const byCode = new Map<string, number[]>();
  for (const f of found) byCode.set(report.findings[f].code, [...(byCode.get(report.findings[f].code) ?? []), f]);
  let html = '';
  for (const [code, list] of byCode) {
    const severity = SEVERITIES.find((s) => list.some((f) => severityToken(report.findings[f].severity) === s)) ?? 'info';
    const title = list.map((f) => `${report.findings[f].severity} · ${code}: ${report.findings[f].message}`).join('\n');
    const count = list.length > 1 ? ` ×${list.length}` : '';
    html += `<a class="fb sev-${severity}" href="#f${list[0]}" data-f="${list[0]}" lang="en" dir="ltr" title="${htmlAttr(title)}">${htmlText(code)}${count}</a>`;
  }
  return html;
}
