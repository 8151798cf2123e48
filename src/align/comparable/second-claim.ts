// Second claims (comparable mode): one sentence carrying the claims of two on the other side, as two
// reports of one story often merge them (the seeds' id#15 "Amir-Abdullahian held separate meetings
// with Vice President Delcy Rodríguez, Oil Minister Tareck El Aissami, …" carries both en#18, the
// talks with the oil minister, and en#19, the meeting with the vice president).
//
// The ratio margin of such a second pair is low by construction: the paired sentence's nearest
// neighbours include the partner it already has, much closer than anything else, so the second pair
// looks ordinary beside it. Here an unpaired sentence is scored against a paired one by the margin
// against that sentence's OTHER neighbours (its group's members left out of its k nearest).
// Candidates are sentences NEXT TO a partner (the sentence before or after it on the same side): a
// report that merges two claims merges neighbouring ones, and a wider search paired unrelated
// sentences that only share a name with the partner (hand-made pairs in
// test/align/comparable/comparable-pairs.test.ts). Each candidate is the best of its k cells (one
// or two), judged as the order prior's candidates are (match.ts `orderThreshold`) against the same
// margins of the null documents' cells, where each null sentence's best partner other than the cell's
// own stands in for the partner.
import { ratioMargin, type MarginMatrix } from '../similarity.js';
import { nullSample, type NullSample } from './null.js';

/** A margin matrix read along rows (source sentences as rows) or transposed (target sentences as rows). */
interface Oriented {
  rows: number;
  cols: number;
  cos: (r: number, c: number) => number;
  /** k-NN mean of each row. */
  knnRow: Float64Array;
}

/** What second claims read of a margin matrix: its cosines and k-NN means. */
export type CosineMatrix = Pick<MarginMatrix, 'n' | 'm' | 'cos' | 'knnSrc' | 'knnTgt'>;

function oriented(mm: CosineMatrix, transposed: boolean): Oriented {
  const { n, m, cos } = mm;
  return transposed
    ? { rows: m, cols: n, cos: (r, c) => cos[c * m + r], knnRow: mm.knnTgt }
    : { rows: n, cols: m, cos: (r, c) => cos[r * m + c], knnRow: mm.knnSrc };
}

/** The `count` largest cosines of column `c`, largest first, with their rows, leaving out rows `skip`. */
function columnTop(o: Oriented, c: number, count: number, skip: (r: number) => boolean = () => false): { rows: number[]; values: number[] } {
  const rows: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < o.rows; r++) {
    if (skip(r)) continue;
    const v = o.cos(r, c);
    if (values.length === count && v <= values[count - 1]) continue;
    let at = Math.min(values.length, count - 1);
    while (at > 0 && values[at - 1] < v) at--;
    values.splice(at, 0, v);
    rows.splice(at, 0, r);
    if (values.length > count) {
      values.pop();
      rows.pop();
    }
  }
  return { rows, values };
}

const mean = (values: readonly number[]): number => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Most null cells sampled per orientation (evenly spaced). */
const CELL_SAMPLE = 50_000;

/**
 * What a second claim scores by chance: the cells of the null matrices, read along rows and along
 * columns, each against its column's k nearest rows with the column's best row other than the cell's
 * own left out (that row standing for the partner).
 */
export function secondClaimNull(nulls: readonly CosineMatrix[], k: number): NullSample {
  const values: number[] = [];
  for (const transposed of [false, true]) {
    const total = nulls.reduce((a, z) => a + z.n * z.m, 0);
    const stride = Math.max(1, Math.ceil(total / CELL_SAMPLE));
    let q = 0;
    for (const z of nulls) {
      const o = oriented(z, transposed);
      for (let c = 0; c < o.cols; c++) {
        // Leaving one of the k + 1 nearest out, the rest are the column's k nearest.
        const top = columnTop(o, c, k + 1);
        const sum = top.values.reduce((a, b) => a + b, 0);
        const without = (rank: number) => (sum - (top.values[rank] ?? 0)) / Math.max(1, top.values.length - 1);
        for (let r = 0; r < o.rows; r++, q++) {
          if (q % stride === 0) values.push(ratioMargin(o.cos(r, c), o.knnRow[r], without(top.rows[0] === r ? 1 : 0)));
        }
      }
    }
  }
  return nullSample(values);
}

/** A second-claim candidate, as the order prior's: `[score, row, column, k]` (matrix terms), the best of k cells. */
export type SecondClaim = [number, number, number, number];

/**
 * Candidates for a second claim in margin matrix `mm` (neighbours `k`): each unpaired sentence's best
 * margin against a paired sentence of the other side whose group has room and holds the sentence
 * before or after it, that sentence's partners left out of its neighbours, with the number of such
 * sentences it was chosen from (one or two). Read along rows
 * and transposed: `free(transposed, r)` says whether sentence r of the side read as rows is unpaired,
 * `partners(transposed, c)` gives the partners of sentence c of the side read as columns (undefined
 * when it is unpaired or its group is full).
 */
export function secondClaims(
  mm: CosineMatrix,
  k: number,
  free: (transposed: boolean, r: number) => boolean,
  partners: (transposed: boolean, c: number) => readonly number[] | undefined,
): SecondClaim[] {
  const out: SecondClaim[] = [];
  for (const transposed of [false, true]) {
    const o = oriented(mm, transposed);
    const columns = Array.from({ length: o.cols }, (_, c) => c).filter((c) => partners(transposed, c));
    if (!columns.length) continue;
    // Each paired column's k nearest rows other than its partners: the same for every candidate row.
    const others = columns.map((c) => mean(columnTop(o, c, k, (x) => partners(transposed, c)!.includes(x)).values));
    for (let r = 0; r < o.rows; r++) {
      if (!free(transposed, r)) continue;
      let best = -Infinity;
      let at = -1;
      let tried = 0;
      columns.forEach((c, q) => {
        if (!partners(transposed, c)!.some((p) => Math.abs(p - r) === 1)) return;
        tried++;
        const v = ratioMargin(o.cos(r, c), o.knnRow[r], others[q]);
        if (v > best) {
          best = v;
          at = c;
        }
      });
      if (tried) out.push(transposed ? [best, at, r, tried] : [best, r, at, tried]);
    }
  }
  return out;
}
