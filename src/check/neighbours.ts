// What the beads next to a pair hold. An aligner may put a clause one bead over (the translator
// split or joined sentences differently than the alignment shows), so a number, date or name is
// looked for in the neighbouring beads before it is called missing or extra (and through a run of
// unpaired sentences there: the pieces of a translation split into short lines).
import type { Bead } from '../align/types.js';
import { sameNumber } from '../text/numbers.js';

/** Whether `bead` holds `side` sentences that nothing on the other side pairs (an addition's target, an omission's source). */
const unpairedOn = (bead: Bead | undefined, side: 'src' | 'tgt'): boolean =>
  bead !== undefined && bead[side].length > 0 && bead[side === 'src' ? 'tgt' : 'src'].length === 0;

/**
 * The `side` sentences of the beads right before and after bead `index` (whatever their label), and
 * when such a bead pairs nothing, the rest of its run of such beads: a translation split into short
 * lines (`à 15 km du Pik Stalin ;` `accès difficile ;` `n' a été gravi qu' en 1953 .`) leaves its pieces
 * unpaired, and the number is in the second piece.
 */
export function neighbourSentences(beads: readonly Bead[], index: number, side: 'src' | 'tgt'): number[] {
  let first = index - 1;
  while (unpairedOn(beads[first], side) && unpairedOn(beads[first - 1], side)) first--;
  let last = index + 1;
  while (unpairedOn(beads[last], side) && unpairedOn(beads[last + 1], side)) last++;
  const out: number[] = [];
  for (let k = Math.max(0, first); k <= Math.min(beads.length - 1, last); k++) if (k !== index) out.push(...beads[k]![side]);
  return out;
}

/** The items of `left` whose value is not among `nearby` (one nearby value may excuse several items). */
export function notNearby<T extends { value: number }>(left: readonly T[], nearby: readonly { value: number }[]): T[] {
  if (nearby.length === 0) return [...left];
  return left.filter((x) => !nearby.some((n) => sameNumber(n.value, x.value)));
}
