// Numbers and dates of a citation: a bracket that gives a page or an issue (`( « Die Alpen » 1956 ,
// S. 295-298 )`, `( The Alpine Journal , Nr. 292 , May 1956 , S. 110-117 )`). A translation cites
// its own edition, or another publication its readers know (`( voir Les Alpes , octobre 1955 )`),
// and keeps or drops the year as it likes: a number or date missing or extra inside such a bracket is
// `info`, with a note, like the page numbers themselves (number-roles.ts). A mismatch is `info` only
// when the bracket of the other side is no citation (another publication: `octobre 1955` for `May
// 1956`); between two citations (`( Les Alpes 1956 , p. 82 )` / `( … 1957 , S. 83 )`) it stays an error.
import { pageSpans, referenceSpans } from './number-roles.js';
import type { CheckInput, CheckSide, Finding, FindingCode } from './types.js';

/** The codes this applies to: what compares numbers and dates; the mismatches need more (see the module comment). */
const CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(['number-mismatch', 'number-missing', 'number-extra', 'date-mismatch', 'date-missing', 'date-extra']);
const MISMATCHES: ReadonlySet<FindingCode> = new Set<FindingCode>(['number-mismatch', 'date-mismatch']);

const BRACKET = /\([^()]*\)/gu;

/** The spans `[start, end)` of `text` that are a bracket holding a page or an issue reference. */
export function citationSpans(text: string): Array<[number, number]> {
  if (!text.includes('(')) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(BRACKET)) {
    if (pageSpans(m[0]).length || referenceSpans(m[0]).length) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

/** Whether `range` (into the original text) lies in a citation of sentence `i` of `side`. */
function inCitation(side: CheckSide, indices: readonly number[] | undefined, range: readonly [number, number] | undefined): boolean {
  if (!range || indices?.length !== 1) return false;
  const s = side.sentences[indices[0]!];
  if (!s || range[0] < s.start || range[1] > s.end) return false;
  return citationSpans(s.text).some(([a, b]) => range[0] - s.start >= a && range[1] - s.start <= b);
}

export const CITATION_NOTE = 'in a citation (a bracket with a page or issue): a translation cites its own edition';

/** Whether a finding is about a citation's number or date (see the module comment). */
function ofCitation(input: CheckInput, f: Finding): boolean {
  const src = inCitation(input.source, f.src, f.srcRange);
  const tgt = inCitation(input.target, f.tgt, f.tgtRange);
  return MISMATCHES.has(f.code) ? src !== tgt : src || tgt;
}

/** `findings` with the number and date findings of a citation made `info` (see the module comment). */
export function citationsAsInfo(input: CheckInput, findings: Finding[]): Finding[] {
  return findings.map((f) => (f.severity !== 'info' && CODES.has(f.code) && ofCitation(input, f)
    ? { ...f, severity: 'info', note: f.note ? `${f.note}; ${CITATION_NOTE}` : CITATION_NOTE }
    : f));
}
