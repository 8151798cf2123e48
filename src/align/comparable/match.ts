// Comparable mode's decisions on a score matrix (index.ts describes the steps): which pairs are
// accepted, and which sentences join a pair's group. Pure: matrix in, groups out.
import { falseRateThreshold, nullSample, nullShare, survival, topTwo, type NullSample } from './null.js';
import { supportedColumns } from './order.js';
import { runCells } from './runs.js';
import { secondClaimNull, secondClaims, type CosineMatrix } from './second-claim.js';

/** Sentences paired together, by row and column of the matrix. */
export interface PairGroup {
  src: number[];
  tgt: number[];
  /** Strength of each link that built the group, in [0, 1]: `strength(score, threshold)`. */
  strength: number[];
}

/** What `matchPairs` needs of the options (see `ComparableOptions`). */
export interface MatchOptions {
  falseRate: number;
  orderWindow: number;
  maxGroup: number;
}

/** Most cells sampled for the null of single cells (evenly spaced). */
const CELL_SAMPLE = 100_000;

/** Rounds of the order prior (each may support new cells next to the pairs the last one found). */
const ORDER_ROUNDS = 4;

/** A link's score as a bead score in [0, 1]: 0.5 at the threshold it cleared, 1 at twice it. */
export const strength = (score: number, threshold: number): number => Math.min(1, Math.max(0, score / (2 * Math.max(threshold, 1e-9))));

class Groups {
  readonly list: PairGroup[] = [];
  readonly ofRow: (PairGroup | undefined)[];
  readonly ofCol: (PairGroup | undefined)[];

  constructor(n: number, m: number, readonly maxGroup: number) {
    this.ofRow = new Array(n);
    this.ofCol = new Array(m);
  }

  /** Groups holding `list` (the same objects: later links extend them). */
  static of(list: readonly PairGroup[], n: number, m: number, maxGroup: number): Groups {
    const groups = new Groups(n, m, maxGroup);
    for (const g of list) {
      groups.list.push(g);
      for (const r of g.src) groups.ofRow[r] = g;
      for (const c of g.tgt) groups.ofCol[c] = g;
    }
    return groups;
  }

  /** Adds link r–c: a new group when both are free, a join when one is paired (and its group has room). */
  link(r: number, c: number, strength: number): boolean {
    const gr = this.ofRow[r];
    const gc = this.ofCol[c];
    if (gr && gc) return false;
    if (gc) {
      if (gc.src.length >= this.maxGroup) return false;
      gc.src.push(r);
      gc.strength.push(strength);
      this.ofRow[r] = gc;
    } else if (gr) {
      if (gr.tgt.length >= this.maxGroup) return false;
      gr.tgt.push(c);
      gr.strength.push(strength);
      this.ofCol[c] = gr;
    } else {
      const g: PairGroup = { src: [r], tgt: [c], strength: [strength] };
      this.list.push(g);
      this.ofRow[r] = g;
      this.ofCol[c] = g;
    }
    return true;
  }
}

/** Each row's and column's best cell, and the thresholds best pairs must clear (`bestThresholds`). */
export interface BestThresholds {
  rowBest: ReturnType<typeof topTwo>[];
  colBest: ReturnType<typeof topTwo>[];
  /** A mutual best pair, counting every sentence as one that may have no counterpart. */
  t: number;
  /** A one-sided best pair (half the rate: one sentence's choice behind it, not two). */
  tOne: number;
  /**
   * The estimated share of sentences with no counterpart (`nullShare` of the bests' chance
   * probabilities): the shared-evidence step (`sharedPairs`) expects chance passes only of it.
   */
  share: number;
}

/**
 * The bests of each row and column of `score` and the false-rate thresholds of these n + m tests
 * against the null documents' bests `nul` (exported for scripts/comparable-diag.ts).
 */
export function bestThresholds(score: Float64Array, n: number, m: number, nul: NullSample, falseRate: number): BestThresholds {
  const rowBest = Array.from({ length: n }, (_, r) => topTwo(m, (c) => score[r * m + c]));
  const colBest = Array.from({ length: m }, (_, c) => topTwo(n, (r) => score[r * m + c]));
  const tests = [...rowBest.map((b) => b.first), ...colBest.map((b) => b.first)];
  const expected = (x: number) => (n + m) * survival(nul, x);
  const share = nullShare(tests.map((x) => survival(nul, x)));
  return {
    rowBest,
    colBest,
    t: falseRateThreshold(tests, expected, falseRate),
    tOne: falseRateThreshold(tests, expected, falseRate / 2),
    share,
  };
}

/**
 * Best pairs (step 2): the best of each row and of each column, accepted at the false-rate threshold
 * of n + m tests against the null documents' bests; mutual pairs first, then one-sided ones (at half
 * the rate) strongest first, joining the group of an already paired partner.
 */
function bestPairs(b: BestThresholds, groups: Groups): void {
  const { rowBest, colBest, t, tOne } = b;
  const candidates: [number, number, number][] = [];
  rowBest.forEach((x, r) => x.first >= t && candidates.push([x.first, r, x.best]));
  colBest.forEach((x, c) => x.first >= t && rowBest[x.best].best !== c && candidates.push([x.first, x.best, c]));
  const mutual = (r: number, c: number) => rowBest[r].best === c && colBest[c].best === r;
  candidates.sort((a, b) => Number(mutual(b[1], b[2])) - Number(mutual(a[1], a[2])) || b[0] - a[0]);
  for (const [v, r, c] of candidates) if (mutual(r, c) || v >= tOne) groups.link(r, c, strength(v, mutual(r, c) ? t : tOne));
}

/**
 * What a pair's lengths and numbers say (side-evidence.ts `pairEvidence`), learned from the sure pairs
 * given: a log likelihood ratio in nats for each row and column.
 */
export type PairEvidence = (sure: readonly (readonly [number, number])[]) => (r: number, c: number) => number;

/** Cells among which a sentence's evidence chooses (`sharedPairs`): its highest-scoring ones. */
const CHOICES = 3;

/** Indices of the `k` largest of `count` values read by `at`, largest first. */
function topIndices(count: number, k: number, at: (q: number) => number): number[] {
  const top: number[] = [];
  for (let q = 0; q < count; q++) {
    const v = at(q);
    if (top.length === k && v <= at(top[k - 1])) continue;
    let p = Math.min(top.length, k - 1);
    top[p] = q;
    for (; p > 0 && v > at(top[p - 1]); p--) [top[p], top[p - 1]] = [top[p - 1], top[p]];
  }
  return top;
}

/** A sentence's choice: its test value (`sharedPairs`) and the partner it names. */
interface Choice {
  value: number;
  partner: number;
}

/**
 * Shared-evidence pairs (step 3, after the order prior, so that order-supported cells are claimed
 * first): mutual choices of two still unpaired sentences, where chance passes are expected only of
 * the share of sentences the document's own tests say have no counterpart.
 *
 * A cell's test value is its chance probability p (the share of the null documents' bests that
 * score as high) weighted by what its lengths and numbers say (`evidence`, a log likelihood ratio in
 * nats): −log p + evidence, the weighted p-values of Genovese, Roeder and Wasserman. Each sentence
 * chooses the cell of highest value among its `CHOICES` highest-scoring ones, so a right partner the
 * score puts second can win on its lengths and numbers. The threshold is set on what chance gives the
 * same value: each null document's row (column) makes the same choice among its own `CHOICES` best
 * scores, each weighted by the evidence of the real sentence's next-best cells (its 2nd, 3rd, …). A
 * chance best is a cell the score picked among unrelated ones, and the score is not blind to length
 * (short sentences pair with short ones), so its evidence is drawn as such a cell's is, not as a
 * random cell's. The evidence thus reorders the tests without letting more chance pairs through.
 * Without evidence this is the score threshold of the bests at `b.share` of the false rate's
 * expected chance passes.
 */
function sharedPairs(b: BestThresholds, score: Float64Array, nulls: readonly Float64Array[], nul: NullSample, evidence: (r: number, c: number) => number, falseRate: number, groups: Groups): number {
  const n = b.rowBest.length;
  const m = b.colBest.length;
  const chanceOf = (v: number) => -Math.log(survival(nul, v));
  const cellOf = (transposed: boolean, r: number, c: number) => (transposed ? c * m + r : r * m + c);
  const real: Choice[][] = [];
  const chance: number[] = [];
  for (const transposed of [false, true]) {
    const [count, other] = transposed ? [m, n] : [n, m];
    const weigh = (r: number, c: number) => (transposed ? evidence(c, r) : evidence(r, c));
    const choices: Choice[] = [];
    for (let r = 0; r < count; r++) {
      const top = topIndices(other, CHOICES + 1, (c) => score[cellOf(transposed, r, c)]);
      let best: Choice = { value: -Infinity, partner: -1 };
      for (const c of top.slice(0, CHOICES)) {
        const value = chanceOf(score[cellOf(transposed, r, c)]) + weigh(r, c);
        if (value > best.value) best = { value, partner: c };
      }
      choices.push(best);
      // What chance gives this sentence: a null document's best scores, with the evidence of the
      // real sentence's cells after its best.
      const next = top.slice(1).map((c) => weigh(r, c));
      for (const z of nulls) {
        const values = topIndices(other, next.length, (c) => z[cellOf(transposed, r, c)]).map((c) => z[cellOf(transposed, r, c)]);
        chance.push(Math.max(...values.map((v, k) => chanceOf(v) + next[k])));
      }
    }
    real.push(choices);
  }
  const [rows, cols] = real;
  const tests = [...rows, ...cols].map((x) => x.value);
  const chanceSample = nullSample(chance);
  const t = falseRateThreshold(tests, (x) => b.share * tests.length * survival(chanceSample, x), falseRate);
  let found = 0;
  rows.forEach(({ value, partner: c }, r) => {
    if (value < t || cols[c].partner !== r || groups.ofRow[r] || groups.ofCol[c]) return;
    groups.link(r, c, strength(value, t));
    found++;
  });
  return found;
}

/**
 * The false-rate threshold of the order prior's candidates, `[score, row, column, k]`: each the best
 * of its k free supported cells, which by chance scores v or more with probability 1 − (1 − S(v))^k,
 * S the survival of single null cells (`cells`), so the candidates together expect Σk · S(v) chance
 * passes, counting only the estimated share of candidates with no counterpart (`nullShare`).
 */
export function orderThreshold(candidates: readonly (readonly [number, number, number, number])[], cells: NullSample, falseRate: number): number {
  const tried = candidates.reduce((a, x) => a + x[3], 0);
  const share = nullShare(candidates.map(([v, , , k]) => 1 - (1 - survival(cells, v)) ** k));
  return falseRateThreshold(
    candidates.map((x) => x[0]),
    (v) => share * tried * survival(cells, v),
    falseRate,
  );
}

/**
 * Order prior (step 3): each unpaired row's best free cell among those its neighbours' pairs support,
 * accepted at the false-rate threshold where chance may hit any of the supported cells (counting
 * only the estimated share of candidates with no counterpart, `nullShare`); the same for columns
 * (the matrix transposed). Repeats while it finds pairs.
 */
function orderPairs(score: Float64Array, n: number, m: number, cells: NullSample, o: MatchOptions, groups: Groups): void {
  for (let round = 0; round < ORDER_ROUNDS; round++) {
    const candidates: [number, number, number, number][] = [];
    for (const transposed of [false, true]) {
      const [rows, cols] = transposed ? [m, n] : [n, m];
      const mine = transposed ? groups.ofCol : groups.ofRow;
      const theirs = transposed ? groups.ofRow : groups.ofCol;
      const linked = Array.from({ length: rows }, (_, r) => (transposed ? mine[r]?.src : mine[r]?.tgt) ?? []);
      for (let r = 0; r < rows; r++) {
        if (mine[r]) continue;
        const free = supportedColumns(linked, r, cols, o.orderWindow).filter((c) => !theirs[c]);
        if (!free.length) continue;
        const at = (c: number) => (transposed ? score[c * m + r] : score[r * m + c]);
        const c = free.reduce((a, b) => (at(b) > at(a) ? b : a));
        candidates.push(transposed ? [at(c), c, r, free.length] : [at(c), r, c, free.length]);
      }
    }
    const t = orderThreshold(candidates, cells, o.falseRate);
    candidates.sort((a, b) => b[0] - a[0]);
    let found = 0;
    for (const [v, r, c] of candidates) {
      if (v < t || groups.ofRow[r] || groups.ofCol[c]) continue;
      groups.link(r, c, strength(v, t));
      found++;
    }
    if (!found) return;
  }
}

/** Most rows (and columns) in a run's gap that `runPairs` fills, and between two pairs of a run (runs.ts). */
const RUN_GAP = 4;

/** Fewest 1-1 pairs in a run before it proposes cells (runs.ts `runCells`). */
const MIN_RUN = 5;

/** The score the best of k unrelated cells reaches half the time: the null cells' 1 − ½^(1/k) upper quantile. */
const halfChance = (cells: NullSample, k: number): number => {
  const a = cells.sorted;
  return a[Math.min(a.length - 1, Math.floor(a.length * 0.5 ** (1 / k)))];
};

/**
 * Runs (runs.ts): the cells a monotone run of 1-1 pairs proposes in its gaps and at its ends,
 * accepted when they score above what the best of their k possible cells scores by chance half the
 * time (k = 1 or 2: more like a pair than a typical unrelated one; the run's order supplies the
 * rest). Their strength is measured against the best pairs' threshold `t`: a pair the run carries is
 * no surer than its own similarity says. Repeats while it finds pairs (a run grows a pair at a time).
 */
function runPairs(score: Float64Array, n: number, m: number, cells: NullSample, t: number, groups: Groups): number {
  let total = 0;
  for (let round = 0; round < n + m; round++) {
    const anchors = groups.list.filter((g) => g.src.length === 1 && g.tgt.length === 1).map((g) => ({ r: g.src[0], c: g.tgt[0] }));
    const candidates = runCells(anchors, {
      rowFree: (r) => !groups.ofRow[r],
      colFree: (c) => !groups.ofCol[c],
      at: (r, c) => score[r * m + c],
      maxGap: RUN_GAP,
      minRun: MIN_RUN,
    });
    let found = 0;
    for (const [r, c, k] of candidates) {
      // Two runs' ends may propose one cell; the last row or column has no next.
      if (r >= n || c >= m || groups.ofRow[r] || groups.ofCol[c] || score[r * m + c] < halfChance(cells, k)) continue;
      if (groups.link(r, c, strength(score[r * m + c], t))) found++;
    }
    total += found;
    if (!found) break;
  }
  return total;
}

/** Bests of every row and column of each null matrix: what a sentence's best score reaches by chance. */
export function bestNull(nulls: readonly Float64Array[], n: number, m: number): NullSample {
  const values: number[] = [];
  for (const z of nulls) {
    for (let r = 0; r < n; r++) values.push(topTwo(m, (c) => z[r * m + c]).first);
    for (let c = 0; c < m; c++) values.push(topTwo(n, (r) => z[r * m + c]).first);
  }
  return nullSample(values);
}

/** At most `CELL_SAMPLE` cells of the null matrices, evenly spaced: what a single pair scores by chance. */
function cellNull(nulls: readonly Float64Array[]): NullSample {
  const total = nulls.reduce((a, z) => a + z.length, 0);
  const stride = Math.max(1, Math.ceil(total / CELL_SAMPLE));
  const values: number[] = [];
  let k = 0;
  for (const z of nulls) for (let q = 0; q < z.length; q++, k++) if (k % stride === 0) values.push(z[q]);
  return nullSample(values);
}

/**
 * Second claims (step 4, second-claim.ts): an unpaired sentence next to a paired one joins that pair
 * when its margin against the partner's other neighbours clears the false-rate threshold of the
 * null documents' margins, and the partner is its best match or it is the partner's.
 */
function secondPairs(input: SecondClaimInput, b: BestThresholds, o: MatchOptions, groups: Groups): void {
  const room = (g: PairGroup | undefined, side: 'src' | 'tgt') => (g && g[side].length < o.maxGroup ? g : undefined);
  const candidates = secondClaims(
    input.margins,
    input.k,
    (transposed, r) => !(transposed ? groups.ofCol : groups.ofRow)[r],
    (transposed, c) => (transposed ? room(groups.ofRow[c], 'tgt')?.tgt : room(groups.ofCol[c], 'src')?.src),
  );
  const t = orderThreshold(candidates, secondClaimNull(input.nullMargins, input.k), o.falseRate);
  candidates.sort((x, y) => y[0] - x[0]);
  for (const [v, r, c] of candidates) {
    // Thresholded among all candidates (the null share is estimated from them all), then kept only
    // where one of the two sentences is the other's best match: a margin raised by leaving the
    // partner out must not pair a sentence with one it likes less than another.
    if (v < t || (b.rowBest[r].best !== c && b.colBest[c].best !== r)) continue;
    groups.link(r, c, strength(v, t));
  }
}

/** The margin matrices behind the scores, which second claims re-score (second-claim.ts), and their neighbours k. */
export interface SecondClaimInput {
  margins: CosineMatrix;
  nullMargins: readonly CosineMatrix[];
  k: number;
}

/**
 * Groups of paired rows and columns of a row-major n × m score matrix (ratio margins), decided
 * against the same scores of null documents (`nulls`, same shape; null-document.ts).
 */
export function matchPairs(score: Float64Array, nulls: readonly Float64Array[], n: number, m: number, o: MatchOptions, evidence?: PairEvidence): PairGroup[] {
  const groups = new Groups(n, m, o.maxGroup);
  const nul = bestNull(nulls, n, m);
  const bests = bestThresholds(score, n, m, nul, o.falseRate);
  const cells = o.orderWindow > 0 ? cellNull(nulls) : undefined;
  bestPairs(bests, groups);
  if (cells) orderPairs(score, n, m, cells, o, groups);
  const sure = groups.list.filter((g) => g.src.length === 1 && g.tgt.length === 1).map((g) => [g.src[0], g.tgt[0]] as const);
  const weigh = evidence ? evidence(sure) : () => 0;
  if (sharedPairs(bests, score, nulls, nul, weigh, o.falseRate, groups) && cells) orderPairs(score, n, m, cells, o, groups);
  if (cells && runPairs(score, n, m, cells, bests.t, groups)) orderPairs(score, n, m, cells, o, groups);
  return groups.list;
}

/**
 * `list` (groups `matchPairs` decided on the same matrices) with second claims joined (step 4,
 * `secondPairs`); the groups of `list` are extended in place.
 */
export function joinSecondClaims(list: readonly PairGroup[], score: Float64Array, nulls: readonly Float64Array[], n: number, m: number, o: MatchOptions, input: SecondClaimInput): PairGroup[] {
  const groups = Groups.of(list, n, m, o.maxGroup);
  secondPairs(input, bestThresholds(score, n, m, bestNull(nulls, n, m), o.falseRate), o, groups);
  return groups.list;
}
