// Numbers and dates of a citation: a bracket that gives a page or an issue (`( The Alpine Journal ,
// Nr. 292 , May 1956 , S. 110-117 )`). A translation may cite another publication its readers know
// instead (`( voir Les Alpes , octobre 1955 )`): a number or date finding inside such a bracket on one
// side is `info`, with a note, when the other side's sentences give no page or issue at all. Where both
// cite (`( Les Alpes 1956 , p. 82 )` / `( « Die Alpen » 1957 , S. 83 )`), a changed or dropped year,
// month or issue stays what it is.
import { pageSpans, referenceSpans } from './number-roles.js';
import type { CheckInput, CheckSide, Finding, FindingCode } from './types.js';

/** The codes this applies to: what compares numbers and dates. */
const CODES: ReadonlySet<FindingCode> = new Set<FindingCode>(['number-mismatch', 'number-missing', 'number-extra', 'date-mismatch', 'date-missing', 'date-extra']);

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

/** Whether any of the sentences gives a page or an issue. */
const cites = (side: CheckSide, indices: readonly number[] | undefined) =>
  (indices ?? []).some((i) => side.sentences[i] && (pageSpans(side.sentences[i]!.text).length > 0 || referenceSpans(side.sentences[i]!.text).length > 0));

export const CITATION_NOTE = 'in a citation (a bracket with a page or issue) that the other side does not give: it cites another publication';

/** Whether `f` is about a citation's number or date that the other side cites no source for (see the module comment). */
const ofCitation = (input: CheckInput, f: Finding): boolean =>
  (inCitation(input.source, f.src, f.srcRange) && !cites(input.target, f.tgt))
  || (inCitation(input.target, f.tgt, f.tgtRange) && !cites(input.source, f.src));

/** `findings` with the number and date findings of a citation made `info` (see the module comment). */
export function citationsAsInfo(input: CheckInput, findings: Finding[]): Finding[] {
  return findings.map((f) => (f.severity !== 'info' && CODES.has(f.code) && ofCitation(input, f)
    ? { ...f, severity: 'info', note: f.note ? `${f.note}; ${CITATION_NOTE}` : CITATION_NOTE }
    : f));
}
