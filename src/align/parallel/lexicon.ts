// A translation lexicon learned from the document itself, and the second pass that uses it (Moore
// 2002; Hunalign's realign). The first pass aligns on length and shared strings (names, numbers,
// cognates). Its 1-1 beads are then a small parallel corpus, and words that co-occur there far more
// often than chance (`Gipfel` ~ `sommet`, `God` ~ 神) are translations of each other whatever their
// spelling. Each such word pair becomes one feature shared by the two sentences, added to their
// additive vectors, and the document is aligned again with the richer similarity.
//
// Association is the phi coefficient of the 2×2 table "the bead's source has s" × "its target has
// t": 0 for words that occur independently however frequent they are (`the` and 的 are in most
// beads of a Bible and say nothing), 1 for words that always occur together. A pair must also share
// `MIN_COUNT` beads, so a short document, with few repeated words, learns little or nothing and keeps
// the first pass's beads.
import { addPairFeatures, LEXICON_SEEDS, sideWords, type PartnerIndex, type SideWords } from '../../embed/lexical/pair-features.js';
import { alignParallel, planParallel, replanParallel, type LengthPlan, type ParallelOptions } from './index.js';
import { withAdditiveVectors, type AlignSide } from '../side.js';
import { chainPath } from './anchors.js';
import { anchorPairs } from './anchor-pairs.js';
import type { AlignStats, Bead } from '../types.js';

/** The sentences of a bead, without its score and label. */
type IndexPair = Pick<Bead, 'src' | 'tgt'>;

export { sideWords, type PartnerIndex, type SideWords } from '../../embed/lexical/pair-features.js';

// The four constants below were chosen on the dev gold; the values tried and their scores are in
// docs/tuning.md, "Lexicon pass".

/** Beads a word pair must share: fewer lets chance pairs of short documents in, more learns too little. */
const MIN_COUNT = 3;
/** Least phi coefficient of a kept pair (scores are flat from 0.25 to 0.35). */
const MIN_PHI = 0.3;
/** Most partners kept per word, strongest first: a word has a few translations, not dozens. */
const MAX_PARTNERS = 3;
/**
 * Weight of a pair's feature at phi = 1. Its square, 4, is about what a shared 6- to 8-letter word adds
 * to the lexical embedder's dot product (1 for the word, 0.35² for each of its 15–21 n-grams): a learned
 * translation counts like a shared word.
 */
const PAIR_WEIGHT = 2;

/** A learned lexicon: its word pairs seen from each side. */
export interface Lexicon {
  /** Number of word pairs. */
  readonly pairs: number;
  readonly src: PartnerIndex;
  readonly tgt: PartnerIndex;
}

function partnerIndex(size: number, words: Int32Array, weights: Float32Array): PartnerIndex {
  const start = new Int32Array(size + 1);
  for (const w of words) start[w + 1]++;
  for (let w = 0; w < size; w++) start[w + 1] += start[w];
  const fill = start.slice(0, size);
  const pair = new Int32Array(words.length);
  const weight = new Float32Array(words.length);
  for (let p = 0; p < words.length; p++) {
    const k = fill[words[p]]++;
    pair[k] = p;
    weight[k] = weights[p];
  }
  return { start, pair, weight };
}

/** Learns word pairs from the 1-1 beads of `beads` (see the module comment). */
export function learnLexicon(src: SideWords, tgt: SideWords, beads: readonly IndexPair[]): Lexicon {
  const ones = beads.filter((b) => b.src.length === 1 && b.tgt.length === 1);
  const n = ones.length;
  const cS = new Int32Array(src.size);
  const cT = new Int32Array(tgt.size);
  for (const b of ones) {
    for (const s of src.ids[b.src[0]]) cS[s]++;
    for (const t of tgt.ids[b.tgt[0]]) cT[t]++;
  }
  // Beads of each frequent-enough source word (compressed rows), then co-occurrence counts per word.
  const rowStart = new Int32Array(src.size + 1);
  for (let s = 0; s < src.size; s++) rowStart[s + 1] = rowStart[s] + (cS[s] >= MIN_COUNT ? cS[s] : 0);
  const rows = new Int32Array(rowStart[src.size]);
  const fill = rowStart.slice(0, src.size);
  ones.forEach((b, k) => {
    for (const s of src.ids[b.src[0]]) if (cS[s] >= MIN_COUNT) rows[fill[s]++] = k;
  });
  const together = new Int32Array(tgt.size);
  const touched: number[] = [];
  const found: { s: number; t: number; phi: number }[] = [];
  for (let s = 0; s < src.size; s++) {
    if (cS[s] < MIN_COUNT) continue;
    for (let r = rowStart[s]; r < rowStart[s + 1]; r++) {
      for (const t of tgt.ids[ones[rows[r]].tgt[0]]) if (cT[t] >= MIN_COUNT && together[t]++ === 0) touched.push(t);
    }
    const a = cS[s];
    for (const t of touched) {
      const c = together[t];
      together[t] = 0;
      if (c < MIN_COUNT) continue;
      const b = cT[t];
      const phi = (n * c - a * b) / Math.sqrt(a * (n - a) * b * (n - b)); // NaN when a word is in every bead
      if (phi >= MIN_PHI) found.push({ s, t, phi });
    }
    touched.length = 0;
  }
  found.sort((x, y) => y.phi - x.phi || x.s - y.s || x.t - y.t);
  const partnersS = new Uint8Array(src.size);
  const partnersT = new Uint8Array(tgt.size);
  const kept = found.filter(({ s, t }) => partnersS[s] < MAX_PARTNERS && partnersT[t] < MAX_PARTNERS && (partnersS[s]++, partnersT[t]++, true));
  const weights = Float32Array.from(kept, (k) => PAIR_WEIGHT * k.phi);
  return {
    pairs: kept.length,
    src: partnerIndex(src.size, Int32Array.from(kept, (k) => k.s), weights),
    tgt: partnerIndex(tgt.size, Int32Array.from(kept, (k) => k.t), weights),
  };
}

/**
 * Adds the lexicon features of each sentence to its vector, IN PLACE (see `addPairFeatures`). Returns
 * the side with the new norms and group norms. The side must come from an additive embedder (`parts`).
 */
export function addLexiconFeatures(side: AlignSide, words: SideWords, index: PartnerIndex, seed: number = LEXICON_SEEDS[0]): AlignSide {
  const set = side.overlaps![0];
  return withAdditiveVectors(side, set, addPairFeatures(set, side.parts!.norms, words, index, seed));
}

/**
 * Parallel alignment with the lexicon pass: aligns, learns a lexicon from the 1-1 beads, and, when it
 * learned any pair, aligns again with the lexicon features (reusing everything that depends on lengths
 * only). Only sides from an additive embedder (the lexical one) take the second pass: a neural
 * embedder already knows translations; `o.lexicon: false` turns it off. OVERWRITES the sides' vectors when there is a second pass.
 * `onPass(k, total)` reports finished passes. `stats.lexiconPairs` says how many pairs were learned.
 */
export function alignWithLexicon(src: AlignSide, tgt: AlignSide, o: ParallelOptions & { lexicon?: boolean }, onPass?: (done: number, total: number) => void): { beads: Bead[]; stats: AlignStats } {
  const plan = planParallel(src, tgt, o);
  const additive = o.lexicon !== false && src.parts !== undefined && tgt.parts !== undefined && src.n > 0 && tgt.n > 0;
  const total = additive ? 2 : 1;
  // When the vectors carry no evidence the coarse search trusts (two scripts, no shared words), the
  // plan's anchor path comes from lengths alone, and so would the first pass: the lexicon is learned
  // from the anchor path's 1-1 beads, and the first pass runs only when that learns nothing. The
  // anchor path opens runs of skips where a passage is missing; a first pass in the anchor's band
  // (the model's skips are dearer) spread such a passage over the document instead.
  const lengthsOnly = additive && plan.anchor !== undefined && !plan.fromEvidence;
  // Leave-out costs (`o.leaveOutCosts`) describe the final alignment: a first pass that a second will
  // replace does not measure them.
  const interim = { ...o, leaveOutCosts: false };
  let first = lengthsOnly ? undefined : alignParallel(src, tgt, additive ? interim : o, plan);
  onPass?.(1, total);
  if (!additive) return first!;
  const ws = sideWords(src.texts);
  const wt = sideWords(tgt.texts);
  const firstBeads = first?.beads ?? nodeBeads(plan.anchor!);
  const { lexicon, anchored } = relearnFromAnchors(src, tgt, ws, wt, plan, learnLexicon(ws, wt, firstBeads));
  if (lexicon.pairs === 0) {
    // The first pass is final after all: align again when it did not run or did not measure what was asked.
    if (first === undefined || o.leaveOutCosts) first = alignParallel(src, tgt, o, plan);
    onPass?.(2, 2);
    return { beads: first.beads, stats: { ...first.stats, lexiconPairs: 0 } };
  }
  o.signal?.throwIfAborted();
  const src2 = addLexiconFeatures(src, ws, lexicon.src);
  const tgt2 = addLexiconFeatures(tgt, wt, lexicon.tgt);
  // The learned pairs are new evidence: the second pass searches where they point, not only in the first pass's band.
  const second = alignParallel(src2, tgt2, o, replanParallel(plan, src2, tgt2, o, anchored ? anchorPairs(ws, wt, lexicon) : undefined));
  const cells = (first?.stats.cells ?? 0) + second.stats.cells;
  // A long gap that only the second pass found means the first pass was out of place around it, so
  // part of the lexicon was learned from wrong pairs: learn again from the second pass and align once
  // more, with those pairs added (in other hash slots) to the first ones.
  if (longestGap(second.beads) < Math.max(MIN_GAP, 2 * longestGap(firstBeads))) {
    onPass?.(2, 2);
    return { beads: second.beads, stats: { ...second.stats, cells, lexiconPairs: lexicon.pairs } };
  }
  o.signal?.throwIfAborted();
  const again = learnLexicon(ws, wt, second.beads);
  const src3 = addLexiconFeatures(src2, ws, again.src, LEXICON_SEEDS[1]);
  const tgt3 = addLexiconFeatures(tgt2, wt, again.tgt, LEXICON_SEEDS[1]);
  const third = alignParallel(src3, tgt3, o, replanParallel(plan, src3, tgt3, o, anchored ? anchorPairs(ws, wt, again) : undefined));
  onPass?.(2, 2);
  return { beads: third.beads, stats: { ...third.stats, cells: cells + third.stats.cells, lexiconPairs: lexicon.pairs + again.pairs } };
}

/**
 * On a long document (one with an anchor path), the lexicon learned again from the path through its
 * own anchor pairs (`anchor-pairs.ts`, `chainPath`): where the first path was lost (a passage missing
 * at a document's end leaves a length path drifting over hundreds of sentences), its 1-1 beads taught
 * wrong pairs, and the anchors, which the rest of the document places, put those sentences right.
 * `anchored`: the anchor pairs made a path (a passage is missing at an end), so the later passes take
 * their anchor paths from their own lexicons' anchor pairs too; otherwise they keep the evidence path.
 */
function relearnFromAnchors(src: AlignSide, tgt: AlignSide, ws: SideWords, wt: SideWords, plan: LengthPlan, lexicon: Lexicon): { lexicon: Lexicon; anchored: boolean } {
  if (!plan.anchor || lexicon.pairs === 0) return { lexicon, anchored: false };
  const chained = chainPath(src.lengthPrefix, tgt.lengthPrefix, anchorPairs(ws, wt, lexicon), { types: plan.types, ratio: plan.ratio });
  return chained ? { lexicon: learnLexicon(ws, wt, nodeBeads(chained)), anchored: true } : { lexicon, anchored: false };
}

/** Fewest sentences in a gap that triggers another lexicon pass (see `alignWithLexicon`). */
const MIN_GAP = 20;

/** The steps of a path (flat [i, j, ...] nodes) as beads of sentence indices. */
function nodeBeads(nodes: Int32Array): IndexPair[] {
  const out: IndexPair[] = [];
  const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);
  for (let p = 2; p < nodes.length; p += 2) out.push({ src: range(nodes[p - 2], nodes[p]), tgt: range(nodes[p - 1], nodes[p + 1]) });
  return out;
}

/** Most sentences of one side left out between two aligned beads. */
function longestGap(beads: readonly IndexPair[]): number {
  let best = 0;
  let src = 0;
  let tgt = 0;
  for (const b of beads) {
    if (b.tgt.length === 0) src += b.src.length;
    else if (b.src.length === 0) tgt += b.tgt.length;
    else src = tgt = 0;
    best = Math.max(best, src, tgt);
  }
  return best;
}
