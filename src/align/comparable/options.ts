// Options of comparable mode. Pairs are scored by ratio margin against each sentence's nearest
// neighbours, and accepted at thresholds calibrated on the document's own null distribution (null.ts),
// so the same defaults hold for any embedder and any document length.
import { OptionError } from '../../errors.js';

/** Options of `alignComparable`. Every field has a default (`DEFAULT_COMPARABLE_OPTIONS`). */
export interface ComparableOptions {
  /**
   * Largest expected share of chance pairs among the pairs accepted at each step (best pairs; pairs
   * supported by their neighbours' order): the false-discovery rate the thresholds are set for,
   * estimated from the document's own null distribution. Lower it for fewer, surer pairs; raise it to
   * find more at the risk of pairing sentences that only share a word or two.
   * @default 0.1
   */
  falseRate: number;
  /** Nearest neighbours on each side averaged in the ratio margin's denominator (LASER uses 4). @default 4 */
  neighbours: number;
  /**
   * Rows either side of a sentence whose pairs make a nearby target cell "supported" by local order
   * (order.ts); 0 turns the order prior off (for texts whose order means nothing), and with it the
   * runs (runs.ts).
   * @default 2
   */
  orderWindow: number;
  /**
   * A bead is `partial` (only part of one side's content has a counterpart) when one side is this many
   * times longer than the other would be, relative to the document's usual length ratio between paired
   * sentences (the median over its pairs, so the language pair's own ratio does not count).
   * @default 2
   */
  partialLength: number;
  /** Most sentences one side of a bead may hold (a target sentence covering parts of three source sentences is 3). @default 3 */
  maxGroup: number;
  /**
   * Most sentence pairs (source sentences × target sentences) comparable mode will score. It compares
   * every pair, and its score matrices take about 40 bytes a pair, plus 8 kept for second claims
   * (25,000,000 pairs: about 1.2 GB, and tens of seconds with the lexical embedder), so above this comparable mode throws an `OptionError`
   * instead of running out of memory, and auto mode aligns the documents as a translation (parallel
   * mode, whose memory grows with N + M) and says so in `Alignment.reason`.
   * @default 25_000_000 (5,000 × 5,000 sentences)
   */
  maxComparablePairs: number;
}

/** Defaults of `ComparableOptions`. */
export const DEFAULT_COMPARABLE_OPTIONS: Readonly<ComparableOptions> = Object.freeze({
  falseRate: 0.1,
  neighbours: 4,
  orderWindow: 2,
  partialLength: 1.5,
  maxGroup: 3,
  maxComparablePairs: 25_000_000,
});

/** Throws an `OptionError` naming the first comparable-mode option out of range (absent ones are fine). */
export function checkComparable(o: Partial<ComparableOptions>): void {
  const bad = (name: string, need: string) => {
    throw new OptionError(`alignSentences: \`${name}\` must be ${need}`);
  };
  if (o.falseRate !== undefined && !(o.falseRate > 0 && o.falseRate <= 1)) bad('falseRate', 'a number in (0, 1] (the share of chance pairs tolerated, e.g. 0.1)');
  if (o.neighbours !== undefined && !(Number.isInteger(o.neighbours) && o.neighbours >= 1)) bad('neighbours', 'an integer ≥ 1');
  if (o.orderWindow !== undefined && !(Number.isInteger(o.orderWindow) && o.orderWindow >= 0)) bad('orderWindow', 'an integer ≥ 0 (0 turns the order prior off)');
  if (o.partialLength !== undefined && !(o.partialLength > 1)) bad('partialLength', 'a number > 1 (e.g. 1.5)');
  if (o.maxGroup !== undefined && !(Number.isInteger(o.maxGroup) && o.maxGroup >= 1)) bad('maxGroup', 'an integer ≥ 1');
}

/** Whether comparable mode may score an n × m matrix under `maxPairs` (`maxComparablePairs`). */
export const comparableFits = (n: number, m: number, maxPairs: number): boolean => n * m <= maxPairs;

/** What comparable mode says when an n × m pair of documents is over `maxPairs`. */
export function comparableTooLarge(n: number, m: number, maxPairs: number): string {
  const f = (v: number) => v.toLocaleString('en');
  return `comparable mode compares every pair of sentences; ${f(n)} × ${f(m)} is over the ${f(maxPairs)}-pair limit (\`maxComparablePairs\`): align long translations with mode 'parallel', or split the documents`;
}
