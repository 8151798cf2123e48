// A passage translated in a register of its own. The length check compares each pair with the
// document's median ratio, as if the ratio were the same everywhere; but a translator renders some
// passages more tersely or more fully than the rest (a list of borders or a genealogy in classical
// Chinese, a table of figures), and there every pair leans the same way. A pair of such a passage is
// far from the document's median because of the passage, not because a clause is missing. The pairs
// around it say so: when their median ratio is itself well away from the document's (more than
// `LOCAL_SHIFT` robust standard deviations) and the pair is within the check's limits of that local
// ratio, the lengths say nothing about this pair, and its finding is `info` with a note. A clause
// missing inside such a passage still leaves the pair off the local ratio too, so it stays a warning.
import { median } from '../align/order-stats.js';

/** Matched pairs on each side of a pair whose ratios make its passage's ratio. */
export const LOCAL_PAIRS = 5;

/** How far (in robust standard deviations of the document) the passage's median must be from the document's. */
export const LOCAL_SHIFT = 2;

/** The note on a length finding that its passage explains. */
export const LOCAL_NOTE = 'the pairs around it lean the same way: this passage is translated more tersely or more fully than the rest';

/**
 * Whether pair `k` of `ratios` (log length ratios of the document's matched pairs, in document order)
 * fits the ratio of its passage: the median of the `LOCAL_PAIRS` pairs before it and after it (the
 * nearest `2 × LOCAL_PAIRS` when it is near an end) is more than `LOCAL_SHIFT × spread` away from the
 * document's median `m`, and `fits(r, local)` says pair k's ratio is within the check's limits around that
 * local median. Needs `2 × LOCAL_PAIRS` other pairs.
 */
export function fitsItsPassage(ratios: readonly number[], k: number, m: number, spread: number, fits: (r: number, around: number) => boolean): boolean {
  const want = 2 * LOCAL_PAIRS;
  if (ratios.length - 1 < want) return false;
  let lo = Math.max(0, k - LOCAL_PAIRS);
  const hi = Math.min(ratios.length, lo + want + 1);
  lo = Math.max(0, hi - want - 1);
  const local = median(ratios.slice(lo, hi).filter((_, i) => lo + i !== k));
  return Math.abs(local - m) > LOCAL_SHIFT * spread && fits(ratios[k]!, local);
}
