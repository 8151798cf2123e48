// All finding wording, in one table (as zod keeps its issue messages). One line each, for people.
import type { AlignMode } from '../align/types.js';
import type { FindingCode, Severity } from './types.js';

export interface MessageParams {
  /** What the source has. */
  expected?: string;
  /** What the target has. */
  actual?: string;
  /** Anything else the line needs (a language code, a ratio, a weekday…). */
  detail?: string;
  /** The alignment mode; it decides how a sentence without a pair is described (see `unpairedWords`). @default 'parallel' */
  mode?: AlignMode;
}

/**
 * How sentences without a pair are described, in one place for findings and reports. In parallel mode
 * the target is a translation, so such a sentence has no counterpart; in comparable mode the two texts
 * are separate reports, so it was only not found (the other text may say it in other words).
 */
export function unpairedPhrase(side: 'src' | 'tgt', mode: AlignMode = 'parallel'): string {
  const other = side === 'src' ? 'target' : 'source';
  return mode === 'comparable' ? `not found in the ${other}` : `with no counterpart in the ${other}`;
}

/** `unpairedPhrase` as a verb, for `count` sentences: "have no counterpart in the target", "was not found in the source". */
export function unpairedWords(side: 'src' | 'tgt', mode: AlignMode = 'parallel', count = 2): string {
  const phrase = unpairedPhrase(side, mode);
  if (mode === 'comparable') return `${count === 1 ? 'was' : 'were'} ${phrase}`;
  return `${count === 1 ? 'has' : 'have'} ${phrase.replace(/^with /, '')}`;
}

/**
 * The message of an `omission` whose gap the alignment cannot place (parallel mode): one of `count`
 * consecutive source sentences has no counterpart, and the evidence cannot tell which.
 */
export const unplacedOmission = (count: number): string =>
  `One of these ${count} source sentences ${unpairedWords('src', 'parallel', 1)}, but which one is unclear: the sentences around it pair about as well either way`;

interface MessageEntry {
  /** Severity in `parallel` mode, and in `comparable` mode when `comparable` is not given. */
  severity: Severity;
  comparable?: Severity;
  text: (p: MessageParams) => string;
}

const q = (s?: string) => `“${s ?? ''}”`;

export const MESSAGES: Readonly<Record<FindingCode, MessageEntry>> = {
  'number-mismatch': { severity: 'error', text: (p) => `Number differs: source has ${q(p.expected)}, target has ${q(p.actual)}` },
  'number-missing': { severity: 'warning', text: (p) => `Number ${q(p.expected)} has no counterpart in the target` },
  'number-extra': { severity: 'warning', text: (p) => `Number ${q(p.actual)} in the target has no counterpart in the source` },
  'date-mismatch': { severity: 'error', text: (p) => `Date differs: source has ${q(p.expected)}, target has ${q(p.actual)}${p.detail ? ` (${p.detail})` : ''}` },
  'date-missing': { severity: 'warning', comparable: 'info', text: (p) => `Date ${q(p.expected)} has no counterpart in the target` },
  'date-extra': { severity: 'info', text: (p) => `Date ${q(p.actual)} in the target has no counterpart in the source` },
  'weekday-mismatch': { severity: 'error', text: (p) => `Weekday differs: source has ${q(p.expected)}, target has ${q(p.actual)}` },
  'weekday-missing': { severity: 'warning', comparable: 'info', text: (p) => `Weekday ${q(p.expected)} has no counterpart in the target` },
  'date-conflict': { severity: 'error', text: (p) => `Dates disagree: the target has ${q(p.actual)}, the source ${q(p.expected)}${p.detail ? ` (${p.detail})` : ''}` },
  'weekday-date-mismatch': { severity: 'error', text: (p) => `${q(p.actual)}: ${p.detail ?? 'the weekday does not fall on that date'}` },
  'name-spelling': { severity: 'warning', text: (p) => `Name spelled differently: source ${q(p.expected)}, target ${q(p.actual)}` },
  'name-accent': { severity: 'info', text: (p) => `Name differs in accents only: source ${q(p.expected)}, target ${q(p.actual)}` },
  'name-missing': { severity: 'warning', text: (p) => `Name ${q(p.expected)} has no counterpart in the target` },
  'name-extra': { severity: 'info', text: (p) => `Name ${q(p.actual)} in the target has no counterpart in the source` },
  'link-missing': { severity: 'error', text: (p) => `${p.detail ?? 'Link'} ${q(p.expected)} is missing from the target` },
  'link-extra': { severity: 'info', text: (p) => `${p.detail ?? 'Link'} ${q(p.actual)} in the target is not in the source` },
  untranslated: { severity: 'error', text: (p) => `Target sentence is still in the source language (${p.detail})` },
  'copied-source': { severity: 'error', text: () => 'Target sentence is identical to its source sentence' },
  'third-language': { severity: 'info', text: (p) => `Sentence in a third language (${p.detail})` },
  'length-ratio': { severity: 'warning', text: (p) => `Unusual length: the target is ${p.detail} the source's length, far from this document's usual ratio` },
  omission: { severity: 'warning', text: (p) => (p.mode === 'comparable' ? `Not found in the target: ${p.detail ?? 'source sentence'}` : `Not in the target: ${p.detail ?? 'source sentence'} without counterpart`) },
  addition: { severity: 'warning', comparable: 'info', text: (p) => (p.mode === 'comparable' ? `Not found in the source: ${p.detail ?? 'target sentence'}` : `Added in the target: ${p.detail ?? 'target sentence'} without source`) },
  partial: { severity: 'warning', comparable: 'info', text: (p) => `Partly carried over; not in the target: ${p.expected}` },
  'identical-inputs': { severity: 'error', text: (p) => `Source and target are the same text (${p.detail}): nothing was translated. Was the same file given twice?` },
  'coverage-below': { severity: 'error', text: (p) => `Coverage ${p.actual} is below the required ${p.expected}: part of the source has no counterpart in the target` },
  'omission-passage': { severity: 'error', comparable: 'warning', text: (p) => `Source sentences ${p.detail} ${unpairedWords('src', p.mode)}` },
  'addition-passage': { severity: 'error', comparable: 'info', text: (p) => `Target sentences ${p.detail} ${unpairedWords('tgt', p.mode)}` },
  'tag-missing': { severity: 'error', text: (p) => `Tag ${p.expected ?? ''} of the source is missing in the target` },
  'tag-extra': { severity: 'error', text: (p) => `Tag ${p.actual ?? ''} in the target is not in the source` },
  'target-missing': { severity: 'error', text: (p) => `Unit ${p.detail ?? ''} has no target` },
  'target-empty': { severity: 'error', text: (p) => `Unit ${p.detail ?? ''} has an empty target` },
};

/** The severity of `code` in `mode`. */
export function severityOf(code: FindingCode, mode: 'parallel' | 'comparable'): Severity {
  const entry = MESSAGES[code];
  return mode === 'comparable' ? (entry.comparable ?? entry.severity) : entry.severity;
}

/** English weekday names, Sunday first, for messages. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** English month names, January first, for messages. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
