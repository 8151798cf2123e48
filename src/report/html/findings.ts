import { unpairedWords } from '../../check/messages.js';
import type { Finding } from '../../check/types.js';
import type { Report } from '../types.js';
import { countByCode, countBySeverity, SEVERITIES, severityToken } from '../util.js';
import { sentenceRanges } from './passages.js';
import type { SentenceIndex } from './sentence.js';
import { htmlAttr, htmlText } from './text.js';

/** Codes of one-sentence findings that are listed as one card per code (with a button per place) when repeated. */
const GROUPED_CODES = new Set(['omission', 'addition', 'partial']);

/** `Source 3, 11` (1-based, as a reader counts). */
const places = (name: string, indices: number[] | undefined): string =>
  indices && indices.length > 0 ? `${name} ${indices.map((i) => i + 1).join(', ')}` : '';

/** Data attributes of a navigation stop: the findings it stands for and the sentences to show. */
const stopData = (fs: number[], src: number[], tgt: number[]): string =>
  `data-fs="${fs.join(' ')}" data-src="${src.join(' ')}" data-tgt="${tgt.join(' ')}"`;

function findingHtml(finding: Finding, f: number): string {
  const where = [places('Source', finding.src), places('Target', finding.tgt)].filter(Boolean).join(' ↔ ');
  const detail = [
    finding.expected === undefined ? '' : `<dt>expected</dt><dd>${htmlText(finding.expected)}</dd>`,
    finding.actual === undefined ? '' : `<dt>actual</dt><dd>${htmlText(finding.actual)}</dd>`,
  ].join('');
  const severity = severityToken(finding.severity);
  return `<li class="f stop sev-${severity}" id="f${f}" tabindex="-1" ${stopData([f], finding.src ?? [], finding.tgt ?? [])}>
<div class="fh"><span class="sev">${severity}</span> <code>${htmlText(finding.code)}</code>${where ? ` <button type="button" class="go">${where}</button>` : ''}</div>
<p class="msg">${htmlText(finding.message)}</p>${detail ? `<dl>${detail}</dl>` : ''}${finding.note ? `<p class="note">${htmlText(finding.note)}</p>` : ''}
</li>`;
}

/**
 * Many findings of one code (omissions, additions, partial pairs) as one card: a sentence count and a
 * button per place, consecutive sentences merged (`Source 6–11`). Each button is a navigation stop.
 */
function groupHtml(report: Report, list: number[]): string {
  const first = report.findings[list[0]];
  const key: 'src' | 'tgt' = (first.src ?? []).length > 0 ? 'src' : 'tgt';
  const bySentence = list.map((f) => ({ f, s: (report.findings[f][key] ?? [])[0] ?? -1 })).sort((a, b) => a.s - b.s);
  const buttons: string[] = [];
  let k = 0;
  while (k < bySentence.length) {
    let j = k;
    while (j + 1 < bySentence.length && bySentence[j + 1].s === bySentence[j].s + 1) j += 1;
    const run = bySentence.slice(k, j + 1);
    const sentences = run.map((x) => x.s);
    const fs = run.map((x) => x.f);
    const src = key === 'src' ? sentences : [];
    const tgt = key === 'tgt' ? sentences : [];
    const title = run.map((x) => report.findings[x.f].message).join('\n');
    buttons.push(`<li><button type="button" class="stop place" id="f${fs[0]}" ${stopData(fs, src, tgt)} title="${htmlAttr(title)}">${key === 'src' ? 'Source' : 'Target'} ${sentenceRanges(sentences)}</button></li>`);
    k = j + 1;
  }
  const severity = severityToken(first.severity);
  const n = new Set(bySentence.map((x) => x.s)).size;
  const what = first.code === 'partial' ? 'pairs share their meaning only in part' : `${key === 'src' ? 'source' : 'target'} sentence${n === 1 ? '' : 's'} ${unpairedWords(key, report.mode, n)}`;
  return `<li class="f g sev-${severity}" data-fs="${list.join(' ')}">
<div class="fh"><span class="sev">${severity}</span> <code>${htmlText(first.code)}</code> <span class="muted">· ${list.length} findings</span></div>
<p class="msg">${n} ${what}:</p>
<ul class="places">${buttons.join('')}</ul>
</li>`;
}

/**
 * The findings panel: a filter per severity (with counts), the count per code, and the findings by
 * severity, then by where they sit in the document; repeated omissions, additions and partial pairs
 * share one card.
 */
export function findingsHtml(report: Report, index: SentenceIndex): string {
  const bySeverity = countBySeverity(report.findings);
  const filters = SEVERITIES.map(
    (s) => `<label class="flt sv-${s}"><input type="checkbox" value="${s}" checked> ${s} <b>${bySeverity[s]}</b></label>`,
  ).join('\n');
  const codes = countByCode(report.findings)
    .map(({ code, count, severity }) => `<li class="cc-${severityToken(severity)}"><code>${htmlText(code)}</code> <b>${count}</b></li>`)
    .join('');
  /** Where a finding sits: the bead of its first sentence (findings with no sentence go last). */
  const position = (finding: Finding): number => {
    const s = finding.src?.[0];
    const t = finding.tgt?.[0];
    const b = s !== undefined ? index.bead.src[s] : t !== undefined ? index.bead.tgt[t] : undefined;
    return b === undefined || b < 0 ? Number.MAX_SAFE_INTEGER : b;
  };
  const groups = new Map<string, number[]>();
  const items: Array<{ f: number; html: () => string }> = [];
  report.findings.forEach((finding, f) => {
    const oneSentence = (finding.src ?? []).length + (finding.tgt ?? []).length === 1;
    if (GROUPED_CODES.has(finding.code) && oneSentence) {
      const key = `${finding.code} ${finding.severity}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(f);
    } else items.push({ f, html: () => findingHtml(finding, f) });
  });
  for (const list of groups.values()) {
    items.push(list.length > 1 ? { f: list[0], html: () => groupHtml(report, list) } : { f: list[0], html: () => findingHtml(report.findings[list[0]], list[0]) });
  }
  const rank = (f: number) => SEVERITIES.indexOf(severityToken(report.findings[f].severity));
  items.sort((a, b) => rank(a.f) - rank(b.f) || position(report.findings[a.f]) - position(report.findings[b.f]) || a.f - b.f);
  return `<section class="findings" aria-label="Findings">
<h2 class="pane-h">Findings <span class="muted">· ${report.findings.length}</span></h2>
<div class="filters" role="group" aria-label="Show severities">
${filters}
</div>
${codes ? `<ul class="codes" aria-label="Findings per code">${codes}</ul>` : ''}
<ol class="flist">
${items.map((item) => item.html()).join('\n') || '<li class="empty">No findings.</li>'}
</ol>
</section>`;
}
