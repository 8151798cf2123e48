// First pass for long documents: the Gale-Church (length-only) path, searched in a band around the
// length diagonal that widens until the path stays clear of the band's edge. Sentence lengths are
// informative for every language pair (even where an embedder shares no features between the two
// scripts), and a length-only DP is cheap enough to run at full resolution, so the anchor path is
// not blurred the way block-averaged coarse levels blur lengths (averaging many sentences makes
// every block look alike, and a coarse path then drifts by dozens of sentences).
import { bandAroundPath, bandCells, fullBand, lengthDiagonal, touchesEdge, type Band } from './band.js';
import { lengthCosts } from './costs.js';
import { fillDpTable, traceback } from './dp.js';
import { beadPrior } from './beadTypes.js';
import { joinAcrossHole, type CostedPath } from './hole-join.js';
import { lengthCost } from '../length.js';
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

/**
 * Cost of each further sentence of a run of skips on one side, once the run is open (its first
 * sentence pays Gale-Church's skip cost, about 25 nats for a 100-character sentence). A passage
 * missing from one side is a run of hundreds of skips; at Gale-Church's price per sentence the
 * length DP instead spreads the passage's length over the whole document, every bead a little off,
 * and the path is wrong from the first sentence on. At 2 nats a sentence (about what an ill-fitting
 * 1-1 bead costs) a run is opened only where a whole stretch fits nowhere else.
 */
const RUN_COST = 2;

/** Rounds of recentring at one width before the width doubles. */
const RECENTRE_ROUNDS = 4;

/** One search: the path and the band it was found in, with the DP's cost at each node of the path. */
interface Search {
  path: Int32Array;
  band: Band;
  cost: Float64Array;
}

/**
 * The length-only path in a band around `start`, recentred and widened until it stays clear of the
 * band's edge. Each round searches a band around the previous path. A path that touches the edge has
 * been pulled towards the optimum, so the next band, centred on it, reaches further: recentring
 * follows a drift of any size at the cost of one band per round. Rounds that keep touching double
 * the width.
 */
function recentre(srcPrefix: Float64Array, tgtPrefix: Float64Array, start: Int32Array, o: AnchorOptions): Search {
  const n = srcPrefix.length - 1;
  const m = tgtPrefix.length - 1;
  const full = (n + 1) * (m + 1);
  let path = start;
  let width = o.width ?? 24;
  for (let round = 1; ; round++) {
    const band = bandAroundPath(path, n, m, width);
    const wide = bandCells(band) >= full / 2;
    const b = wide ? fullBand(n, m) : band;
    const table = fillDpTable(b, o.types, lengthCosts(b, o.types, srcPrefix, tgtPrefix, o.ratio), o.signal, 0, RUN_COST);
    path = traceback(table).nodes;
    if (wide || !touchesEdge(b, path, o.margin ?? 4)) {
      const cost = new Float64Array(path.length >> 1);
      for (let p = 0; p < path.length; p += 2) cost[p >> 1] = table.cost[b.start[path[p]] + path[p + 1] - b.lo[path[p]]];
      return { path, band: b, cost };
    }
    if (round % RECENTRE_ROUNDS === 0) width *= 2;
  }
}

/** Reversed prefix sums: `out[k]` = length of the last k sentences. */
export function reversedPrefix(prefix: Float64Array): Float64Array {
  const n = prefix.length - 1;
  const out = new Float64Array(n + 1);
  for (let k = 1; k <= n; k++) out[k] = prefix[n] - prefix[n - k];
  return out;
}

/** A search over the reversed documents, as a path from (0, 0) with the cost from each node to (n, m). */
function fromEnd(srcPrefix: Float64Array, tgtPrefix: Float64Array, o: AnchorOptions): CostedPath {
  const n = srcPrefix.length - 1;
  const m = tgtPrefix.length - 1;
  const rs = reversedPrefix(srcPrefix);
  const rt = reversedPrefix(tgtPrefix);
  const { path, cost } = recentre(rs, rt, lengthDiagonal(rs, rt, o.ratio), o);
  const k = path.length >> 1;
  const nodes = new Int32Array(path.length);
  const back = new Float64Array(k);
  for (let p = 0; p < k; p++) {
    nodes[2 * p] = n - path[2 * (k - 1 - p)];
    nodes[2 * p + 1] = m - path[2 * (k - 1 - p) + 1];
    back[p] = cost[k - 1 - p];
  }
  return { nodes, cost: back };
}

/**
 * The anchor path (flat [i, j, ...] nodes from (0, 0) to (n, m)) and the band it was found in. The
 * search runs from the start and from the end of the document; where the two paths differ (a passage
 * is missing from one side, see `hole-join.ts`), the best path that follows the first, skips a run of
 * sentences and follows the second is searched again around itself, and kept when it is cheaper.
 */
export function anchorPath(srcPrefix: Float64Array, tgtPrefix: Float64Array, o: AnchorOptions): { path: Int32Array; band: Band } {
  const fwd = recentre(srcPrefix, tgtPrefix, lengthDiagonal(srcPrefix, tgtPrefix, o.ratio), o);
  const bwd = fromEnd(srcPrefix, tgtPrefix, o);
  const total = fwd.cost[fwd.cost.length - 1];
  const skip = (l: number): number => -Math.log(beadPrior({ ds: 1, dt: 0 })) + lengthCost(l, 0, o.ratio);
  const joined = joinAcrossHole({ nodes: fwd.path, cost: fwd.cost }, bwd, (src, i, j, k) =>
    skip(src ? srcPrefix[i + 1] - srcPrefix[i] : (tgtPrefix[j + 1] - tgtPrefix[j]) / o.ratio) + RUN_COST * (k - 1),
  );
  if (!(joined.cost < total) || sameNodes(joined.nodes, fwd.path)) return fwd;
  const again = recentre(srcPrefix, tgtPrefix, joined.nodes, o);
  return again.cost[again.cost.length - 1] < total ? again : fwd;
}

function sameNodes(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}
