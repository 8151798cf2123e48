// Monotone runs (comparable mode): two write-ups that keep their order, or a translation aligned in
// comparable mode, pair long stretches sentence by sentence. In a run of 1-1 pairs, the free rows
// and columns between two consecutive pairs (r₁, c₁) and (r₂, c₂) are most likely each other's
// counterparts in order. With as many rows as columns in the gap, the run names one cell for each
// row, (r₁ + d, c₁ + d); with one sentence more on one side, one of them has no counterpart, and each
// row has two possible cells (the placement of the skip that fits the scores best is taken). At a
// run's ends it names the next cell along its diagonal. Chance may hit one or two cells here, not
// the handful the order prior (order.ts) offers a sentence next to a single pair, nor the whole
// document a best pair is chosen from, so these cells need far less evidence (match.ts `runPairs`).

/** A 1-1 pair, by row and column. */
export interface Anchor {
  r: number;
  c: number;
}

/** What `runCells` needs besides the anchors. */
export interface RunGaps {
  /** Whether a row or column is still unpaired (a gap whose rows or columns are paired is left alone). */
  rowFree: (r: number) => boolean;
  colFree: (c: number) => boolean;
  /** A cell's score: which placement of the skip in a gap with one sentence more on one side fits best. */
  at: (r: number, c: number) => number;
  /** Most rows (and columns) in a gap, and between two pairs of a run. */
  maxGap: number;
  /** Fewest pairs in a run (fewer are pairs that happen to line up). */
  minRun: number;
}

/** A cell a run proposes, `[row, column, k]`: k the cells the run allowed its row (1 or 2). */
export type RunCell = [number, number, number];

/**
 * The cells that runs of `anchors` propose. A run is a chain of anchors consecutive in row order,
 * each down and right of the last by at most `maxGap` + 1, with as many rows as columns give or take
 * one (two reports that only share their story's order drift by more; a translation's skips and
 * merges are one sentence here and there), at least `minRun` long. Proposed, when all its rows and
 * columns are free: the diagonal of a gap of 1 to `maxGap` rows and as many columns (k = 1), or of
 * one with one column more or fewer, the skip placed where the cells' scores sum highest (k = 2); and
 * the cell after a run's last pair and before its first (k = 1).
 */
export function runCells(anchors: readonly Anchor[], o: RunGaps): RunCell[] {
  const a = [...anchors].sort((x, y) => x.r - y.r);
  const step = (k: number) => {
    const dr = a[k].r - a[k - 1].r;
    const dc = a[k].c - a[k - 1].c;
    return dc > 0 && dr <= o.maxGap + 1 && dc <= o.maxGap + 1 && Math.abs(dr - dc) <= 1;
  };
  // Length of the run through each anchor.
  const chain = new Array<number>(a.length).fill(1);
  for (let k = 1; k < a.length; k++) if (step(k)) chain[k] = chain[k - 1] + 1;
  for (let k = a.length - 2; k >= 0; k--) if (step(k + 1)) chain[k] = chain[k + 1];
  const out: RunCell[] = [];
  for (let k = 0; k < a.length; k++) {
    if (chain[k] < o.minRun) continue;
    const { r, c } = a[k];
    const first = k === 0 || !step(k);
    const last = k + 1 === a.length || !step(k + 1);
    if (first && r > 0 && c > 0 && o.rowFree(r - 1) && o.colFree(c - 1)) out.push([r - 1, c - 1, 1]);
    if (last && o.rowFree(r + 1) && o.colFree(c + 1)) out.push([r + 1, c + 1, 1]);
    if (!last) out.push(...gapCells(a[k], a[k + 1], o));
  }
  return out;
}

/** The cells of the gap between two consecutive pairs of a run (`runCells`); none when it is empty, uneven by more than one, or not free. */
function gapCells({ r: r1, c: c1 }: Anchor, { r: r2, c: c2 }: Anchor, o: RunGaps): RunCell[] {
  const rows = r2 - r1 - 1;
  const cols = c2 - c1 - 1;
  const cells = Math.min(rows, cols);
  if (cells < 1 || Math.max(rows, cols) > o.maxGap || Math.abs(rows - cols) > 1) return [];
  for (let d = 1; d <= rows; d++) if (!o.rowFree(r1 + d)) return [];
  for (let d = 1; d <= cols; d++) if (!o.colFree(c1 + d)) return [];
  // The longer side leaves out its sentence number `skip` (1-based; cells + 1: the last; none in an
  // even gap): the cells before it lie on the upper pair's diagonal, those after on the lower one's.
  const path = (skip: number): [number, number][] =>
    Array.from({ length: cells }, (_, q) => {
      const shift = q + 1 >= skip ? 1 : 0;
      return rows > cols ? [r1 + 1 + q + shift, c1 + 1 + q] : [r1 + 1 + q, c1 + 1 + q + shift];
    });
  const fit = (p: [number, number][]) => p.reduce((s, [r, c]) => s + o.at(r, c), 0);
  let best = path(cells + 1);
  if (rows !== cols) for (let skip = 1; skip <= cells; skip++) if (fit(path(skip)) > fit(best)) best = path(skip);
  return best.map(([r, c]) => [r, c, rows === cols ? 1 : 2]);
}
