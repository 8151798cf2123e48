// What every check module shares: the input, resolved options, span location and finding building.
import { isPairedBead, type Bead } from '../align/types.js';
import type { Sentence } from '../segment/types.js';
import { extractDates, type DateMention, type NumericOrder } from '../text/dates.js';
import { withoutLinks } from '../text/links.js';
import { MESSAGES, severityOf } from './messages.js';
import type { ResolvedCheckOptions } from './options.js';
import type { CheckInput, CheckSide, Finding, FindingCode } from './types.js';

export interface CheckContext {
  input: CheckInput;
  options: ResolvedCheckOptions;
}

/** A check module: the context in, findings out. Pure and synchronous. */
export type Check = (ctx: CheckContext) => Finding[];

/** Something found inside one sentence, with its place in the original text. */
export type Located<T> = T & { sentence: number; range: [number, number] };

/** The language to read a sentence in: its own detected language, else the document's. */
export function sentenceLang(sentence: Sentence, side: CheckSide): string {
  return sentence.lang && sentence.lang !== 'und' ? sentence.lang : side.lang;
}

/**
 * What extractors found per sentence, kept while one `checkAlignment` call runs (`withSentenceMemo`):
 * the checks read some sentences several times (dates: per pair, per document, and as the spans the
 * numbers check masks). Keyed by extractor, then language, then the sentence object.
 */
let memo: Map<string, Map<string, Map<Sentence, unknown[]>>> | undefined;

/**
 * What `recentSentence` computed (located numbers, dates, words…) for recent sentences, kept alongside
 * `memo`: by extractor key and side, then sentence index. A check reads some sentences in their own pair
 * and again as a neighbour of the pairs on either side; pairs come in text order, so a short window of
 * recent sentences catches those repeats without keeping a whole book's worth of objects alive.
 */
let located: Map<string, Map<CheckSide, RecentWindow>> | undefined;

/**
 * Sentences `recentSentence` keeps per key and side: sentence `i` has slot `i % LOCATE_WINDOW`, so it
 * stays until a sentence 256 before or after it (in practice, after it) is computed for that key and side.
 */
const LOCATE_WINDOW = 256;

/**
 * One key and side's recent values, in fixed slots: a ring of arrays made once, instead of a `Map`
 * with an insertion and a deletion per sentence (which made the collector copy and promote much of
 * what the window held).
 */
interface RecentWindow {
  /** The sentence index each slot holds, -1 for none. */
  at: Int32Array;
  values: unknown[];
}

/** Runs `fn` with per-sentence extraction results shared between the checks it runs; forgets them after. */
export function withSentenceMemo<T>(fn: () => T): T {
  const outer = memo;
  const outerLocated = located;
  memo ??= new Map();
  located ??= new Map();
  try {
    return fn();
  } finally {
    memo = outer;
    located = outerLocated;
    paired = undefined;
  }
}

/**
 * `compute()`, or what it returned before for this sentence, extractor `key` and language inside
 * `withSentenceMemo`. Only for pure extractors of the sentence's text: callers must not mutate the result.
 */
export function memoized<T>(key: string, lang: string, sentence: Sentence, compute: () => T[]): T[] {
  if (!memo) return compute();
  // By key, then by language: no key string is built per call (a long document asks hundreds of thousands of times).
  let byLang = memo.get(key);
  if (!byLang) memo.set(key, (byLang = new Map()));
  let bySentence = byLang.get(lang);
  if (!bySentence) byLang.set(lang, (bySentence = new Map()));
  let items = bySentence.get(sentence) as T[] | undefined;
  if (!items) bySentence.set(sentence, (items = compute()));
  return items;
}

/** The key of the dates of a sentence read in an order (`sentenceDates`, `datesOf`), made once. */
export const datesKey = (order?: NumericOrder): string => (order === undefined ? 'dates:' : order === 'dmy' ? 'dates:dmy' : 'dates:mdy');

/** The dates of a sentence (read in `order` when given), extracted once per `checkAlignment` call. */
export const sentenceDates = (text: string, lang: string, sentence: Sentence, order?: NumericOrder): DateMention[] =>
  memoized(datesKey(order), lang, sentence, () => extractDates(text, lang, order ? { order } : {}));

/**
 * `compute()` for sentence `index` of `side`, or what it returned for that sentence, `key` and side
 * while it is recent (`LOCATE_WINDOW`), inside `withSentenceMemo` (outside, always `compute()`). Only
 * for pure functions of the sentence: callers must not mutate the result.
 */
export function recentSentence<T>(key: string, side: CheckSide, index: number, compute: () => T): T {
  if (!located) return compute();
  let bySide = located.get(key);
  if (!bySide) located.set(key, (bySide = new Map()));
  let window = bySide.get(side);
  if (!window) bySide.set(side, (window = { at: new Int32Array(LOCATE_WINDOW).fill(-1), values: new Array<unknown>(LOCATE_WINDOW).fill(undefined) }));
  const slot = index % LOCATE_WINDOW;
  if (window.at[slot] === index) return window.values[slot] as T;
  const value = compute();
  window.at[slot] = index;
  window.values[slot] = value;
  return value;
}

/**
 * Runs `extract` on each listed sentence and turns its offsets into ranges of the original text.
 * Boilerplate lines (`Read more: …`, `Baca Juga : …`) are skipped: they are navigation, never translated.
 * With a `key`, inside `withSentenceMemo`, a recent sentence's located items are shared with the
 * earlier call with that key (a fresh array each call, the same items): `extract` must then be a pure
 * function of the sentence, and callers must not mutate the items.
 */
export function locate<T extends { start: number; end: number }>(
  side: CheckSide,
  indices: readonly number[],
  extract: (text: string, lang: string, sentence: Sentence) => T[],
  key?: string,
): Array<Located<T>> {
  const out: Array<Located<T>> = [];
  for (const i of indices) {
    const s = side.sentences[i];
    if (!s || s.kind === 'boilerplate') continue;
    const make = () => extract(s.text, sentenceLang(s, side), s).map((item) => locatedCopy(item, i, s.start));
    for (const item of key === undefined ? make() : recentSentence(key, side, i, make)) out.push(item);
  }
  return out;
}

/**
 * `{ ...item, sentence, range }`, copied key by key: the items of the extractors come in many shapes,
 * and object spread over so many shapes is the slow, generic copy (a long document copies millions).
 */
function locatedCopy<T extends { start: number; end: number }>(item: T, sentence: number, offset: number): Located<T> {
  const out = {} as Record<string, unknown>;
  for (const key in item) out[key] = item[key];
  out.sentence = sentence;
  out.range = [offset + item.start, offset + item.end];
  return out as Located<T>;
}

/** What `pairedBeads` last listed inside `withSentenceMemo` (every check asks it of the same beads). */
let paired: { of: readonly Bead[]; list: ReadonlyArray<{ bead: Bead; index: number }> } | undefined;

/**
 * Beads that pair source with target sentences (`match` and `partial`), with their index. Inside
 * `withSentenceMemo` the list is made once per beads array: callers must not mutate it.
 */
export function pairedBeads(beads: readonly Bead[]): ReadonlyArray<{ bead: Bead; index: number }> {
  if (memo && paired?.of === beads) return paired.list;
  const list: Array<{ bead: Bead; index: number }> = [];
  beads.forEach((bead, index) => {
    if (isPairedBead(bead)) list.push({ bead, index });
  });
  if (memo) paired = { of: beads, list };
  return list;
}

/** What a check says about a finding: everything but the code, severity and message, which come from the tables. */
export type FindingFields = Omit<Finding, 'code' | 'severity' | 'message'> & {
  /** Extra words for the message line (see `MESSAGES`). */
  detail?: string;
};

/** Builds a finding: severity from the table (by mode), message from the table, fields as given. */
export function finding(ctx: CheckContext, code: FindingCode, fields: FindingFields): Finding {
  const { detail, ...rest } = fields;
  const out: Finding = {
    code,
    severity: severityOf(code, ctx.options.mode),
    message: MESSAGES[code].text({ expected: fields.expected, actual: fields.actual, detail, mode: ctx.options.mode }),
  };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

/** Letters in `text` (any script), not counting URLs, e-mail addresses, handles and hashtags. */
export const letterCount = (text: string): number => (withoutLinks(text).match(/\p{L}/gu) ?? []).length;

export { isContent } from '../segment/types.js';
