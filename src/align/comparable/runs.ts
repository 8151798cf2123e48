// Monotone runs (comparable mode): two write-ups that keep their order, or a translation aligned in
// comparable mode, pair long stretches sentence by sentence. Between two consecutive 1-1 pairs of a
// run, (r₁, c₁) and (r₂, c₂), the free rows and columns in between are most likely each other's
// counterparts in order. With as many rows as columns in the gap, the run names one cell for each
// row, (r₁ + d, c₁ + d); with one sentence more on one side, one of them has no counterpart, and each
// row has two possible cells (the placement of the skip that fits the scores best is taken). Chance
// may hit one or two cells here, not the handful the order prior (order.ts) offers a sentence next
// to a single pair, nor the whole document a best pair is chosen from, so these cells need far less
// evidence (match.ts `runPairs`).

/** A 1-1 pair, by row and column. */
export interface Anchor {
  r: number;
  c: number;
}

/** What `bracketedCells` needs besides the anchors. */
export interface RunGaps {
  /** Whether a row or column is still unpaired (a gap whose rows or columns are paired is left alone). */
  rowFree: (r: number) => boolean;
  colFree: (c: number) => boolean;
  /** A cell's score: which placement of the skip in a gap with one sentence more on one side fits best. */
  at: (r: number, c: number) => number;
  /** Most rows (and columns) in a gap. */
  maxGap: number;
  /** Fewest anchors in the monotone chain holding the two (consecutive in row order, columns rising). */
  minRun: number;
}

/** A cell a run proposes, `[row, column, k]`: k the cells the run allowed its row (1 or 2). */
export type RunCell = [number, number, number];

/**
 * The cells that runs of `anchors` propose in their gaps: between consecutive anchors (in row order)
 * of a monotone chain of at least `minRun`, whose gap has 1 to `maxGap` rows and as many columns or
 * one more or one fewer, all free: the diagonal of an even gap (k = 1), or the diagonal with the one
 * skip placed where the cells' scores sum highest (k = 2).
 */
export function bracketedCells(anchors: readonly Anchor[], o: RunGaps): RunCell[] {
  const a = [...anchors].sort((x, y) => x.r - y.r);
  // Length of the run through each anchor: consecutive anchors, each step down and right by at most
  // `maxGap` + 1 with as many rows as columns, give or take one (two reports that only share their
  // story's order drift by more; a translation's skips and merges are one sentence here and there).
  const up = (k: number) => {
    const dr = a[k].r - a[k - 1].r;
    const dc = a[k].c - a[k - 1].c;
    return dc > 0 && dr <= o.maxGap + 1 && dc <= o.maxGap + 1 && Math.abs(dr - dc) <= 1;
  };
  const chain = new Array<number>(a.length).fill(1);
  for (let k = 1; k < a.length; k++) if (up(k)) chain[k] = chain[k - 1] + 1;
  for (let k = a.length - 2; k >= 0; k--) if (up(k + 1)) chain[k] = chain[k + 1];
  const out: RunCell[] = [];
  for (let k = 0; k + 1 < a.length; k++) {
    const { r: r1, c: c1 } = a[k];
    const rows = a[k + 1].r - r1 - 1;
    const cols = a[k + 1].c - c1 - 1;
    const cells = Math.min(rows, cols);
    if (cells < 1 || Math.max(rows, cols) > o.maxGap || Math.abs(rows - cols) > 1 || chain[k] < o.minRun) continue;
    let free = true;
    for (let d = 1; d <= rows; d++) free &&= o.rowFree(r1 + d);
    for (let d = 1; d <= cols; d++) free &&= o.colFree(c1 + d);
    if (!free) continue;
    // The longer side skips its sentence number `skip` (1-based; none in an even gap): the cells
    // before it lie on the upper anchor's diagonal, those after on the lower one's.
    const path = (skip: number): [number, number][] =>
      Array.from({ length: cells }, (_, q) => {
        const shift = skip && q + 1 >= skip ? 1 : 0;
        return rows > cols ? [r1 + 1 + q + shift, c1 + 1 + q] : [r1 + 1 + q, c1 + 1 + q + shift];
      });
    const fit = (p: [number, number][]) => p.reduce((s, [r, c]) => s + o.at(r, c), 0);
    let best = path(rows === cols ? 0 : cells + 1);
    if (rows !== cols) for (let skip = 1; skip <= cells; skip++) if (fit(path(skip)) > fit(best)) best = path(skip);
    for (const [r, c] of best) out.push([r, c, rows === cols ? 1 : 2]);
  }
  return out;
}
