// Comparable mode: two write-ups of one story. Many-to-many matching that allows reordering, scored
// in background deviations (comparable-scores.ts) rather than absolute cosines. A pair is aligned
// only when it beats what chance reaches in a matrix of this size (`pairThreshold(n·m)` plus
// `aboveChance`; a matrix under 9 cells is scored against priors instead, comparable-scores.ts):
// 1. `match`: such a pair that is mutual-best and `matchGap` clear of the runner-up of its row and
//    of its column (mutual-best but not clear: `partial`);
// 2. `partial`, strongest first: such a pair that is the best of its row or of its column. A
//    left-over sentence joins the bead of its counterpart (one sentence covers parts of several on
//    the other side); two left-over sentences form a bead of their own;
// 3. the rest are omissions and additions. A wrong match hides an omission, so the thresholds err on
//    the side of leaving a sentence unmatched.
// Boilerplate and social sentences (Sentence.kind) are never matched: they get their own
// omission/addition bead so every index stays covered, and later stages leave them out of counts.
import { OptionError } from '../../errors.js';
import { comparableFits, comparableTooLarge, DEFAULT_COMPARABLE_OPTIONS, type ComparableOptions } from './options.js';
import { pairScores, pairThreshold } from './scores.js';
import type { AlignSide } from '../side.js';
import type { Bead } from '../types.js';
import { isZeroRow } from '../vectors.js';

export { comparableFits, DEFAULT_COMPARABLE_OPTIONS, type ComparableOptions } from './options.js';

interface Group {
  src: Set<number>;
  tgt: Set<number>;
  /** z-scores of the links that built the group. */
  links: number[];
  partial: boolean;
}

/**
 * Content indices of a side: not boilerplate or social, and not blank. A blank sentence embeds as the
 * zero vector, which has nothing to match; kept in, it became minus the side's mean after centring
 * and could be paired with a real sentence.
 */
const contentOf = (side: AlignSide): number[] => {
  const set = side.overlaps![0];
  return Array.from({ length: side.n }, (_, i) => i).filter((i) => side.ignorable?.[i] !== 1 && !isZeroRow(set, i));
};

/** Index of the largest of `count` values read by `at`. */
function argmax(count: number, at: (k: number) => number): number {
  let best = 0;
  for (let k = 1; k < count; k++) if (at(k) > at(best)) best = k;
  return best;
}

/** The largest value of `count` values read by `at`, skipping index `skip`. */
function runnerUp(count: number, skip: number, at: (k: number) => number): number {
  let v = -Infinity;
  for (let k = 0; k < count; k++) if (k !== skip && at(k) > v) v = at(k);
  return v;
}

/** A z-score as a bead score in [0, 1]: 0.5 at the threshold, 1 at twice it. */
const zScore = (z: number, threshold: number): number => Math.min(1, Math.max(0, z / (2 * Math.max(threshold, 1e-9))));

/**
 * Aligns two sides with reordering; every sentence ends in exactly one bead.
 * @throws OptionError when `src.n × tgt.n` is over `maxComparablePairs` (every pair is scored, so
 *   memory grows with the product; the check comes before anything is allocated).
 */
export function alignComparable(src: AlignSide, tgt: AlignSide, options: Partial<ComparableOptions> = {}): Bead[] {
  const o: ComparableOptions = { ...DEFAULT_COMPARABLE_OPTIONS, ...options };
  if (!comparableFits(src.n, tgt.n, o.maxComparablePairs)) throw new OptionError(`alignSentences: ${comparableTooLarge(src.n, tgt.n, o.maxComparablePairs)}`);
  const rows = src.overlaps ? contentOf(src) : [];
  const cols = tgt.overlaps ? contentOf(tgt) : [];
  const n = rows.length;
  const m = cols.length;
  const groupOfS = new Map<number, Group>();
  const groupOfT = new Map<number, Group>();
  const groups: Group[] = [];
  const threshold = pairThreshold(n * m) + o.aboveChance;
  if (n > 0 && m > 0) {
    const { z } = pairScores(src.overlaps![0], tgt.overlaps![0], rows, cols);
    const at = (r: number, c: number) => z[r * m + c];
    const bestT = Int32Array.from({ length: n }, (_, r) => argmax(m, (c) => at(r, c)));
    const bestS = Int32Array.from({ length: m }, (_, c) => argmax(n, (r) => at(r, c)));
    for (let r = 0; r < n; r++) {
      const c = bestT[r];
      const v = at(r, c);
      if (bestS[c] !== r || v < threshold) continue;
      const gap = v - Math.max(runnerUp(m, c, (k) => at(r, k)), runnerUp(n, r, (k) => at(k, c)));
      const g: Group = { src: new Set([r]), tgt: new Set([c]), links: [v], partial: gap < o.matchGap };
      groups.push(g);
      groupOfS.set(r, g);
      groupOfT.set(c, g);
    }
    const candidates: [number, number, number][] = [];
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < m; c++) {
        const v = at(r, c);
        if (v >= threshold && (bestT[r] === c || bestS[c] === r)) candidates.push([v, r, c]);
      }
    }
    candidates.sort((a, b) => b[0] - a[0]);
    for (const [v, r, c] of candidates) {
      const gs = groupOfS.get(r);
      const gt = groupOfT.get(c);
      if (gs && gt) continue;
      if (gt) {
        if (bestT[r] !== c || gt.src.size >= o.maxGroup) continue;
        gt.src.add(r);
        gt.links.push(v);
        gt.partial = true;
        groupOfS.set(r, gt);
      } else if (gs) {
        if (bestS[c] !== r || gs.tgt.size >= o.maxGroup) continue;
        gs.tgt.add(c);
        gs.links.push(v);
        gs.partial = true;
        groupOfT.set(c, gs);
      } else {
        const g: Group = { src: new Set([r]), tgt: new Set([c]), links: [v], partial: true };
        groups.push(g);
        groupOfS.set(r, g);
        groupOfT.set(c, g);
      }
    }
  }
  const beads: Bead[] = [];
  const indices = (set: Set<number>, of: number[]) => [...set].map((k) => of[k]).sort((a, b) => a - b);
  for (const g of groups) {
    const mean = g.links.reduce((a, b) => a + b, 0) / g.links.length;
    beads.push({ src: indices(g.src, rows), tgt: indices(g.tgt, cols), score: zScore(mean, threshold), label: g.partial ? 'partial' : 'match' });
  }
  const inBead = (list: number[], grouped: Map<number, Group>) => new Set(list.filter((_, k) => grouped.has(k)));
  const srcDone = inBead(rows, groupOfS);
  const tgtDone = inBead(cols, groupOfT);
  for (let i = 0; i < src.n; i++) if (!srcDone.has(i)) beads.push({ src: [i], tgt: [], score: 0, label: 'omission' });
  for (let j = 0; j < tgt.n; j++) if (!tgtDone.has(j)) beads.push({ src: [], tgt: [j], score: 0, label: 'addition' });
  // Source order first, additions after, by target index.
  beads.sort((a, b) => (a.src.length ? a.src[0] : Infinity) - (b.src.length ? b.src[0] : Infinity) || (a.tgt[0] ?? 0) - (b.tgt[0] ?? 0));
  return beads;
}
