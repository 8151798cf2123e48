import type { Bead } from '../align/types.js';
import type { Side } from '../segment/types.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Every kind of finding, keyed like zod issues. Default severities (see `messages.ts`):
 * errors — `number-mismatch`, `date-mismatch`, `weekday-mismatch`, `date-conflict`, `weekday-date-mismatch`,
 * `link-missing`, `untranslated`, `copied-source`, `identical-inputs`, `coverage-below`,
 * `omission-passage` and `addition-passage` (a run of
 * consecutive sentences without counterpart, see `passages.ts`; warning / info in comparable mode);
 * warnings — `number-missing`, `number-extra`, `date-missing`, `weekday-missing`, `name-spelling`,
 * `name-missing`, `length-ratio`, `omission`, `addition` and `partial` (info in comparable mode);
 * info — `date-extra`, `name-accent`, `name-extra`, `link-extra`, `third-language`.
 * Bilingual files (`checkBilingual`) add the errors `tag-missing`, `tag-extra`, `target-missing`, `target-empty`.
 */
export type FindingCode =
  | 'number-mismatch' | 'number-missing' | 'number-extra'
  | 'date-mismatch' | 'date-missing' | 'date-extra' | 'weekday-mismatch' | 'weekday-missing'
  | 'date-conflict' | 'weekday-date-mismatch'
  | 'name-spelling' | 'name-accent' | 'name-missing' | 'name-extra'
  | 'link-missing' | 'link-extra'
  | 'untranslated' | 'copied-source' | 'third-language'
  | 'length-ratio'
  | 'omission' | 'addition' | 'partial'
  | 'identical-inputs' | 'coverage-below'
  | 'omission-passage' | 'addition-passage'
  | 'tag-missing' | 'tag-extra' | 'target-missing' | 'target-empty';

/**
 * A translation problem found in a pair. Findings are data, never exceptions.
 * `src`/`tgt` are sentence indices; `srcRange`/`tgtRange` are character ranges `[start, end)`
 * into the original source/target text when the finding concerns a specific span.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  src?: number[];
  tgt?: number[];
  srcRange?: [number, number];
  tgtRange?: [number, number];
  /** What the target has (or the offending text). */
  actual?: string;
  /** What the source has, i.e. what was expected in the target. */
  expected?: string;
  /** One line, for people. */
  message: string;
  /** Index of the bead the finding is about, when it is about one. */
  bead?: number;
  /** Extra detail for people (e.g. the date a weekday should fall on). */
  note?: string;
}

/** Document scores, see README "How the scores are computed". */
export interface Scores {
  /** Share of the source's content characters whose sentences are matched (partial counts half), 0..1. */
  coverage: number;
  /** The same from the target side: share of the target's content that has a source, 0..1. */
  grounding: number;
  /** Mean score of matched and partial beads, 0..1. */
  fidelity: number;
  /** Number of error-severity findings. */
  conflicts: number;
}

/** One side of the input to `checkAlignment` (the document language and its sentences; each sentence's own `lang` is read too). */
export type CheckSide = Side;

/** A sentence of a many-to-one bead that the other side of its bead does not support (`compareArticles` finds them). */
export interface UnsupportedSentence {
  side: 'source' | 'target';
  sentence: number;
  /** Index of its bead. */
  bead: number;
  /** Its similarity to the other side of the bead (NaN when not measured). */
  similarity: number;
  /**
   * Why it is reported: `support` (the default), nothing on the other side of its merged bead
   * supports it; `leave-out`, the alignment fits almost as well with the sentence left out
   * (`AlignStats.leaveOutCost`: its neighbours were shifted over a deleted counterpart); `numbers`, its
   * bead's target has none of its numbers and is no closer to it than unrelated sentences; `names`, its
   * 1-1 pair's target has none of its names but a name of the source sentence next to it; `words`, its
   * 1-1 pair's target carries none of its words but several of the source sentence next to it (weak
   * evidence: the omission is `info`).
   */
  evidence?: 'support' | 'leave-out' | 'numbers' | 'names' | 'words';
}

/** What `checkAlignment` checks: both sides and the alignment between them. */
export interface CheckInput {
  source: CheckSide;
  target: CheckSide;
  beads: Bead[];
  /**
   * Sentences inside merged beads without support on the other side: each becomes an `omission`
   * (source) or `addition` (target) finding of the coverage check. @default []
   */
  unsupported?: UnsupportedSentence[];
}
