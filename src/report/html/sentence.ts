import type { Report } from '../types.js';
import { beadIndexBySentence, findingsBySentence, severityToken } from '../util.js';
import { htmlAttr, markedText, type Mark } from './text.js';

/** One-letter class per bead label (kept short: a page may hold 10⁴ sentences). */
export const LABEL_CLASS = { match: 'm', partial: 'p', omission: 'o', addition: 'a' } as const;

/** What both views (rows and articles) need to know about every sentence, computed once per page. */
export interface SentenceIndex {
  /** Per side, the bead of each sentence (-1 when none). */
  bead: Record<'src' | 'tgt', Int32Array>;
  /** Per side, the findings that name each sentence. */
  found: Record<'src' | 'tgt', number[][]>;
}

export function indexSentences(report: Report): SentenceIndex {
  const [n, m] = [report.source.sentences.length, report.target.sentences.length];
  return {
    bead: { src: beadIndexBySentence(report.beads, n, 'src'), tgt: beadIndexBySentence(report.beads, m, 'tgt') },
    found: { src: findingsBySentence(report.findings, n, 'src'), tgt: findingsBySentence(report.findings, m, 'tgt') },
  };
}

/** The report's side object for a key. */
export const sideOf = (report: Report, key: 'src' | 'tgt') => (key === 'src' ? report.source : report.target);

/**
 * A sentence's text as HTML, with the spans its findings point at (`srcRange`/`tgtRange`) underlined.
 * A sentence with no finding gets no mark, and neither does a range over the whole sentence (the
 * finding's badge already says it concerns all of it).
 */
export function sentenceTextHtml(report: Report, key: 'src' | 'tgt', i: number, found: readonly number[]): string {
  const sentence = sideOf(report, key).sentences[i];
  const rangeKey = key === 'src' ? 'srcRange' : 'tgtRange';
  const marks: Mark[] = [];
  for (const f of found) {
    const range = report.findings[f][rangeKey];
    if (range && (range[0] > sentence.start || range[1] < sentence.end)) marks.push({ start: range[0] - sentence.start, end: range[1] - sentence.start, severity: severityToken(report.findings[f].severity) });
  }
  return markedText(sentence.text, marks);
}

/** ` lang="es"` for a sentence in another language than its side, else `''`. */
export function sentenceLangAttr(report: Report, key: 'src' | 'tgt', i: number): string {
  const side = sideOf(report, key);
  const lang = side.sentences[i].lang;
  return lang && lang !== side.lang && lang !== 'und' ? ` lang="${htmlAttr(lang)}"` : '';
}

/** Boilerplate and social lines (not content) are drawn muted. */
export const isAside = (report: Report, key: 'src' | 'tgt', i: number): boolean => {
  const kind = sideOf(report, key).sentences[i].kind;
  return kind === 'boilerplate' || kind === 'social';
};
