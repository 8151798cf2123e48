// Null distributions and the thresholds calibrated on them (comparable mode).
//
// A sentence's best partner scores high by chance in a long document: the best of m unrelated pairs
// is far above a typical pair. What a best score reaches by chance is measured on the document's own
// null documents (null-document.ts): the bests of their rows and columns sample "the best score of a
// sentence with no counterpart", and their cells "the score of one unrelated pair".
//
// Thresholds control the share of chance pairs among those accepted (Benjamini–Hochberg): at
// threshold t, `tests × S₀(t)` sentences would pass by chance, where S₀ is the null's survival;
// accepted are the pairs at the lowest t at which that is at most `falseRate` of the sentences that
// pass. On noise, about as many pass as chance predicts, so (almost) nothing is accepted.

import { lowerBound } from '../order-stats.js';

/** An empirical null distribution: its values, ascending. */
export interface NullSample {
  readonly sorted: Float64Array;
}

/** A null sample from any values (copied and sorted). */
export function nullSample(values: ArrayLike<number>): NullSample {
  return { sorted: Float64Array.from(values).sort() };
}

/**
 * Share of the null at or above `t`, with half a count added (a value beyond every null value is rare,
 * not impossible: a null of 20 values cannot tell 1 in 1,000 from 1 in 40).
 */
export function survival(nul: NullSample, t: number): number {
  const a = nul.sorted;
  return (a.length - lowerBound(a, t) + 0.5) / (a.length + 1);
}

/** The largest and second largest value of `count` values read by `at`, with the largest's index. */
export function topTwo(count: number, at: (k: number) => number): { best: number; first: number; second: number } {
  let best = -1;
  let first = -Infinity;
  let second = -Infinity;
  for (let k = 0; k < count; k++) {
    const v = at(k);
    if (v > first) {
      second = first;
      first = v;
      best = k;
    } else if (v > second) second = v;
  }
  return { best, first, second };
}

/**
 * The lowest threshold at which the expected number of chance passes, `expected(t)`, is at most
 * `falseRate` times the number of `scores` at or above t (Benjamini–Hochberg step-up over the
 * observed scores). `Infinity` when no threshold qualifies.
 */
export function falseRateThreshold(scores: readonly number[], expected: (t: number) => number, falseRate: number): number {
  const desc = [...scores].sort((a, b) => b - a);
  let threshold = Infinity;
  for (let k = 0; k < desc.length; k++) {
    // Ties pass together: count every score equal to this one.
    if (k + 1 < desc.length && desc[k + 1] === desc[k]) continue;
    if (expected(desc[k]) <= falseRate * (k + 1)) threshold = desc[k];
  }
  return threshold;
}

/**
 * Share of tests that are null, i.e. of sentences with no counterpart (Storey's π₀, λ = ½), from the
 * tests' p-values (each test's chance of scoring as high under the null): a null test's p-value is
 * over ½ as often as under, so twice the tests over ½, plus one, over the tests, at most 1. Two
 * reports of one story pair most of their sentences, and counting every sentence as a possible
 * chance pass would ask the pairs that are there for far more evidence than the false rate needs.
 */
export function nullShare(pValues: readonly number[], lambda = 0.5): number {
  if (!pValues.length) return 1;
  let above = 0;
  for (const p of pValues) if (p > lambda) above++;
  return Math.min(1, (above + 1) / ((1 - lambda) * pValues.length));
}
