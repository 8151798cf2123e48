import { BIDI_CONTROLS } from './escape.js';
import type { Report } from './types.js';
import { codesByBead, joinSentences } from './util.js';

/** Column names of the TSV report, in order. */
export const TSV_COLUMNS = ['source', 'target', 'label', 'score', 'codes', 'src', 'tgt'] as const;

/**
 * Escapes one TSV cell so that every row stays on one line with the right number of columns:
 * backslash → `\\`, tab → `\t`, line feed → `\n`, carriage return → `\r`, and bidi controls →
 * `\u202E` (so nothing reorders the row on screen).
 *
 * Formula injection: a cell starting with `=`, `+`, `-` or `@` would run as a formula when the file
 * is opened in a spreadsheet, so it gets a leading `'` (the usual guard; spreadsheets hide it).
 * Only the text columns can start that way; scores and indices are plain numbers.
 */
export function escapeTsvCell(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return /^[=+\-@]/.test(escaped) ? `'${escaped}` : escaped;
}

/**
 * One row per bead, in bead order, after a header row: source text, target text, label, score
 * (3 decimals), the finding codes that touch the bead (comma separated), and the 0-based sentence
 * indices of each side (space separated). Sentences of a many-to-one bead are joined with a space.
 * Lines end with `\n`; see {@link escapeTsvCell} for the escaping of text.
 */
export function renderTsv(report: Report): string {
  const codes = codesByBead(report);
  const rows = report.beads.map((bead, b) =>
    [
      escapeTsvCell(joinSentences(report, 'source', bead.src)),
      escapeTsvCell(joinSentences(report, 'target', bead.tgt)),
      bead.label,
      bead.score.toFixed(3),
      escapeTsvCell(codes[b].join(',')),
      bead.src.join(' '),
      bead.tgt.join(' '),
    ].join('\t'),
  );
  return `${[TSV_COLUMNS.join('\t'), ...rows].join('\n')}\n`;
}
