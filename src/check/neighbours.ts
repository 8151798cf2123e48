// What the beads next to a pair hold. An aligner may put a clause one bead over (the translator
// split or joined sentences differently than the alignment shows), so a number, date or name is
// looked for in the neighbouring beads before it is called missing or extra.
import type { Bead } from '../align/types.js';
import { sameNumber } from '../text/numbers.js';

/** The `side` sentences of the beads right before and after bead `index` (whatever their label). */
export function neighbourSentences(beads: readonly Bead[], index: number, side: 'src' | 'tgt'): number[] {
  const before = beads[index - 1]?.[side] ?? [];
  const after = beads[index + 1]?.[side] ?? [];
  return before.length === 0 ? after.slice() : after.length === 0 ? before.slice() : before.concat(after);
}

/** The items of `left` whose value is not among `nearby` (one nearby value may excuse several items). */
export function notNearby<T extends { value: number }>(left: readonly T[], nearby: readonly { value: number }[]): T[] {
  if (nearby.length === 0) return [...left];
  return left.filter((x) => !nearby.some((n) => sameNumber(n.value, x.value)));
}
