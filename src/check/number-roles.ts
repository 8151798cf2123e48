// Numbers that are references to the document's own layout rather than facts of the text:
// - page numbers of a citation (`S. 110-117`, `p. 80`, `pp. 12–14`, `Varia S.91/92`): each edition of a
//   publication has its own pages, so a translation that cites its own edition gives other numbers
//   (`Die Alpen 1956, S. 85` / `Les Alpes 1956, p. 83`) without anything being mistranslated;
// - the number of a list item at the start of a sentence (`21. Nördlich des Mustagh Ata…`): editions
//   number their sections their own way;
// - a number after a number sign (`Nr. 292`, `n° 293`, `No. 4`): the issue of a journal or an entry of
//   a register, which a translation cites in its own edition or adds for its readers (`Gyalzen, n° 163
//   de l'H.C.`), or leaves out.
// - a number inside OCR debris (`l' in 29 âjJi.ïïJïW`; ocr-debris.ts): the scan lost its context;
// - a measure alone in brackets (`Makalu ( 8481 m )`) that the translation leaves out: an aside, the
//   rest of the sentence carried over (only for a number missing from the pair: a changed number
//   in brackets is a mismatch like any other; `asideSpan`).
// The numbers check still reports them (a reviewer may want to look), as `info`; but two issue numbers
// that differ (`Nr. 293` / `n° 294`) are one citation with a slip, an error like any other number.

/** A page marker and the page or page range after it (`S. 110-117`, `p.80`, `pp. 91/92`, `Seite 3`). */
const PAGE_REF = /(?<![\p{L}\p{N}])(?:S|p|pp|Seite|Seiten|page|pages|pág|págs|hlm|hal|blz|str|bl)\.?\s?\d+(?:\s?[-–/]\s?\d+)?/gu;
/** Characters that show a page reference may be in a sentence (most sentences have none: one test skips them). */
const PAGE_GATE = /(?:S|p|pp|Seiten?|pages?|págs?|hlm|hal|blz|str|bl)\.?\s?\d/u;
/** A number sign and the number after it (`Nr. 292`, `n° 293`, `Nº5`, `No. 4`, `núm. 3`); `No`/`no` only with a full stop. */
const REFERENCE = /(?<![\p{L}\p{N}])(?:(?:Nr|nr|Nrn|No|no|Nos|nos|núm|Núm|nro|Nro)\.|Nr|[nN][°º])\s?\d+/gu;
/** Characters that show a number sign may be in a sentence. */
const REFERENCE_GATE = /(?:Nr|nr|No|no|[nN][°º]|núm|Núm|nro|Nro)\.?\s?\d/u;
/** A list item's number at the start of a sentence: one to three digits and a full stop, then a capital letter. */
const LIST_LABEL = /^[\s«"“(]*(\d{1,3})\.\s+(?=\p{Lu})/u;

/** The spans `[start, end)` of `text` that are page references (see the module comment). */
export function pageSpans(text: string): Array<[number, number]> {
  if (!PAGE_GATE.test(text)) return [];
  return [...text.matchAll(PAGE_REF)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** The spans `[start, end)` of `text` that are a number sign and its number (see the module comment). */
export function referenceSpans(text: string): Array<[number, number]> {
  if (!REFERENCE_GATE.test(text)) return [];
  return [...text.matchAll(REFERENCE)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** The span of the list item's number at the start of `text` (`21` of `21. Nördlich…`), if any. */
export function listLabelSpan(text: string): [number, number] | undefined {
  const m = LIST_LABEL.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return [start, start + m[1]!.length];
}

/** What a number refers to: a page (`page`), a list item (`list`), a numbered issue or entry (`reference`), OCR debris (`debris`), a bracketed aside (`aside`), or none of these. */
export type NumberRole = 'page' | 'list' | 'reference' | 'debris' | 'aside' | undefined;

/** A bracket holding one number and its unit of one to three letters, perhaps after an approximation word (`( 8481 m )`, `( ca. 6000 m )`, `(305 ft)`; not a bare year `( 1956 )`). */
const ASIDE = /\(\s*(?:(?:ca|env|etwa|about|approx|circa|um)\.?\s*)?\d[\d.,' ]*\s*\p{L}{1,3}\.?\s*\)/gu;

/** Whether the number at `[start, end)` of `text` stands alone in brackets, as an aside (see `ASIDE`). */
export function inAside(text: string, start: number, end: number): boolean {
  if (!text.includes('(')) return false;
  for (const m of text.matchAll(ASIDE)) if (start >= m.index! && end <= m.index! + m[0].length) return true;
  return false;
}

/** The role of the number at `[start, end)` of `text` (see `pageSpans`, `listLabelSpan` and `referenceSpans`). */
export function numberRole(
  start: number, end: number, pages: ReadonlyArray<readonly [number, number]>, label: readonly [number, number] | undefined,
  refs: ReadonlyArray<readonly [number, number]> = [],
): NumberRole {
  const inside = (spans: ReadonlyArray<readonly [number, number]>) => spans.some(([a, b]) => start >= a && end <= b);
  if (inside(pages)) return 'page';
  if (inside(refs)) return 'reference';
  if (label && start === label[0] && end <= label[1] + 1) return 'list';
  return undefined;
}

/** The note a finding about a number of `role` carries (and why it is only `info`). */
export const ROLE_NOTE: Readonly<Record<Exclude<NumberRole, undefined>, string>> = {
  page: 'a page number of a citation: each edition has its own pages',
  list: 'the number of a list item: editions may number their items differently',
  reference: 'a numbered issue or entry (Nr., n°): a translation often cites its own edition or adds one for its readers',
  debris: 'inside unreadable text (OCR debris): the number may be a misread letter',
  aside: 'a measure alone in brackets that the translation leaves out; the rest of the sentence is carried over',
};
