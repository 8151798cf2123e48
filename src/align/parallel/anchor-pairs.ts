// Anchor pairs from evidence: sentence pairs that the document's learned lexicon links so clearly
// that they can be trusted before any path is searched, chained into one monotone sequence. A passage
// missing from one side is then a stretch with no anchors, and its ends are fixed by the first and
// last anchors around it, wherever in the document it lies (at the very start too, where a path
// searched from lengths has nothing to join on). Lengths only fill in between anchors (`chainPath`
// in anchors.ts).
//
// A pair is scored by the learned word pairs (`learnLexicon`) its two sentences share, each weighted
// by the pair's strength and by how rare its target word is (a word in few sentences places a sentence;
// a word in most places nothing). Only rare target words are looked up, so scoring every source
// sentence against every target sentence costs a few look-ups per word, not a pass over the grid.
// A pair is a candidate when each sentence is the other's best (and it shares more than chance); candidates are chained by the heaviest strictly increasing subsequence (a
// longest increasing subsequence weighted by score), and a chained pair is kept only when other
// chained pairs lie near it (a chance pair inside a missing passage stands alone).
import type { PartnerIndex, SideWords } from '../../embed/lexical/pair-features.js';

/** A learned lexicon's word pairs seen from each side (`Lexicon` of lexicon.ts). */
export interface PairIndex {
  readonly src: PartnerIndex;
  readonly tgt: PartnerIndex;
}

/** One anchor pair: source sentence `i`, target sentence `j`, and its score. */
export interface AnchorPair {
  readonly i: number;
  readonly j: number;
  readonly score: number;
}

/**
 * Target words in more sentences than this share of the target (at least `MIN_DF_CAP`, at most
 * `MAX_DF_CAP`) are not looked up: they place nothing and cost the most look-ups (the upper cap keeps a
 * book's look-ups linear in its length).
 */
const MAX_DF_SHARE = 0.01;
const MIN_DF_CAP = 8;
const MAX_DF_CAP = 64;
/** Least score of a candidate: about two shared rare words. */
const MIN_SCORE = 4;
/**
 * A chained pair is kept when at least `SUPPORT` other chained pairs lie within `NEAR` source sentences
 * (a chance pair inside a missing passage is alone there; the first pairs after a passage are few).
 */
const NEAR = 25;
const SUPPORT = 1;

/** Target word of each lexicon pair id. */
function pairTargets(tgt: PartnerIndex, pairs: number): Int32Array {
  const out = new Int32Array(pairs).fill(-1);
  for (let t = 0; t + 1 < tgt.start.length; t++) for (let k = tgt.start[t]; k < tgt.start[t + 1]; k++) out[tgt.pair[k]] = t;
  return out;
}

/** Sentences of each word, compressed: word w is in sentences `list[start[w] .. start[w + 1])`. */
function sentencesOf(words: SideWords): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(words.size + 1);
  for (const ids of words.ids) for (const w of ids) start[w + 1]++;
  for (let w = 0; w < words.size; w++) start[w + 1] += start[w];
  const fill = start.slice(0, words.size);
  const list = new Int32Array(start[words.size]);
  words.ids.forEach((ids, j) => {
    for (const w of ids) list[fill[w]++] = j;
  });
  return { start, list };
}

/** Candidate anchor pairs, by source sentence (see the module comment). */
export function candidatePairs(ws: SideWords, wt: SideWords, lexicon: PairIndex): AnchorPair[] {
  const n = ws.ids.length;
  const m = wt.ids.length;
  if (n === 0 || m === 0) return [];
  const pairs = lexicon.src.pair.length;
  const target = pairTargets(lexicon.tgt, pairs);
  const { start, list } = sentencesOf(wt);
  const cap = Math.min(MAX_DF_CAP, Math.max(MIN_DF_CAP, Math.floor(MAX_DF_SHARE * m)));
  const acc = new Float64Array(m);
  const touched: number[] = [];
  const best = new Int32Array(n).fill(-1);
  const bestScore = new Float64Array(n);
  const colBest = new Float64Array(m);
  const colArg = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    for (const w of ws.ids[i]) {
      for (let k = lexicon.src.start[w]; k < lexicon.src.start[w + 1]; k++) {
        const t = target[lexicon.src.pair[k]];
        const df = t < 0 ? 0 : start[t + 1] - start[t];
        if (df === 0 || df > cap) continue;
        const gain = lexicon.src.weight[k] * Math.log(m / df);
        for (let r = start[t]; r < start[t + 1]; r++) {
          const j = list[r];
          if (acc[j] === 0) touched.push(j);
          acc[j] += gain;
        }
      }
    }
    let first = 0;
    for (const j of touched) {
      const s = acc[j];
      acc[j] = 0;
      if (s > first) {
        first = s;
        best[i] = j;
      }
      if (s > colBest[j]) {
        colBest[j] = s;
        colArg[j] = i;
      }
    }
    touched.length = 0;
    bestScore[i] = first >= MIN_SCORE ? first : 0;
  }
  const out: AnchorPair[] = [];
  for (let i = 0; i < n; i++) if (bestScore[i] > 0 && colArg[best[i]] === i) out.push({ i, j: best[i], score: bestScore[i] });
  return out;
}

/**
 * The heaviest chain of `pairs` (sorted by `i`, one per `i`) strictly increasing in `j`: a longest
 * increasing subsequence weighted by score, with a Fenwick tree of prefix maxima over `j`.
 */
export function heaviestChain(pairs: readonly AnchorPair[], m: number): AnchorPair[] {
  const tree = new Float64Array(m + 1);
  const arg = new Int32Array(m + 1).fill(-1);
  const total = new Float64Array(pairs.length);
  const prev = new Int32Array(pairs.length).fill(-1);
  let end = -1;
  pairs.forEach((p, k) => {
    // Best chain ending at a target sentence below p.j: prefix maximum over tree positions 1..p.j.
    let bestTotal = 0;
    for (let x = p.j; x > 0; x -= x & -x) if (tree[x] > bestTotal) (bestTotal = tree[x]), (prev[k] = arg[x]);
    total[k] = bestTotal + p.score;
    for (let x = p.j + 1; x <= m; x += x & -x) if (total[k] > tree[x]) (tree[x] = total[k]), (arg[x] = k);
    if (end < 0 || total[k] > total[end]) end = k;
  });
  const chain: AnchorPair[] = [];
  for (let k = end; k >= 0; k = prev[k]) chain.push(pairs[k]);
  return chain.reverse();
}

/** The pairs of a chain (sorted by `i`) with at least `SUPPORT` others within `NEAR` source sentences. */
export function supported(chain: readonly AnchorPair[]): AnchorPair[] {
  return chain.filter((p, k) => {
    let count = 0;
    for (let q = k - 1; q >= 0 && p.i - chain[q].i <= NEAR; q--) count++;
    for (let q = k + 1; q < chain.length && chain[q].i - p.i <= NEAR; q++) count++;
    return count >= SUPPORT;
  });
}

/** The anchor pairs of two sides under a learned lexicon: candidates, chained, supported. */
export function anchorPairs(ws: SideWords, wt: SideWords, lexicon: PairIndex): AnchorPair[] {
  return supported(heaviestChain(candidatePairs(ws, wt, lexicon), wt.ids.length));
}
