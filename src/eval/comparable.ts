// A comparable-mode benchmark built from a parallel gold alignment: what two reports of one story look
// like (target order shuffled, some sentences dropped on each side), with the gold re-indexed, and the
// scoring of a comparable alignment against it: precision and recall of sentence links.
import { permutation, seededRandom } from '../align/random.js';
import type { IndexBead } from './score.js';

/** How to turn a parallel document into a comparable one. */
export interface ComparableCaseOptions {
  /** Shuffle the target sentences. @default false */
  shuffle: boolean;
  /** Share of the sentences dropped on each side (independently), in [0, 1). @default 0 */
  drop: number;
  /** Seed of the pseudo-random choices (the same seed gives the same case). @default 1 */
  seed: number;
}

/** Defaults of `ComparableCaseOptions`: the intact document. */
export const INTACT: Readonly<ComparableCaseOptions> = Object.freeze({ shuffle: false, drop: 0, seed: 1 });

/** A comparable document made from a parallel one. */
export interface ComparableCase {
  src: string[];
  tgt: string[];
  /**
   * Every gold link `"i:j"` (new indices) between kept sentences, from gold beads of any shape: a
   * predicted link among them pairs sentences that share content.
   */
  links: Set<string>;
  /** Gold 1-1 beads whose two sentences were both kept, as `"i:j"` (new indices): what recall counts. */
  oneToOne: Set<string>;
}

/** Old index → new index of the kept sentences (−1: dropped): `round(n · drop)` random sentences go. */
function keep(n: number, drop: number, random: () => number): Int32Array {
  const gone = new Set(permutation(n, random).slice(0, Math.round(n * drop)));
  const map = new Int32Array(n).fill(-1);
  let next = 0;
  for (let i = 0; i < n; i++) if (!gone.has(i)) map[i] = next++;
  return map;
}

/**
 * The comparable case of a parallel document: drops `drop` of each side's sentences, shuffles the
 * kept target sentences when asked, and re-indexes the gold. Pure: the same input and seed give the same case.
 */
export function makeComparableCase(src: readonly string[], tgt: readonly string[], gold: readonly IndexBead[], options: Partial<ComparableCaseOptions> = {}): ComparableCase {
  const o = { ...INTACT, ...options };
  if (!(o.drop >= 0 && o.drop < 1)) throw new RangeError('makeComparableCase: `drop` must be in [0, 1)');
  const random = seededRandom(o.seed);
  const srcMap = keep(src.length, o.drop, random);
  const tgtKept = keep(tgt.length, o.drop, random);
  const kept = tgtKept.reduce((a, v) => a + (v >= 0 ? 1 : 0), 0);
  // Kept target sentence at new position order[p] is the one with kept-index p.
  const order = o.shuffle ? permutation(kept, random) : Array.from({ length: kept }, (_, p) => p);
  const tgtMap = Int32Array.from(tgtKept, (v) => (v >= 0 ? order[v] : -1));
  const newSrc: string[] = [];
  src.forEach((s, i) => srcMap[i] >= 0 && newSrc.push(s));
  const newTgt: string[] = new Array(kept);
  tgt.forEach((t, j) => tgtMap[j] >= 0 && (newTgt[tgtMap[j]] = t));
  const links = new Set<string>();
  const oneToOne = new Set<string>();
  for (const b of gold) {
    const s = b.src.map((i) => srcMap[i]).filter((i) => i >= 0);
    const t = b.tgt.map((j) => tgtMap[j]).filter((j) => j >= 0);
    for (const i of s) for (const j of t) links.add(`${i}:${j}`);
    if (b.src.length === 1 && b.tgt.length === 1 && s.length === 1 && t.length === 1) oneToOne.add(`${s[0]}:${t[0]}`);
  }
  return { src: newSrc, tgt: newTgt, links, oneToOne };
}

/** Counts behind precision and recall (pooled over documents by adding them). */
export interface LinkCounts {
  /** Predicted links (every source × target sentence of a counted bead). */
  predicted: number;
  /** Predicted links that are gold links. */
  correct: number;
  /** Gold 1-1 pairs. */
  gold: number;
  /** Gold 1-1 pairs that are predicted links. */
  found: number;
}

/** A predicted bead, as `alignSentences` returns it. */
export interface LabelledBead extends IndexBead {
  label: string;
}

/**
 * Link counts of the beads whose label is in `labels`: precision is over their links (a link inside a
 * gold bead of any shape is correct), recall over the gold 1-1 pairs.
 */
export function countLinks(beads: readonly LabelledBead[], c: Pick<ComparableCase, 'links' | 'oneToOne'>, labels: readonly string[]): LinkCounts {
  const predicted = new Set<string>();
  for (const b of beads) if (labels.includes(b.label)) for (const i of b.src) for (const j of b.tgt) predicted.add(`${i}:${j}`);
  let correct = 0;
  for (const k of predicted) if (c.links.has(k)) correct++;
  let found = 0;
  for (const k of c.oneToOne) if (predicted.has(k)) found++;
  return { predicted: predicted.size, correct, gold: c.oneToOne.size, found };
}

/** Sum of link counts. */
export const addLinks = (a: LinkCounts, b: LinkCounts): LinkCounts => ({
  predicted: a.predicted + b.predicted,
  correct: a.correct + b.correct,
  gold: a.gold + b.gold,
  found: a.found + b.found,
});

/** Precision and recall of link counts (precision 1 when nothing is predicted, recall 1 when nothing is gold). */
export function linkScores(c: LinkCounts): { precision: number; recall: number } {
  return { precision: c.predicted ? c.correct / c.predicted : 1, recall: c.gold ? c.found / c.gold : 1 };
}
