// Source sentences whose counterpart a shifted run of pairs shows to be gone.
//
// When a target sentence is deleted, the aligner may give every pair on one side of the gap the
// next target over, until a merged bead takes up the slack: then each source sentence of that run
// sits with its neighbour's translation, and the orphaned sentence right after (or before) the run
// has a target that is not its own. Where the neighbours say much the same (an itinerary whose verses
// all read `And they went from X, and pitched in Y`), no pair looks wrong and leaving the orphan out
// costs the alignment as much as any sentence: only the run tells. Each 1-1 pair of the run is a
// little more similar to the next pair's target than to its own; summed along the run, that gain
// is what shifting the run back by one would bring. A source sentence of a 1-1 pair is reported when
// the run of 1-1 pairs right before it gains, shifted one target later, or the run right after it,
// shifted one target earlier, at least `minGain` of the document's median 1-1 pair similarity over
// at least `minPairs` pairs: the run's sources have their translations one pair over, so the pair in
// between has lost its own. Half a median pair rather than a whole one, because the orphan keeps what
// it shares with the target it was given (the repeated place name). A single pair is not enough (it
// was tried: most shifted deletions do not show it pair by pair).
import { upperMedian } from '../align/order-stats.js';
import { isPairedBead, type Bead } from '../align/types.js';
import { letterCount } from '../check/context.js';
import type { UnsupportedSentence } from '../check/types.js';
import { withDefaults } from '../defaults.js';
import type { Sentence } from '../segment/types.js';
import { oneToOneMatches } from './weak-pair.js';

export interface ShiftOptions {
  /** Fewest 1-1 pairs in the run. @default 2 */
  minPairs?: number;
  /** The run's summed gain, as a share of the document's median 1-1 pair similarity. @default 0.5 */
  minGain?: number;
  /** Fewest letters a reported sentence needs. @default 20 */
  minLetters?: number;
  /** Fewest 1-1 match beads whose similarities make a median. @default 10 */
  minOnes?: number;
}

export const DEFAULT_SHIFT_OPTIONS: Readonly<Required<ShiftOptions>> = Object.freeze({ minPairs: 2, minGain: 0.5, minLetters: 20, minOnes: 10 });

const isOne = (b: Bead | undefined): b is Bead => isPairedBead(b) && b.src.length === 1 && b.tgt.length === 1;

/**
 * For each bead, the best summed gain of a run of 1-1 pairs ending at it (`step` 1) or starting at it
 * (`step` -1), each pair's gain being `gain(k)`, and the run's length (maximum suffix sums, one pass).
 */
function runGains(beads: readonly Bead[], gain: (k: number) => number, step: 1 | -1): { sum: Float64Array; pairs: Int32Array } {
  const sum = new Float64Array(beads.length);
  const pairs = new Int32Array(beads.length);
  for (let n = 0, k = step === 1 ? 0 : beads.length - 1; n < beads.length; n++, k += step) {
    if (!isOne(beads[k])) continue;
    const before = k - step;
    const carry = isOne(beads[before]) && sum[before]! > 0;
    sum[k] = gain(k) + (carry ? sum[before]! : 0);
    pairs[k] = 1 + (carry ? pairs[before]! : 0);
  }
  return { sum, pairs };
}

/** Per-bead run gains (`runGains`) of the 1-1 pairs: `later`, ending at each bead, against the next bead's target; `earlier`, starting at it, against the previous one's. */
export interface ShiftGains {
  /** Each 1-1 pair's similarity to its own target (NaN for other beads), worked out once for both runs. */
  own: Float64Array;
  later: { sum: Float64Array; pairs: Int32Array };
  earlier: { sum: Float64Array; pairs: Int32Array };
}

/** The run gains of `beads` (see `ShiftGains`); `similarity(i, tgt)` as for `shiftedOrphans`. */
export function shiftGains(beads: readonly Bead[], similarity: (i: number, tgt: readonly number[]) => number): ShiftGains {
  const own = Float64Array.from(beads, (b) => (isOne(b) ? similarity(b.src[0]!, b.tgt) : NaN));
  // Pair k's gain from taking the target of the bead `d` over instead of its own.
  const toward = (d: number) => (k: number) => {
    const other = beads[k + d];
    return other && other.tgt.length > 0 ? similarity(beads[k]!.src[0]!, other.tgt) - own[k]! : 0;
  };
  return { own, later: runGains(beads, toward(1), 1), earlier: runGains(beads, toward(-1), -1) };
}

/**
 * The source sentences of 1-1 pairs next to a shifted run (see the module comment), as `leave-out`
 * omission candidates. `similarity(i, tgt)`: sentence i's similarity to the target group `tgt`.
 */
export function shiftedOrphans(source: readonly Sentence[], beads: readonly Bead[], similarity: (i: number, tgt: readonly number[]) => number, options: ShiftOptions = {}): UnsupportedSentence[] {
  const o = withDefaults(DEFAULT_SHIFT_OPTIONS, options);
  if (oneToOneMatches(beads).length < o.minOnes) return [];
  const { own, later, earlier } = shiftGains(beads, similarity);
  // The median over the 1-1 `match` pairs (`oneToOneMatches`), whose similarities `own` holds.
  const bound = o.minGain * upperMedian(Float64Array.from(beads.flatMap((b, k) => (b.label === 'match' && isOne(b) ? [own[k]!] : []))));
  if (!(bound > 0)) return [];
  const shifted = (run: typeof later, k: number) => isOne(beads[k]) && run.pairs[k]! >= o.minPairs && run.sum[k]! >= bound;
  const out: UnsupportedSentence[] = [];
  beads.forEach((b, k) => {
    if (!isOne(b)) return;
    const i = b.src[0]!;
    const s = source[i]!;
    if ((s.kind !== 'body' && s.kind !== 'heading') || letterCount(s.text) < o.minLetters) return;
    if (shifted(later, k - 1) || shifted(earlier, k + 1)) out.push({ side: 'source', sentence: i, bead: k, similarity: own[k]!, evidence: 'leave-out' });
  });
  return out;
}
