import type { Bead } from '../align/types.js';
import type { Finding, Severity } from '../check/types.js';
import type { Report } from './types.js';
import { primaryLang } from '../text/language-tag.js';

/** Severities from the most to the least serious. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The severity as a class-name token (an unknown value, from a hand-edited report, reads as `info`). */
export const severityToken = (severity: string): Severity =>
  (SEVERITIES as readonly string[]).includes(severity) ? (severity as Severity) : 'info';

/** For each sentence of one side, the index of the bead it belongs to (-1 when none). */
export function beadIndexBySentence(beads: Bead[], count: number, side: 'src' | 'tgt'): Int32Array {
  const index = new Int32Array(count).fill(-1);
  beads.forEach((bead, b) => {
    for (const s of bead[side]) if (s >= 0 && s < count) index[s] = b;
  });
  return index;
}

/** For each sentence of one side, the indices of the findings that name it. */
export function findingsBySentence(findings: Finding[], count: number, side: 'src' | 'tgt'): number[][] {
  const bySentence: number[][] = Array.from({ length: count }, () => []);
  findings.forEach((finding, f) => {
    for (const s of finding[side] ?? []) if (s >= 0 && s < count) bySentence[s].push(f);
  });
  return bySentence;
}

/** The distinct finding codes that touch a bead (through any of its source or target sentences). */
export function codesByBead(report: Report): string[][] {
  const src = beadIndexBySentence(report.beads, report.source.sentences.length, 'src');
  const tgt = beadIndexBySentence(report.beads, report.target.sentences.length, 'tgt');
  const codes: Set<string>[] = report.beads.map(() => new Set());
  for (const finding of report.findings) {
    for (const s of finding.src ?? []) if (src[s] >= 0) codes[src[s]].add(finding.code);
    for (const t of finding.tgt ?? []) if (tgt[t] >= 0) codes[tgt[t]].add(finding.code);
  }
  return codes.map((set) => [...set]);
}

/** Text of a group of sentences joined with a space (`''` for an empty group). */
export const joinSentences = (report: Report, side: 'source' | 'target', indices: number[]): string =>
  indices.map((i) => report[side].sentences[i]?.text ?? '').join(' ');

/** `0.583` → `58%`. */
export const percent = (value: number): string => `${Math.round(value * 100)}%`;

/** Number of findings per severity. */
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** `[code, count, worst severity]` sorted by severity, then by count. */
export function countByCode(findings: Finding[]): Array<{ code: string; count: number; severity: Severity }> {
  const byCode = new Map<string, { code: string; count: number; severity: Severity }>();
  for (const { code, severity } of findings) {
    const entry = byCode.get(code) ?? { code, count: 0, severity };
    entry.count += 1;
    if (SEVERITIES.indexOf(severity) < SEVERITIES.indexOf(entry.severity)) entry.severity = severity;
    byCode.set(code, entry);
  }
  return [...byCode.values()].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.count - a.count || a.code.localeCompare(b.code),
  );
}

/** Languages written right to left (ISO 639-1, plus a few common 639-3 codes). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb', 'arz', 'iw']);

/** `rtl` for right-to-left languages (`ar`, `he`, `fa`, `ur` …), else `ltr`. Accepts `ar-EG` style tags. */
export const textDirection = (lang: string): 'rtl' | 'ltr' => (RTL.has(primaryLang(lang)) ? 'rtl' : 'ltr');

/**
 * The alignment mode in a reviewer's words. `auto` mode says what the texts look like; a mode the
 * caller chose says what was assumed. The numbers behind the choice (`modeReason`) stay for
 * those who ask (the HTML shows them on hover, Markdown after "why").
 */
export function modeWords(report: Pick<Report, 'mode' | 'modeReason'>): string {
  const auto = report.modeReason.startsWith('auto');
  if (report.mode === 'parallel') {
    return auto
      ? 'The target looks like a translation of the source, so sentences are matched in order.'
      : 'The target is taken as a translation of the source, so sentences are matched in order.';
  }
  return auto
    ? 'These look like two separate reports of one story, so sentences are matched in any order.'
    : 'The texts are taken as two separate reports of one story, so sentences are matched in any order.';
}
