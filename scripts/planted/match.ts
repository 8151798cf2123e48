// Deciding whether a report caught a planted error, and counting false alarms.
//
// The documents are given to `compareArticles` as text: lines joined by blank lines, so each line
// starts its own paragraph. The splitter may still cut a line into several sentences; a sentence
// belongs to the line its first character is in.
import type { Finding, FindingCode } from '../../src/check/types.js';
import type { Report } from '../../src/report/types.js';
import type { Planted, PlantKind } from './plant.js';

/** The text `compareArticles` gets for some lines, and where each line starts in it. */
export function joinLines(lines: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += '\n\n';
    starts.push(text.length);
    text += line;
  }
  return { text, starts };
}

/** The line a character offset falls in (binary search over line starts). */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Finding codes that report each kind of planted error (`*-passage` codes: one finding for a run of
 * sentences). A changed number that is the day or year of a date (`25 mai` → `26 mai`) is reported as
 * the date it changes: the date codes that compare two dates count for numbers too.
 */
export const FAMILIES: Readonly<Record<PlantKind, readonly string[]>> = {
  number: ['number-mismatch', 'number-missing', 'number-extra', 'partial', 'date-mismatch', 'date-conflict'],
  date: ['date-mismatch', 'date-missing', 'date-extra', 'weekday-mismatch', 'weekday-missing', 'date-conflict', 'weekday-date-mismatch', 'partial'],
  delete: ['omission', 'omission-passage', 'partial'],
  untranslated: ['untranslated', 'copied-source'],
  name: ['name-spelling', 'name-missing', 'name-accent', 'partial'],
  url: ['link-missing', 'partial'],
};

/** A finding as lines of the unmodified document: what is compared with the unmodified run. */
export interface LineFinding {
  code: FindingCode | string;
  severity: Finding['severity'];
  src: number[];
  tgt: number[];
  key: string;
}

/** The sentence indices of a finding, ranges included (`omission-passage` carries `srcRange`). */
function sentencesOf(f: Finding, side: 'src' | 'tgt', report: Report): number[] {
  const list = [...(f[side] ?? [])];
  const range = f[side === 'src' ? 'srcRange' : 'tgtRange'];
  if (range && list.length === 0) {
    const sentences = report[side === 'src' ? 'source' : 'target'].sentences;
    sentences.forEach((s, i) => { if (s.start < range[1] && s.end > range[0]) list.push(i); });
  }
  return list;
}

/**
 * The findings of `report` in lines of the unmodified document. `srcStarts`/`tgtStarts` are the line
 * starts of the texts given to `compareArticles`; `tgtOrig` maps target lines back to the unmodified
 * target (identity when absent).
 */
export function lineFindings(report: Report, srcStarts: readonly number[], tgtStarts: readonly number[], tgtOrig?: readonly number[]): LineFinding[] {
  const srcLine = (i: number) => lineAt(srcStarts, report.source.sentences[i]!.start);
  const tgtLine = (i: number) => {
    const l = lineAt(tgtStarts, report.target.sentences[i]!.start);
    return tgtOrig ? tgtOrig[l]! : l;
  };
  return report.findings.map((f) => {
    const src = [...new Set(sentencesOf(f, 'src', report).map(srcLine))];
    const tgt = [...new Set(sentencesOf(f, 'tgt', report).map(tgtLine))];
    return { code: f.code, severity: f.severity, src, tgt, key: `${f.code}|${src}|${tgt}|${f.expected ?? ''}|${f.actual ?? ''}` };
  });
}

/**
 * Whether a planted error was caught: a finding of the kind's family that points at the planted
 * sentence (its source line, or its target line when the target still has it) and that the run on the
 * unmodified document did not already raise.
 */
export function caught(planted: Planted, findings: readonly LineFinding[], baseline: ReadonlySet<string>): LineFinding | undefined {
  const family = FAMILIES[planted.site.kind];
  const { srcLine, tgtLine } = planted.site;
  const deleted = planted.site.kind === 'delete';
  return findings.find((f) => family.includes(f.code) && !baseline.has(f.key) && (f.src.includes(srcLine) || (!deleted && f.tgt.includes(tgtLine))));
}

/** Error and warning findings: what a reviewer has to look at. */
export const isAlarm = (f: { severity: Finding['severity'] }) => f.severity === 'error' || f.severity === 'warning';
