// First pass for long documents: the Gale-Church (length-only) path, searched in a band around the
// length diagonal that widens until the path stays clear of the band's edge. Sentence lengths are
// informative for every language pair (even where an embedder shares no features between the two
// scripts), and a length-only DP is cheap enough to run at full resolution, so the anchor path is
// not blurred the way block-averaged coarse levels blur lengths (averaging many sentences makes
// every block look alike, and a coarse path then drifts by dozens of sentences).
import { bandAroundPath, bandCells, fullBand, lengthDiagonal, touchesEdge, type Band } from './band.js';
import { lengthCosts } from './costs.js';
import { fillDpTable, traceback } from './dp.js';
import type { BeadType } from '../types.js';

/** Options of the anchor pass. */
export interface AnchorOptions {
  /** Bead shapes the length DP may use. */
  types: readonly BeadType[];
  /** Target/source length ratio. */
  ratio: number;
  /** First half-width, in sentences, of the band around the length diagonal. @default 24 */
  width?: number;
  /** The path must stay this many nodes clear of the band's edge, or the band doubles. @default 4 */
  margin?: number;
  signal?: AbortSignal;
}

/** Rounds of recentring at one width before the width doubles. */
const RECENTRE_ROUNDS = 4;

/** The anchor path (flat [i, j, ...] nodes from (0, 0) to (n, m)) and the band it was found in. */
export function anchorPath(srcPrefix: Float64Array, tgtPrefix: Float64Array, o: AnchorOptions): { path: Int32Array; band: Band } {
  const n = srcPrefix.length - 1;
  const m = tgtPrefix.length - 1;
  let path: Int32Array = lengthDiagonal(srcPrefix, tgtPrefix, o.ratio);
  const full = (n + 1) * (m + 1);
  let width = o.width ?? 24;
  // Each round searches a band around the previous path. A path that touches the edge has been pulled
  // towards the optimum, so the next band, centred on it, reaches further: recentring follows a drift
  // of any size at the cost of one band per round. Rounds that keep touching double the width.
  for (let round = 1; ; round++) {
    const band = bandAroundPath(path, n, m, width);
    const wide = bandCells(band) >= full / 2;
    const b = wide ? fullBand(n, m) : band;
    path = traceback(fillDpTable(b, o.types, lengthCosts(b, o.types, srcPrefix, tgtPrefix, o.ratio), o.signal)).nodes;
    if (wide || !touchesEdge(b, path, o.margin ?? 4)) return { path, band: b };
    if (round % RECENTRE_ROUNDS === 0) width *= 2;
  }
}
