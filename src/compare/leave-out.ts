// Source sentences the alignment could as well leave without counterpart.
//
// A deleted target sentence does not always leave its source sentence alone in an `omission` bead:
// with a weak similarity signal the aligner shifts the neighbouring pairs by one, or folds the
// sentence into a neighbour's bead, and every sentence still has a partner. The aligner's own
// numbers still show it: leaving that sentence out costs the alignment far less than leaving out
// a sentence that has a counterpart (`AlignStats.leaveOutCost`, `src/align/parallel/leave-out.ts`).
// Here a content sentence is reported when its cost is below a share of the document's median
// cost, so the threshold follows the document (its length, its embedder) instead of a fixed number
// of nats.
import type { Bead } from '../align/types.js';
import { letterCount } from '../check/context.js';
import type { UnsupportedSentence } from '../check/types.js';
import type { Sentence } from '../segment/types.js';

export interface LeaveOutOptions {
  /** A sentence is reported when leaving it out costs less than this share of the document's median. @default 0.3 */
  share?: number;
  /** Fewest letters a sentence needs to be judged (headings and fragments carry too little to tell). @default 20 */
  minLetters?: number;
  /** Fewest judged sentences a document needs for its median to mean anything. @default 10 */
  minSentences?: number;
}

/** A short clause (ten words at most) that ends in a colon or semicolon: it goes on in the next sentence. */
const leadsOn = (text: string): boolean => /[:;]\s*$/u.test(text) && text.trim().split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 10;

export const DEFAULT_LEAVE_OUT_OPTIONS: Readonly<Required<LeaveOutOptions>> = Object.freeze({ share: 0.3, minLetters: 20, minSentences: 10 });

/**
 * The source sentences of `beads` that an aligned bead holds but that the alignment could leave out
 * at little cost (see the module comment), as `omission` candidates of the coverage check.
 * `cost[i]`: `AlignStats.leaveOutCost` of source sentence i.
 */
export function cheapToLeaveOut(source: readonly Sentence[], beads: readonly Bead[], cost: Float64Array, options: LeaveOutOptions = {}): UnsupportedSentence[] {
  const { share, minLetters, minSentences } = { ...DEFAULT_LEAVE_OUT_OPTIONS, ...options };
  const beadOf = new Int32Array(source.length).fill(-1);
  beads.forEach((b, k) => { if (b.tgt.length > 0 && (b.label === 'match' || b.label === 'partial')) for (const i of b.src) beadOf[i] = k; });
  const judged: number[] = [];
  source.forEach((s, i) => {
    if (beadOf[i]! >= 0 && Number.isFinite(cost[i]) && (s.kind === 'body' || s.kind === 'heading') && letterCount(s.text) >= minLetters) judged.push(i);
  });
  if (judged.length < minSentences) return [];
  const sorted = judged.map((i) => cost[i]!).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  if (!(median > 0)) return [];
  // A short clause that leads into the next sentence (`Es ist doch sehr bedeutsam :`) is as cheap to
  // merge as to leave out: a translation that joins it to the next one omits nothing.
  return judged
    .filter((i) => cost[i]! < share * median && !leadsOn(source[i]!.text))
    .map((i) => ({ side: 'source' as const, sentence: i, bead: beadOf[i]!, similarity: NaN, evidence: 'leave-out' as const }));
}
