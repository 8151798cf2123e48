// Where a reported omission may sit when the alignment cannot tell.
//
// When a target sentence is deleted, the aligner often pairs a run of source sentences each with its
// neighbour's translation and leaves out the sentence at the far end of the run instead of the one
// whose translation is gone. The omission is then reported one or two sentences from the real orphan,
// on a sentence that is in fact translated. Moving the gap one sentence back means the pair before it
// gives its target to the sentence after: source i-1 is left out and source i takes i-1's target.
// Moving it further repeats the step along the run; moving it forward is the mirror image. Each step
// changes the alignment's summed similarity by what the moving sentence gains on that target less what
// its owner loses; summed from the reported place, that is how much worse (or better) the placement
// fits. Where that is within a margin of the document's own spread of 1-1 pair similarities (their
// interquartile range: what a translated pair's similarity varies by anyway), the evidence cannot tell
// the placements apart, and the finding names every such sentence: one finding, several sentences.
//
// A step is taken only over a bead with one source sentence and a target (the sentence holds the
// target alone, so giving it away leaves nothing of its own behind), or, for the first step, over the
// reported sentence's own merged bead (its bead-mate holds the target the finding says is not its
// own). The walk stops at the first placement outside the margin, so the sentences named are always
// consecutive, and at a sentence another finding already reports (an `info` omission of weak word
// evidence, src/compare/words-shifted.ts, is kept out of the walk and does not stop it).
//
// A sentence reported on a 1-1 pair of its own (weak-pair, leave-out or numbers evidence) frees that
// pair's target when the gap moves away, and the alternative alignment has to give it to someone on
// the other side: the next sentence's 1-1 pair takes it beside its own target (a 1-2 bead), or that
// sentence trades its target for it and hands its own on, and so on; or a merged bead takes it (its
// sentence at the cascade's end leaves its bead-mates their target). Each way counts what the
// sentences gain on the targets they take less what they give up (a 1-1 pair's own similarity; in a
// merged bead the sentence's own similarity to the bead's target), and the best way within `maxMove`
// steps is added once to every placement on that side. A left-out sentence (taking the target would end
// that other omission too), a 1-2 bead or another reported sentence ends the search; with no way
// found, the gap is not moved that way.
import { kthSmallest } from '../align/order-stats.js';
import { isPairedBead, type Bead } from '../align/types.js';
import { withDefaults } from '../defaults.js';
import { unplacedOmission } from '../check/messages.js';
import type { Finding } from '../check/types.js';
import type { Sentence } from '../segment/types.js';
import { oneToOneMatches } from './weak-pair.js';

export interface GapSpanOptions {
  /** Most sentences the gap is moved each way. @default 2 */
  maxMove?: number;
  /**
   * The margin, as a share of the interquartile range of the document's 1-1 match pair similarities:
   * a placement is named when it fits at most that much worse than the reported one. @default 0.5
   */
  share?: number;
  /** Fewest 1-1 match beads whose similarities make a spread (fewer: nothing is widened). @default 10 */
  minOnes?: number;
}

/** Source sentence i's similarity to the target group `tgt` (the checks' `groupCosine`). */
export type Similarity = (i: number, tgt: readonly number[]) => number;

export const DEFAULT_GAP_SPAN_OPTIONS: Readonly<Required<GapSpanOptions>> = Object.freeze({ maxMove: 2, share: 0.5, minOnes: 10 });

/** A source sentence reported as having no counterpart, and its bead. */
export interface Gap {
  sentence: number;
  bead: number;
}

/** Each placement of a gap: the source sentence left out, and how much the summed similarity changes from the reported placement (negative: fits worse). */
export interface Placement {
  sentence: number;
  change: number;
}

/**
 * The placements of `gap` up to `maxMove` sentences each way, nearest first on each side, with their
 * summed similarity change (see the module comment); `blocked` sentences end a walk. `similarity(i, tgt)`:
 * source sentence i's similarity to the target group `tgt`.
 */
export function gapPlacements(beads: readonly Bead[], gap: Gap, similarity: Similarity, maxMove: number, blocked: ReadonlySet<number> = new Set()): { back: Placement[]; forward: Placement[] } {
  // The sentences up to `maxMove` away from the gap in direction `dir`, each with its bead, until a
  // `blocked` one (the one walker both the placements and the cascade below step with).
  const steps = (dir: 1 | -1): { s: number; k: number; b: Bead | undefined }[] => {
    const out: { s: number; k: number; b: Bead | undefined }[] = [];
    let k = gap.bead;
    for (let m = 1, s = gap.sentence + dir; m <= maxMove && !blocked.has(s); m++, s += dir) {
      while (k >= 0 && k < beads.length && !beads[k]!.src.includes(s)) k += dir;
      out.push({ s, k, b: beads[k] });
      if (beads[k] === undefined) break;
    }
    return out;
  };
  const own = beads[gap.bead]!;
  const ownPair = isPairedBead(own) && own.src.length === 1;
  // For a gap on its own pair: the best change among the ways of placing `own.tgt` in direction `dir`
  // within `maxMove` steps (see the module comment), or undefined where there is none.
  const cascade = (dir: 1 | -1): number | undefined => {
    let free = own.tgt;
    let change = 0;
    let best: number | undefined;
    for (const { s, b } of steps(dir)) {
      // A 1-0 bead would take it only by ending that other omission too; a 1-2 bead, or a merged one
      // reached other than at its edge, has no one target to trade.
      if (!isPairedBead(b) || (b.src.length === 1 && b.tgt.length !== 1)) break;
      const keep = similarity(s, b.tgt);
      if (b.src.length >= 2) return Math.max(best ?? -Infinity, change + similarity(s, free) - keep);
      // The pair takes the freed target beside its own (a 1-2 bead), or trades its own for it and the cascade goes on.
      best = Math.max(best ?? -Infinity, change + similarity(s, [...free, ...b.tgt].sort((x, y) => x - y)) - keep);
      change += similarity(s, free) - keep;
      free = b.tgt;
    }
    return best;
  };
  const walk = (step: 1 | -1): Placement[] => {
    const out: Placement[] = [];
    const freed = ownPair ? cascade(step === 1 ? -1 : 1) : 0;
    if (freed === undefined) return out;
    let change = freed;
    for (const { s: next, k, b } of steps(step)) {
      const j = next - step;
      const holdsAlone = isPairedBead(b) && (b.src.length === 1 || (k === gap.bead && b.src.length === 2));
      if (!holdsAlone) break;
      // `j` takes the target `next` held; `next` is left out.
      change += similarity(j, b.tgt) - similarity(next, b.tgt);
      out.push({ sentence: next, change });
    }
    return out;
  };
  return { back: walk(-1), forward: walk(1) };
}

/** The interquartile range of the similarities of the 1-1 `match` pairs of `beads`; NaN with fewer than `minOnes`. */
export function pairSpread(beads: readonly Bead[], similarity: Similarity, minOnes: number): number {
  const ones = oneToOneMatches(beads);
  if (ones.length < Math.max(1, minOnes)) return NaN;
  const sims = Float64Array.from(ones, (b) => similarity(b.src[0]!, b.tgt));
  const at = (q: number) => kthSmallest(sims, Math.floor(q * (sims.length - 1)));
  return at(0.75) - at(0.25);
}

/**
 * For each of `gaps`, the source sentences where the gap fits about as well as where it was reported
 * (see the module comment), ascending, the reported one included; `[gap.sentence]` alone where nothing
 * else is within the margin. A gap's walk stops at any other gap's sentence, at `blocked` ones and at
 * those an earlier gap (in document order) already names, so no sentence is named twice.
 */
export function gapSpans(beads: readonly Bead[], gaps: readonly Gap[], similarity: Similarity, options: GapSpanOptions = {}, blocked: ReadonlySet<number> = new Set()): number[][] {
  const o = withDefaults(DEFAULT_GAP_SPAN_OPTIONS, options);
  const spans = gaps.map((g) => [g.sentence]);
  const spread = gaps.length > 0 && o.maxMove >= 1 ? pairSpread(beads, similarity, o.minOnes) : NaN;
  if (!(spread >= 0)) return spans;
  const margin = o.share * spread;
  const stops = new Set([...blocked, ...gaps.map((g) => g.sentence)]);
  // The consecutive placements within the margin, nearest first.
  const within = (ps: Placement[]) => {
    const n = ps.findIndex((p) => p.change < -margin);
    return (n < 0 ? ps : ps.slice(0, n)).map((p) => p.sentence);
  };
  for (const n of gaps.map((_, n) => n).sort((a, b) => gaps[a]!.sentence - gaps[b]!.sentence)) {
    const { back, forward } = gapPlacements(beads, gaps[n]!, similarity, o.maxMove, stops);
    spans[n] = [...within(back).reverse(), gaps[n]!.sentence, ...within(forward)];
    for (const i of spans[n]!) stops.add(i);
  }
  return spans;
}

/**
 * An `omission` on one source sentence, whether the alignment left it out, merged it into a
 * neighbour's pair or paired it (weak-pair, leave-out or numbers evidence): a gap `gapSpans` can place.
 */
function isGap(f: Finding, beads: readonly Bead[]): f is Finding & { src: [number]; bead: number } {
  return f.code === 'omission' && f.src?.length === 1 && f.bead !== undefined && beads[f.bead] !== undefined;
}

/**
 * `findings` with each `omission` on one source sentence widened to the consecutive sentences where its
 * gap fits about as well (`gapSpans`): one finding naming them all, its message saying so, and its note
 * where the alignment put the gap (before any note it had). Its severity stays. An omission inside an
 * omitted passage stays as it is, and no walk enters another omission. One finding comes back for each
 * finding given, in their order. `similarity()` gives the checks'
 * similarity and is asked only when there is a gap to place. Parallel mode (the walk reads a monotone
 * alignment).
 */
export async function placeOmissions(findings: Finding[], source: readonly Sentence[], beads: readonly Bead[], similarity: () => Promise<Similarity>, options: GapSpanOptions = {}): Promise<Finding[]> {
  const inPassage = new Set(findings.filter((f) => f.code === 'omission-passage').flatMap((f) => f.src ?? []));
  const gaps = findings.filter((f) => isGap(f, beads) && !inPassage.has(f.src[0]));
  if (gaps.length === 0) return findings;
  const blocked = new Set(findings.filter((f) => f.code === 'omission' || f.code === 'omission-passage').flatMap((f) => f.src ?? []));
  const spans = gapSpans(beads, gaps.map((f) => ({ sentence: f.src![0]!, bead: f.bead! })), await similarity(), options, blocked);
  const spanOf = new Map<Finding, number[]>(gaps.map((f, n) => [f, spans[n]!]));
  return findings.map((f) => {
    const span = spanOf.get(f);
    if (!span || span.length < 2) return f;
    const where = `The aligner marked source sentence ${f.src![0]! + 1} (${f.message})`;
    return { ...f, src: span, srcRange: [source[span[0]!]!.start, source[span[span.length - 1]!]!.end], message: unplacedOmission(span.length), note: f.note ? `${where}. ${f.note}` : where };
  });
}
