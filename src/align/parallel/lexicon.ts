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
import { isCjk, isDigit, isWordChar } from '../../embed/lexical/featurize.js';
import { alignParallel, planParallel, replanParallel, type ParallelOptions } from './index.js';
import { withAdditiveVectors, type AlignSide } from '../side.js';
import type { AlignStats, Bead } from '../types.js';

/**
 * Beads a word pair must share. 2 lets chance pairs of short documents in (ParIce dev strict 0.947 →
 * 0.902 at weight 2); 4 learns too little from Text+Berg (0.850 → 0.841, measured at weight 1).
 */
const MIN_COUNT = 3;
/** Least phi coefficient of a kept pair. 0.25–0.35 give Bible 0.970–0.971, ParIce 0.928–0.947, Text+Berg 0.847–0.856. */
const MIN_PHI = 0.3;
/** Most partners kept per word, strongest first: a word has a few translations, not dozens. 2–4 give the same Bible score. */
const MAX_PARTNERS = 3;
/**
 * Weight of a pair's feature at phi = 1. Its square, 4, is about what a shared 6- to 8-letter word adds
 * to the lexical embedder's dot product (1 for the word, 0.35² for each of its 15–21 n-grams): a learned
 * translation counts like a shared word. Weight 1 halves the gain on Bible en–zh (0.948 instead of
 * 0.970); 3 loses on Text+Berg (0.826).
 */
const PAIR_WEIGHT = 2;

/** The words of one side: distinct word ids per sentence, and how many ids there are. */
export interface SideWords {
  readonly ids: readonly Int32Array[];
  readonly size: number;
}

/**
 * Distinct word ids of each text: lower-cased words of two or more characters (the lexical embedder's
 * word characters; numbers are left out, the embedder already matches them), and CJK characters and
 * character bigrams (CJK is written without spaces).
 */
export function sideWords(texts: readonly string[]): SideWords {
  const vocab = new Map<string, number>();
  const set = new Set<number>();
  const add = (w: string): void => {
    let k = vocab.get(w);
    if (k === undefined) vocab.set(w, (k = vocab.size));
    set.add(k);
  };
  const ids = texts.map((text) => {
    set.clear();
    const t = text.toLowerCase();
    for (let i = 0; i < t.length; ) {
      const c = t.charCodeAt(i);
      if (isWordChar(c)) {
        let j = i;
        let letters = false;
        for (; j < t.length && isWordChar(t.charCodeAt(j)); j++) letters ||= !isDigit(t.charCodeAt(j));
        if (j - i >= 2 && letters) add(t.slice(i, j));
        i = j;
      } else if (isCjk(c)) {
        add(t[i]);
        if (i > 0 && isCjk(t.charCodeAt(i - 1))) add(t.slice(i - 1, i + 1));
        i++;
      } else i++;
    }
    return Int32Array.from(set);
  });
  return { ids, size: vocab.size };
}

/** Lexicon pairs of one side's words, compressed: word w takes part in pairs `pair[start[w] .. start[w + 1])`. */
export interface PartnerIndex {
  readonly start: Int32Array;
  readonly pair: Int32Array;
  readonly weight: Float32Array;
}

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
export function learnLexicon(src: SideWords, tgt: SideWords, beads: readonly Bead[]): Lexicon {
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

/** Hash seeds of the first and of a further lexicon (a further lexicon's features land in other slots). */
const LEXICON_SEEDS = [0x5f3759df, 0x2545f491] as const;

/** Hashed slot (low bits) and sign (top bit) of lexicon pair p; murmur3's finaliser over a seeded p. */
function pairHash(p: number, seed: number): number {
  let h = Math.imul(p ^ seed, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Adds the lexicon features of each sentence to its vector, IN PLACE: row i becomes the normalised
 * `norms[i] · row + Σ ±weight` at the hashed slot of every pair its words take part in (rows without a
 * pair are left as they are). Returns the side with the new norms and group norms. The side must come
 * from an additive embedder (`parts`).
 */
export function addLexiconFeatures(side: AlignSide, words: SideWords, index: PartnerIndex, seed: number = LEXICON_SEEDS[0]): AlignSide {
  const set = side.overlaps![0];
  const { n, dim, data } = set;
  const norms = Float64Array.from(side.parts!.norms);
  const mask = (dim & (dim - 1)) === 0 ? dim - 1 : -1;
  // The features of one row, summed per slot before they touch the vector (two pairs may share a slot).
  const delta = new Float64Array(dim);
  const slots: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const w of words.ids[i]) {
      for (let k = index.start[w]; k < index.start[w + 1]; k++) {
        const h = pairHash(index.pair[k], seed);
        const d = mask >= 0 ? h & mask : (h >>> 0) % dim;
        if (delta[d] === 0) slots.push(d);
        delta[d] += h < 0 ? -index.weight[k] : index.weight[k];
      }
    }
    if (slots.length === 0) continue;
    // New squared norm: the old one plus what changes at the touched slots (row entries are unit-norm · old norm).
    const base = i * dim;
    const old = norms[i];
    let sq = old * old;
    for (const d of slots) {
      const before = data[base + d] * old;
      const after = before + delta[d];
      sq += after * after - before * before;
    }
    const norm = Math.sqrt(Math.max(0, sq));
    norms[i] = norm;
    const scale = norm > 0 ? old / norm : 0;
    for (let d = base; d < base + dim; d++) data[d] *= scale;
    for (const d of slots) {
      if (norm > 0) data[base + d] += delta[d] / norm;
      delta[d] = 0;
    }
    slots.length = 0;
  }
  return withAdditiveVectors(side, set, norms);
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
  const first = alignParallel(src, tgt, o, plan);
  onPass?.(1, total);
  if (!additive) return first;
  const ws = sideWords(src.texts);
  const wt = sideWords(tgt.texts);
  const lexicon = learnLexicon(ws, wt, first.beads);
  if (lexicon.pairs === 0) {
    onPass?.(2, 2);
    return { beads: first.beads, stats: { ...first.stats, lexiconPairs: 0 } };
  }
  o.signal?.throwIfAborted();
  const src2 = addLexiconFeatures(src, ws, lexicon.src);
  const tgt2 = addLexiconFeatures(tgt, wt, lexicon.tgt);
  // The learned pairs are new evidence: the second pass searches where they point, not only in the first pass's band.
  const second = alignParallel(src2, tgt2, o, replanParallel(plan, src2, tgt2, o));
  const cells = first.stats.cells + second.stats.cells;
  // A long gap that only the second pass found means the first pass was out of place around it, so
  // part of the lexicon was learned from wrong pairs: learn again from the second pass and align once
  // more, with those pairs added (in other hash slots) to the first ones.
  if (longestGap(second.beads) < Math.max(MIN_GAP, 2 * longestGap(first.beads))) {
    onPass?.(2, 2);
    return { beads: second.beads, stats: { ...second.stats, cells, lexiconPairs: lexicon.pairs } };
  }
  o.signal?.throwIfAborted();
  const again = learnLexicon(ws, wt, second.beads);
  const src3 = addLexiconFeatures(src2, ws, again.src, LEXICON_SEEDS[1]);
  const tgt3 = addLexiconFeatures(tgt2, wt, again.tgt, LEXICON_SEEDS[1]);
  const third = alignParallel(src3, tgt3, o, replanParallel(plan, src3, tgt3, o));
  onPass?.(2, 2);
  return { beads: third.beads, stats: { ...third.stats, cells: cells + third.stats.cells, lexiconPairs: lexicon.pairs + again.pairs } };
}

/** Fewest sentences in a gap that triggers another lexicon pass (see `alignWithLexicon`). */
const MIN_GAP = 20;

/** Most sentences of one side left out between two aligned beads. */
function longestGap(beads: readonly Bead[]): number {
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
