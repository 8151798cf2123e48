// Options of comparable mode. Scores are in background deviations (see comparable-scores.ts) and the
// threshold sits relative to the best score chance alone would reach in a matrix of this size, so
// the same defaults hold for any embedder and any document length.

/** Options of `alignComparable`. Every field has a default (`DEFAULT_COMPARABLE_OPTIONS`). */
export interface ComparableOptions {
  /**
   * How far above chance a pair must score to be aligned at all, in background deviations: a pair
   * needs `chanceMaximum(n·m) + aboveChance`, where `chanceMaximum` is the expected best of n·m
   * unrelated pairs (2.5 for 10 × 10 content sentences, 2.8 for 16 × 14). Raise it for fewer, surer
   * pairs; lower it to find more at the risk of pairing sentences that only share a word or two.
   * @default 0
   */
  aboveChance: number;
  /**
   * How far (in background deviations) a mutual-best pair must stand above the runner-up of its row
   * and of its column to be a `match`; one that is best but not clearly best becomes a `partial`.
   * @default 0.4
   */
  matchGap: number;
  /** Most sentences one side of a bead may hold (a target sentence covering parts of three source sentences is 3). @default 3 */
  maxGroup: number;
}

/** Defaults of `ComparableOptions`. */
export const DEFAULT_COMPARABLE_OPTIONS: Readonly<ComparableOptions> = Object.freeze({
  aboveChance: 0,
  matchGap: 0.4,
  maxGroup: 3,
});
