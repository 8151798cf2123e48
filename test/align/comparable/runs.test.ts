// Monotone runs (src/align/comparable/runs.ts): which gap cells a run of 1-1 pairs proposes. Every
// expectation is worked out by hand from the anchors given.
import { describe, expect, it } from 'vitest';
import { matchPairs } from '../../../src/align/comparable/match.js';
import { runCells, type Anchor, type RunGaps } from '../../../src/align/comparable/runs.js';

const pairs = (list: [number, number][]): Anchor[] => list.map(([r, c]) => ({ r, c }));
const options = (o: Partial<RunGaps> = {}): RunGaps => ({ rowFree: () => true, colFree: () => true, at: () => 0, maxGap: 4, minRun: 5, ...o });

describe('runCells', () => {
  // Five anchors in a run: 0:0 1:1 2:2 3:3 6:6. The last step leaves rows 4, 5 and columns 4, 5
  // between them: an even gap, whose diagonal is 4:4 and 5:5, one cell each (k = 1). After the run's
  // last pair comes 7:7; before its first there is no row.
  const run = pairs([[0, 0], [1, 1], [2, 2], [3, 3], [6, 6]]);

  it('fills the diagonal of an even gap in a run, and proposes the cell after its end', () => {
    expect(runCells(run, options())).toEqual([[4, 4, 1], [5, 5, 1], [7, 7, 1]]);
  });

  it('takes the anchors in row order', () => {
    expect(runCells([...run].reverse(), options())).toEqual([[4, 4, 1], [5, 5, 1], [7, 7, 1]]);
  });

  it('proposes the cell before a run that starts inside the matrix, when it is free', () => {
    const later = pairs([[2, 3], [3, 4], [4, 5], [5, 6], [6, 7]]);
    expect(runCells(later, options())).toEqual([[1, 2, 1], [7, 8, 1]]);
    expect(runCells(later, options({ colFree: (c) => c !== 8 }))).toEqual([[1, 2, 1]]);
  });

  it('needs a run of minRun anchors, and a gap of at most maxGap', () => {
    expect(runCells(run, options({ minRun: 6 }))).toEqual([]);
    expect(runCells(run, options({ maxGap: 1 }))).toEqual([]);
  });

  it('leaves a gap alone when any of its rows or columns is paired', () => {
    expect(runCells(run, options({ rowFree: (r) => r !== 5 }))).toEqual([[7, 7, 1]]);
    expect(runCells(run, options({ colFree: (c) => c !== 4 }))).toEqual([[7, 7, 1]]);
  });

  it('places the skip of an uneven gap where the scores fit best (k = 2)', () => {
    // Rows 4, 5 against column 4 (0:0 … 3:3, then 6:5): row 4 or row 5 has no counterpart. The
    // placements are 4:4 (row 5 skipped) and 5:4 (row 4 skipped); the scores pick 5:4. After the
    // run's end: 7:6.
    const uneven = pairs([[0, 0], [1, 1], [2, 2], [3, 3], [6, 5]]);
    const at = (r: number, c: number) => (r === 5 && c === 4 ? 1 : 0.2);
    expect(runCells(uneven, options({ at }))).toEqual([[5, 4, 2], [7, 6, 1]]);
    // With the scores the other way round, 4:4.
    expect(runCells(uneven, options({ at: (r, c) => 1.2 - at(r, c) }))).toEqual([[4, 4, 2], [7, 6, 1]]);
  });

  it('proposes nothing in a gap with two sentences more on one side', () => {
    // 3:3 → 7:5 (3 rows, 1 column between) is no step of the run 0:0 … 3:3, which ends at 3:3: only
    // the cell after that end, 4:4.
    expect(runCells(pairs([[0, 0], [1, 1], [2, 2], [3, 3], [7, 5]]), options({ minRun: 4 }))).toEqual([[4, 4, 1]]);
  });

  it('a drifting chain is no run: steps with two sentences more on one side break it', () => {
    // 0:0 → 4:2 (3 rows, 1 column between) breaks the chain, leaving 4:2 5:3 6:4 9:7: four anchors.
    expect(runCells(pairs([[0, 0], [4, 2], [5, 3], [6, 4], [9, 7]]), options())).toEqual([]);
    // With minRun 4 that run proposes 3:1 before it, its even gap 7:5, 8:6, and 10:8 after it.
    expect(runCells(pairs([[0, 0], [4, 2], [5, 3], [6, 4], [9, 7]]), options({ minRun: 4 }))).toEqual([[3, 1, 1], [7, 5, 1], [8, 6, 1], [10, 8, 1]]);
  });

  it('shuffled order has no run', () => {
    expect(runCells(pairs([[0, 5], [1, 2], [2, 7], [3, 0], [5, 9], [6, 1]]), options({ minRun: 2 }))).toEqual([]);
  });
});

describe('runs in the matcher (matchPairs)', () => {
  // 12 × 12 scores. Ten strong pairs on the diagonal score 95; rows and columns 5, 6 and 11 are
  // weak: their diagonal cells score `weak`, and each also scores 70 with a strong partner's column
  // (row 5 with column 0, 6 with 1, 11 with 2) and row (column 5 with row 0, 6 with 1, 11 with 2), so
  // no weak cell is a best of its row or column. Ten null matrices, constant 0, 10, …, 90: single
  // cells take each value a tenth of the time, so the median the runs ask for is 50. The best pairs'
  // and the order prior's thresholds ask far more of a cell that 40 % of null cells reach (60).
  const n = 12;
  const nulls = Array.from({ length: 10 }, (_, k) => new Float64Array(n * n).fill(10 * k));
  const matrix = (weak: number, col: (r: number) => number) => {
    const score = new Float64Array(n * n);
    for (let r = 0; r < n; r++) score[r * n + col(r)] = [5, 6, 11].includes(r) ? weak : 95;
    [[5, 0], [6, 1], [11, 2]].forEach(([w, s]) => {
      score[w * n + col(s)] = 70;
      score[s * n + col(w)] = 70;
    });
    return score;
  };
  const linked = (score: Float64Array) => matchPairs(score, nulls, n, n, { falseRate: 0.1, orderWindow: 2, maxGroup: 3 }).map((g) => `${g.src}:${g.tgt}`);

  it('pairs the weak cells of a run: its gap 5:5, 6:6 and its end 11:11', () => {
    expect(linked(matrix(60, (r) => r))).toEqual(expect.arrayContaining(['5:5', '6:6', '11:11']));
  });

  it('not when they score under the null median', () => {
    expect(linked(matrix(40, (r) => r)).filter((k) => ['5:5', '6:6', '11:11'].includes(k))).toEqual([]);
  });

  it('not when the strong pairs are in no order (the target shuffled)', () => {
    // Column of row r: 7r mod 12 (7 and 12 coprime: a permutation), so no two strong pairs in
    // consecutive rows lie in consecutive columns.
    const col = (r: number) => (7 * r) % n;
    expect(linked(matrix(60, col)).filter((k) => ['5:11', '6:6', '11:5'].includes(k))).toEqual([]);
  });
});
