export type Severity = 'error' | 'warning' | 'info';

/**
 * A translation problem found in a pair. Findings are data, never exceptions.
 * `src`/`tgt` are sentence indices; `srcRange`/`tgtRange` are character ranges `[start, end)`
 * into the original source/target text when the finding concerns a specific span.
 */
export interface Finding {
  code: string;
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
