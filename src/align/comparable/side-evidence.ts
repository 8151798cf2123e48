// Evidence beside the similarity score (comparable mode): what a pair's lengths and numbers say about
// whether its two sentences tell the same thing. A sentence and its counterpart have about the
// document's usual length ratio (a translation of a long sentence is long), while two unrelated
// sentences differ in length as any two of the document do; and two sentences that both give numbers
// but share none rarely tell one fact. Each is a log likelihood ratio, "counterparts" against
// "unrelated", learned from the document itself:
// - counterparts: the sure pairs the matching has already accepted (their length ratios, and how often
//   they share, clash on or lack numbers);
// - unrelated: every pair of the document (lengths: the spread of the two sides' own lengths; numbers:
//   a sample of all cells).
// No gold, no constant tuned to a document: the ratio is what these two distributions say. It is used
// as a weight on a test's chance probability (match.ts `sharedPairs`), calibrated on the null
// documents' bests with the same weights, so the weights cannot raise the rate of chance pairs that
// the threshold allows; they only reorder which mutual bests come first.
import { extractNumbers } from '../../text/numbers.js';
import { median } from '../order-stats.js';

/** What one side's content sentences give the evidence: log length and the numbers written in digits. */
export interface SideFacts {
  /** Natural log of each sentence's length (`textLength` units, at least 1). */
  logLength: Float64Array;
  /** Each sentence's numbers written in digits (values, deduplicated); empty when it has none. */
  numbers: readonly (readonly number[])[];
}

/** The facts of `texts` (content sentences) with `lengths`, numbers read in `lang`'s conventions. */
export function sideFacts(texts: readonly string[], lengths: ArrayLike<number>, lang?: string): SideFacts {
  return {
    logLength: Float64Array.from(texts, (_, k) => Math.log(Math.max(1, lengths[k]))),
    numbers: texts.map((t) => [...new Set(extractNumbers(t, lang, { words: false }).map((x) => x.value))]),
  };
}

/** How a pair's numbers relate: neither has any, one has, both share one or more, both have but share none. */
export type NumberRelation = 'none' | 'one' | 'shared' | 'clash';

/** The relation of two sentences' numbers (`NumberRelation`). */
export function numberRelation(a: readonly number[], b: readonly number[]): NumberRelation {
  if (!a.length && !b.length) return 'none';
  if (!a.length || !b.length) return 'one';
  return a.some((x) => b.includes(x)) ? 'shared' : 'clash';
}

/** Most cells sampled for the unrelated pairs' number relations (evenly spaced). */
const CELL_SAMPLE = 20_000;

/**
 * Fewest sure pairs the evidence is learned from: below it the counterparts' length spread and number
 * rates are too uncertain, and the evidence is 0 everywhere.
 */
export const MIN_SURE_PAIRS = 10;

/**
 * Smallest spread of the counterparts' log length ratio: a few sure pairs of near-equal ratio would
 * otherwise make any other ratio look impossible (0.15: lengths within about 15 %).
 */
const MIN_SPREAD = 0.15;

/**
 * Bounds of the evidence in nats. Below: a pair far off the usual ratio may still be one sentence
 * carrying part of a longer one (that is `partial`'s business, not a reason to drop it outright);
 * above: lengths and numbers agree for many unrelated pairs too, so they can lift a pair only so far.
 */
const FLOOR = -3;
const CEILING = 0.5;

/** Robust spread (1.4826 × the median absolute deviation) of `values`, at least `floor`. */
const spread = (values: readonly number[], floor: number): number => {
  const mid = median(values);
  return Math.max(floor, 1.4826 * median(values.map((v) => Math.abs(v - mid))));
};

/** Log density of a normal distribution with mean `mu` and deviation `sd` at `x`, less the constant. */
const logNormal = (x: number, mu: number, sd: number): number => -Math.log(sd) - ((x - mu) * (x - mu)) / (2 * sd * sd);

/**
 * The evidence of row `r` and column `c` being counterparts, in nats (log likelihood ratio, bounded
 * by `FLOOR` and `CEILING`), learned from the `sure` pairs (rows and columns of `src` and `tgt`); a
 * function that is 0 everywhere when there are fewer than `MIN_SURE_PAIRS`.
 */
export function pairEvidence(src: SideFacts, tgt: SideFacts, sure: readonly (readonly [number, number])[]): (r: number, c: number) => number {
  if (sure.length < MIN_SURE_PAIRS) return () => 0;
  // Lengths: counterparts' log ratios around their median; unrelated pairs' spread is the two sides'.
  const ratios = sure.map(([r, c]) => src.logLength[r] - tgt.logLength[c]);
  const mu1 = median(ratios);
  const sd1 = spread(ratios, MIN_SPREAD);
  const ls = Array.from(src.logLength);
  const lt = Array.from(tgt.logLength);
  const mu0 = median(ls) - median(lt);
  const sd0 = Math.max(sd1, Math.hypot(spread(ls, 0), spread(lt, 0)));
  // Numbers: the rate of each relation among counterparts and among all pairs (half a count added).
  const kinds: NumberRelation[] = ['none', 'one', 'shared', 'clash'];
  const rate = (pairs: readonly (readonly [number, number])[]) => {
    const count = new Map(kinds.map((k) => [k, 0.5]));
    for (const [r, c] of pairs) {
      const k = numberRelation(src.numbers[r], tgt.numbers[c]);
      count.set(k, count.get(k)! + 1);
    }
    return new Map(kinds.map((k) => [k, count.get(k)! / (pairs.length + 2)]));
  };
  const n = src.logLength.length;
  const m = tgt.logLength.length;
  const stride = Math.max(1, Math.ceil((n * m) / CELL_SAMPLE));
  const cells: [number, number][] = [];
  for (let q = 0; q < n * m; q += stride) cells.push([Math.floor(q / m), q % m]);
  const pSure = rate(sure);
  const pAll = rate(cells);
  const numberLr = new Map(kinds.map((k) => [k, Math.log(pSure.get(k)! / pAll.get(k)!)]));
  return (r, c) => {
    const x = src.logLength[r] - tgt.logLength[c];
    const length = logNormal(x, mu1, sd1) - logNormal(x, mu0, sd0);
    const numbers = numberLr.get(numberRelation(src.numbers[r], tgt.numbers[c]))!;
    return Math.min(CEILING, Math.max(FLOOR, length + numbers));
  };
}
