// The search band of the DP: for each source node row i (0..N), the target nodes lo[i]..hi[i]
// (inclusive). A full DP is the band lo = 0, hi = M. Cells are stored row after row.

/** Rows 0..n of target node ranges, with the offset of each row's first cell in the flat arrays. */
export interface Band {
  readonly n: number;
  readonly m: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** `start[i]` = index of cell (i, lo[i]); `start[n + 1]` = total number of cells. */
  readonly start: Int32Array;
}

/** A band from each row's target range (made monotone and clipped to the grid); `lo`, `hi` are taken over. */
export function bandFromRows(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[n] = m;
  // Monotone edges keep every cell reachable: lo never decreases, hi never decreases.
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i], lo[i + 1]);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i], hi[i - 1]);
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i], m));
    hi[i] = Math.max(lo[i], Math.min(hi[i], m));
    start[i + 1] = start[i] + hi[i] - lo[i] + 1;
  }
  return { n, m, lo, hi, start };
}

/** The whole (n+1)·(m+1) node grid. */
export function fullBand(n: number, m: number): Band {
  return bandFromRows(n, m, new Int32Array(n + 1), new Int32Array(n + 1).fill(m));
}

/**
 * A band around a path of nodes given at a coarser resolution (`scale` fine nodes per coarse node; 1:
 * the path's own): every fine node within `width` rows and columns of the scaled path is inside.
 * `path` is flat: [i0, j0, i1, j1, ...], monotone, from (0, 0) to the end. `width` is one number, or
 * one per node of the path (a band wider in places).
 */
export function bandAroundPath(path: ArrayLike<number>, n: number, m: number, width: number | ArrayLike<number>, scale = 1): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  for (let p = 0; p < path.length; p += 2) {
    const w = typeof width === 'number' ? width : width[p >> 1];
    const i0 = path[p] * scale;
    const j0 = path[p + 1] * scale;
    const iEnd = Math.min(n, i0 + scale - 1 + w);
    const jLo = Math.max(0, j0 - w);
    const jHi = Math.min(m, j0 + scale - 1 + w);
    for (let i = Math.max(0, i0 - w); i <= iEnd; i++) {
      if (jLo < lo[i]) lo[i] = jLo;
      if (jHi > hi[i]) hi[i] = jHi;
    }
  }
  return bandFromRows(n, m, lo, hi);
}

/** Total number of cells in a band. */
export function bandCells(band: Band): number {
  return band.start[band.n + 1];
}

/**
 * The length diagonal as a staircase of nodes (flat [i, j, ...], one step in i or j at a time): at
 * source node i the target node whose cumulative length, divided by `ratio`, is nearest to the
 * source's cumulative length. Where sentence lengths carry the alignment, the true path stays near it.
 */
export function lengthDiagonal(srcPrefix: Float64Array, tgtPrefix: Float64Array, ratio: number): Int32Array {
  const n = srcPrefix.length - 1;
  const m = tgtPrefix.length - 1;
  const out: number[] = [0, 0];
  let j = 0;
  for (let i = 1; i <= n; i++) {
    const want = srcPrefix[i] * ratio;
    let next = j;
    while (next < m && Math.abs(tgtPrefix[next + 1] - want) <= Math.abs(tgtPrefix[next] - want)) next++;
    if (i === n) next = m;
    while (j < next) out.push(i - 1, ++j);
    out.push(i, j);
  }
  while (j < m) out.push(n, ++j);
  return Int32Array.from(out);
}

/** Whether node (i, j) is within `margin` nodes of the band's inner edge (the grid's own borders do not count). */
function nearEdge(band: Band, i: number, j: number, margin: number): boolean {
  if (band.lo[i] > 0 && j - band.lo[i] < margin) return true;
  if (band.hi[i] < band.m && band.hi[i] - j < margin) return true;
  // rows: the column's first/last row in the band is implied by lo/hi monotonicity
  if (i + margin <= band.n && band.lo[Math.min(band.n, i + margin)] > j) return true;
  return i - margin >= 0 && band.hi[Math.max(0, i - margin)] < j;
}

/**
 * Whether a path (flat nodes) comes within `margin` nodes of the band's inner edge anywhere (the grid's
 * own borders do not count). A path that stays clear of the edge is, in practice, the same path a
 * wider band would give; one that touches it may have been cut off.
 */
export function touchesEdge(band: Band, path: ArrayLike<number>, margin: number): boolean {
  for (let p = 0; p < path.length; p += 2) if (nearEdge(band, path[p], path[p + 1], margin)) return true;
  return false;
}

/**
 * Half-widths for a band around `path` (one per node, for {@link bandAroundPath}) that is `width` wide
 * where the path stayed clear of `band`'s edge and `wider` within `reach` nodes (along the path) of
 * each node that came within `margin` of it: the band grows where the path was cut off, not along
 * the whole document.
 */
export function widthsNearEdge(band: Band, path: ArrayLike<number>, margin: number, width: number, wider: number, reach: number): Int32Array {
  const k = path.length >> 1;
  const out = new Int32Array(k).fill(width);
  let until = -1;
  // Forward sweep marks nodes up to `reach` after a touching node; the backward sweep those before.
  for (let p = 0; p < k; p++) {
    if (nearEdge(band, path[2 * p], path[2 * p + 1], margin)) until = p + reach;
    if (p <= until) out[p] = wider;
  }
  let from = k;
  for (let p = k - 1; p >= 0; p--) {
    if (nearEdge(band, path[2 * p], path[2 * p + 1], margin)) from = p - reach;
    if (p >= from) out[p] = wider;
  }
  return out;
}
