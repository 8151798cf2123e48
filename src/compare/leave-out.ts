// Source sentences the alignment could as well leave without counterpart.
//
// A deleted target sentence does not always leave its source sentence alone in an `omission` bead:
// with a weak similarity signal the aligner shifts the neighbouring pairs by one, or folds the
// sentence into a neighbour's bead, and every sentence still has a partner. The aligner's own
// numbers still show it: leaving that sentence out costs the alignment far less than leaving out
// a sentence that has a counterpart (`AlignStats.leaveOutCost`, `src/align/parallel/leave-out.ts`).
// Here a content sentence is reported when its cost is below a share of the median cost of the
// document's sentences of about its length, so the threshold follows the document (its length, its
// embedder) instead of a fixed number of nats. About its length, because a short sentence is always
// cheaper to leave out than a long one (the skip cost grows with length): measured against every
// sentence, a short faithful sentence looked deleted, and a long deleted one looked translated.
import { lowerBound, upperMedian } from '../align/order-stats.js';
import type { Bead } from '../align/types.js';
import { letterCount } from '../check/context.js';
import { withDefaults } from '../defaults.js';
import type { UnsupportedSentence } from '../check/types.js';
import type { Sentence } from '../segment/types.js';
import { leadsOn } from '../text/clauses.js';

export interface LeaveOutOptions {
  /** A sentence is reported when leaving it out costs less than this share of its peers' median cost. @default 0.35 */
  share?: number;
  /**
   * A sentence's peers: the judged sentences whose letter count is within this factor of its own, in
   * natural log (0.5: between 0.61× and 1.65× as long). @default 0.5
   */
  lengthWidth?: number;
  /** Fewest peers whose median means anything; with fewer, the document's median is used. @default 5 */
  minPeers?: number;
  /** Fewest letters a sentence needs to be judged (headings and fragments carry too little to tell). @default 20 */
  minLetters?: number;
  /** Fewest judged sentences a document needs for its median to mean anything. @default 10 */
  minSentences?: number;
}

export { followsOn, leadsOn } from '../text/clauses.js';

export const DEFAULT_LEAVE_OUT_OPTIONS: Readonly<Required<LeaveOutOptions>> = Object.freeze({ share: 0.35, lengthWidth: 0.5, minPeers: 5, minLetters: 20, minSentences: 10 });

/** Steps of log letter count at which peer medians are taken (each sentence uses its step's). */
const LENGTH_STEP = 0.1;

/**
 * For each of `judged`, the median cost of the judged sentences about as long (see `lengthWidth`), or
 * `fallback` with fewer than `minPeers` of them. The sentences are sorted by log length once, so each
 * step's peers are one run of them; medians are taken once per step of log length (`LENGTH_STEP`),
 * so a book costs a few dozen linear-time medians.
 */
function peerMedians(judged: readonly number[], logLength: (i: number) => number, cost: Float64Array, width: number, minPeers: number, fallback: number): Map<number, number> {
  const order = [...judged].sort((a, b) => logLength(a) - logLength(b));
  const logs = Float64Array.from(order, logLength);
  const costs = Float64Array.from(order, (i) => cost[i]!);
  const byStep = new Map<number, number>();
  const out = new Map<number, number>();
  for (const i of judged) {
    const step = Math.round(logLength(i) / LENGTH_STEP);
    let ref = byStep.get(step);
    if (ref === undefined) {
      const center = step * LENGTH_STEP;
      const lo = lowerBound(logs, center - width);
      const hi = lowerBound(logs, center + width);
      ref = hi - lo >= minPeers ? upperMedian(costs.subarray(lo, hi)) : fallback;
      byStep.set(step, ref);
    }
    out.set(i, ref);
  }
  return out;
}

/**
 * Each judged source sentence's leave-out cost as a share of its peers' median (see the module
 * comment): below 1, cheaper to leave out than a sentence of its length usually is.
 * `cost[i]`: `AlignStats.leaveOutCost` of source sentence i. Empty when the document is too short
 * for its medians to mean anything.
 */
export function leaveOutRatios(source: readonly Sentence[], beads: readonly Bead[], cost: Float64Array, options: LeaveOutOptions = {}): Map<number, number> {
  const { lengthWidth, minPeers, minLetters, minSentences } = withDefaults(DEFAULT_LEAVE_OUT_OPTIONS, options);
  const judged: number[] = [];
  const logLength = new Float64Array(source.length);
  const aligned = alignedBeadOf(source.length, beads);
  source.forEach((s, i) => {
    if (aligned[i]! < 0 || !Number.isFinite(cost[i]) || (s.kind !== 'body' && s.kind !== 'heading')) return;
    const letters = letterCount(s.text);
    if (letters < minLetters) return;
    judged.push(i);
    logLength[i] = Math.log(letters);
  });
  const out = new Map<number, number>();
  if (judged.length < minSentences) return out;
  const median = upperMedian(judged.map((i) => cost[i]!));
  if (!(median > 0)) return out;
  const peers = peerMedians(judged, (i) => logLength[i]!, cost, lengthWidth, minPeers, median);
  for (const i of judged) out.set(i, cost[i]! / peers.get(i)!);
  return out;
}

/** For each source sentence, the index of the `match`/`partial` bead that pairs it with target sentences, or -1. */
export function alignedBeadOf(n: number, beads: readonly Bead[]): Int32Array {
  const beadOf = new Int32Array(n).fill(-1);
  beads.forEach((b, k) => { if (b.tgt.length > 0 && (b.label === 'match' || b.label === 'partial')) for (const i of b.src) beadOf[i] = k; });
  return beadOf;
}

/**
 * The source sentences of `beads` that an aligned bead holds but that the alignment could leave out
 * at little cost (see the module comment), as `omission` candidates of the coverage check.
 * `cost[i]`: `AlignStats.leaveOutCost` of source sentence i.
 */
export function cheapToLeaveOut(source: readonly Sentence[], beads: readonly Bead[], cost: Float64Array, options: LeaveOutOptions = {}): UnsupportedSentence[] {
  const { share } = withDefaults(DEFAULT_LEAVE_OUT_OPTIONS, options);
  const beadOf = alignedBeadOf(source.length, beads);
  const ratios = leaveOutRatios(source, beads, cost, options);
  // A short clause that leads into the next sentence (`Es ist doch sehr bedeutsam :`) is as cheap to
  // merge as to leave out: a translation that joins it to the next one omits nothing. Unless the
  // alignment joined it to the sentence before, away from the next one: then the translation of the
  // next sentence does not hold it, and the clause is judged as any sentence is.
  const joinedBefore = (i: number) => beadOf[i]! >= 0 && beadOf[i - 1] === beadOf[i] && beadOf[i + 1] !== beadOf[i];
  return [...ratios]
    .filter(([i, r]) => r < share && (!leadsOn(source[i]!.text) || joinedBefore(i)))
    .map(([i]) => ({ side: 'source' as const, sentence: i, bead: beadOf[i]!, similarity: NaN, evidence: 'leave-out' as const }));
}
