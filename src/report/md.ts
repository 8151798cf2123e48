import type { Bead } from '../align/types.js';
import { unpairedPhrase } from '../check/messages.js';
import type { Finding } from '../check/types.js';
import { isContent } from '../segment/types.js';
import { showBidiControls } from './escape.js';
import { defaultTitle, resolveRenderOptions, type RenderOptions } from './options.js';
import type { Report } from './types.js';
import { countBySeverity, joinSentences, modeWords, percent, SEVERITIES } from './util.js';

/** Longest quote in a table cell, in characters. */
const MAX_QUOTE = 280;

/**
 * Escapes text for Markdown (GitHub flavoured), inside or outside a table cell: backslash, backtick,
 * emphasis, link and table characters get a backslash; `&`, `<`, `>` become entities (no HTML passes
 * through); line breaks become `<br>`; bidi controls become visible `⟦U+202E⟧` markers.
 */
export const escapeMarkdown = (text: string): string =>
  showBidiControls(text)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>');

const quote = (text: string): string =>
  text ? escapeMarkdown(text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text) : '—';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;

function table(header: string[], align: string[], rows: string[][], maxRows: number): string[] {
  const lines = [row(header), row(align), ...rows.slice(0, maxRows).map(row)];
  if (rows.length > maxRows) lines.push('', `…and ${rows.length - maxRows} more (see the JSON or HTML report).`);
  return lines;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Omission or addition beads whose sentences are content (body or heading); others are counted apart.
 * The beads of an `omission-passage` / `addition-passage` finding make one row: its range, then its
 * opening sentences.
 */
function gapRows(report: Report, label: 'omission' | 'addition'): { rows: string[][]; skipped: number } {
  const side = label === 'omission' ? 'source' : 'target';
  const key = label === 'omission' ? 'src' : 'tgt';
  const passageOf = new Map<number, number[]>();
  for (const f of report.findings) if (f.code === `${label}-passage` && f[key]) for (const i of f[key]) passageOf.set(i, f[key]);
  const shown = new Set<number[]>();
  const rows: string[][] = [];
  let skipped = 0;
  for (const bead of report.beads.filter((b: Bead) => b.label === label)) {
    const indices = bead[key];
    // An index past the side's sentences (a hand-built report) counts as content rather than vanishing.
    const content = indices.filter((i) => i >= report[side].sentences.length || isContent(report[side].sentences[i]));
    skipped += indices.length - content.length;
    const passage = content.length > 0 ? passageOf.get(content[0]) : undefined;
    if (passage) {
      if (shown.has(passage)) continue;
      shown.add(passage);
      const range = `${(passage[0] + 1).toLocaleString('en')}–${(passage[passage.length - 1] + 1).toLocaleString('en')}`;
      rows.push([`${range} (${plural(passage.length, 'sentence')})`, quote(joinSentences(report, side, passage.slice(0, 3)))]);
    } else if (content.length > 0) rows.push([content.map((i) => i + 1).join(', '), quote(joinSentences(report, side, content))]);
  }
  return { rows, skipped };
}

const findingRow = (report: Report, finding: Finding): string[] => [
  `**${finding.severity}**`,
  `\`${finding.code.replace(/`/g, "'")}\``,
  quote(joinSentences(report, 'source', finding.src ?? [])),
  quote(joinSentences(report, 'target', finding.tgt ?? [])),
  escapeMarkdown(finding.message),
];

/**
 * A summary for a pull request or a ticket: the scores, the mode and embedder, then tables of
 * findings (conflicts first; omissions and additions only in their own tables), omitted source
 * sentences and added target sentences, each quoted (a passage of them as one row).
 * Sentence numbers are 1-based, as a reader counts them.
 */
const GAP_CODES = new Set(['omission', 'addition']);

export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const o = resolveRenderOptions(options);
  const maxRows = o.mdMaxRows;
  const { scores } = report;
  const labels = { match: 0, partial: 0, omission: 0, addition: 0 };
  for (const bead of report.beads) labels[bead.label] += 1;
  const severity = countBySeverity(report.findings);
  // Omissions and additions have their own sections below; repeating them here would bury the conflicts.
  // One inside a matched bead (a sentence its bead's other side does not support) is in no such
  // section, so it stays here, and so does one that names sentences beyond its bead (an omission the
  // alignment could as well have placed on a neighbour: the section lists the bead's sentence only).
  const listedBelow = (f: Finding) => f.bead === undefined || (report.beads[f.bead]?.label === f.code && (f.src ?? []).every((i) => report.beads[f.bead!]!.src.includes(i)));
  const findings = report.findings
    .filter((f) => !GAP_CODES.has(f.code) || !listedBelow(f))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const omissions = gapRows(report, 'omission');
  const additions = gapRows(report, 'addition');
  const notCounted = (n: number) => (n > 0 ? [`_${plural(n, 'boilerplate or social sentence')} not listed (left out of coverage)._`, ''] : []);

  return [
    `# ${escapeMarkdown(o.title ?? defaultTitle(report.source.lang, report.target.lang))}`,
    '',
    ...table(['Coverage', 'Grounding', 'Fidelity', 'Conflicts'], ['---:', '---:', '---:', '---:'], [[
      percent(scores.coverage), percent(scores.grounding), scores.fidelity.toFixed(2), String(scores.conflicts),
    ]], 1),
    '',
    `- **Mode:** ${escapeMarkdown(report.mode)} — ${escapeMarkdown(modeWords(report))} _Why: ${escapeMarkdown(report.modeReason)}_`,
    `- **Embedder:** \`${report.embedder.id.replace(/`/g, "'")}\` (${escapeMarkdown(report.embedder.kind)})`,
    `- **Alignment:** ${plural(labels.match, 'match', 'matches')}, ${labels.partial} partial, ${plural(labels.omission, 'omission')}, ${plural(labels.addition, 'addition')}`,
    `- **Findings:** ${plural(severity.error, 'error')}, ${plural(severity.warning, 'warning')}, ${severity.info} info`,
    '',
    `## Findings (${findings.length})`,
    '',
    ...(findings.length > 0
      ? table(['Severity', 'Code', 'Source', 'Target', 'Message'], ['---', '---', '---', '---', '---'], findings.map((f) => findingRow(report, f)), maxRows)
      : ['No findings.']),
    '',
    `## Omissions: source sentences ${unpairedPhrase('src', report.mode)} (${omissions.rows.length})`,
    '',
    ...(omissions.rows.length > 0 ? table(['#', `Source (${escapeMarkdown(report.source.lang)})`], ['---:', '---'], omissions.rows, maxRows) : ['None.']),
    '',
    ...notCounted(omissions.skipped),
    `## Additions: target sentences ${unpairedPhrase('tgt', report.mode)} (${additions.rows.length})`,
    '',
    ...(additions.rows.length > 0 ? table(['#', `Target (${escapeMarkdown(report.target.lang)})`], ['---:', '---'], additions.rows, maxRows) : ['None.']),
    '',
    ...notCounted(additions.skipped),
    `<sub>bitext-qa ${escapeMarkdown(report.generator.version)} · report format ${escapeMarkdown(report.version)}</sub>`,
    '',
  ].join('\n');
}
