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
  /**
   * Most sentence pairs (source sentences × target sentences) comparable mode will score. It compares
   * every pair, and its score matrices take about 40 bytes a pair (25,000,000 pairs: about 1 GB, and
   * tens of seconds with the lexical embedder), so above this comparable mode throws an `OptionError`
   * instead of running out of memory, and auto mode aligns the documents as a translation (parallel
   * mode, whose memory grows with N + M) and says so in `Alignment.reason`.
   * @default 25_000_000 (5,000 × 5,000 sentences)
   */
  maxComparablePairs: number;
}

/** Defaults of `ComparableOptions`. */
export const DEFAULT_COMPARABLE_OPTIONS: Readonly<ComparableOptions> = Object.freeze({
  aboveChance: 0,
  matchGap: 0.4,
  maxGroup: 3,
  maxComparablePairs: 25_000_000,
});

/** Whether comparable mode may score an n × m matrix under `maxPairs` (`maxComparablePairs`). */
export const comparableFits = (n: number, m: number, maxPairs: number): boolean => n * m <= maxPairs;

/** What comparable mode says when an n × m pair of documents is over `maxPairs`. */
export function comparableTooLarge(n: number, m: number, maxPairs: number): string {
  const f = (v: number) => v.toLocaleString('en');
  return `comparable mode compares every pair of sentences; ${f(n)} × ${f(m)} is over the ${f(maxPairs)}-pair limit (\`maxComparablePairs\`): align long translations with mode 'parallel', or split the documents`;
}
