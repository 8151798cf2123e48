// First pass for long documents: the Gale-Church (length-only) path, searched in a band around the
// length diagonal that widens until the path stays clear of the band's edge. Sentence lengths are
// informative for every language pair (even where an embedder shares no features between the two
// scripts), and a length-only DP is cheap enough to run at full resolution, so the anchor path is
// not blurred the way block-averaged coarse levels blur lengths (averaging many sentences makes
// every block look alike, and a coarse path then drifts by dozens of sentences).
import { bandAroundPath, bandCells, bandFromRows, fullBand, lengthDiagonal, touchesEdge, type Band } from './band.js';
import type { AnchorPair } from './anchor-pairs.js';
import { traceback } from './dp.js';
import { fillLengthDp } from './length-dp.js';
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
    const table = fillLengthDp(b, o.types, srcPrefix, tgtPrefix, o.ratio, o.signal, RUN_COST);
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

/** Nodes of slack around the rectangles between anchor pairs (an anchor may sit inside a 1-2 bead). */
const CHAIN_SLACK = 2;
/** Share of the stretch extrapolated from an end anchor that the run of skips before (after) it may take or leave. */
const EXTRAPOLATION_SLACK = 0.1;
/** Most cells per sentence (source plus target) of the band between anchor pairs; a sparser chain is not used. */
const CHAIN_CELLS = 50;

/** First index k ≤ to with `prefix[to] − prefix[k]` ≤ `length` (the start of the last `length` units before `to`). */
function backFrom(prefix: Float64Array, to: number, length: number): number {
  let k = to;
  while (k > 0 && prefix[to] - prefix[k - 1] <= length) k--;
  return k;
}

/** Last index k ≥ from with `prefix[k] − prefix[from]` ≤ `length`. */
function onFrom(prefix: Float64Array, from: number, length: number): number {
  let k = from;
  while (k < prefix.length - 1 && prefix[k + 1] - prefix[from] <= length) k++;
  return k;
}

/**
 * Where the run of skips before the first anchor (i, j) ends: the stretch before the anchor is aligned
 * back from it at the length ratio until one side runs out, and the other side's rest is the run. A
 * passage missing at the start is then placed by the anchor, not spread over the stretch by lengths.
 * `EXTRAPOLATION_SLACK` of the aligned stretch is left to the DP.
 */
function leadCorner(sp: Float64Array, tp: Float64Array, i: number, j: number, ratio: number): [number, number] {
  const ls = sp[i];
  const lt = tp[j] / ratio;
  if (ls > lt) {
    const k = backFrom(sp, i, lt);
    return [Math.max(0, k - Math.ceil(EXTRAPOLATION_SLACK * (i - k))), 0];
  }
  const k = backFrom(tp, j, ls * ratio);
  return [0, Math.max(0, k - Math.ceil(EXTRAPOLATION_SLACK * (j - k)))];
}

/** Where the run of skips after the last anchor's node (i, j) starts (see `leadCorner`). */
function trailCorner(sp: Float64Array, tp: Float64Array, i: number, j: number, ratio: number): [number, number] {
  const n = sp.length - 1;
  const m = tp.length - 1;
  const ls = sp[n] - sp[i];
  const lt = (tp[m] - tp[j]) / ratio;
  if (ls > lt) {
    const k = onFrom(sp, i, lt);
    return [Math.min(n, k + Math.ceil(EXTRAPOLATION_SLACK * (k - i))), m];
  }
  const k = onFrom(tp, j, ls * ratio);
  return [n, Math.min(m, k + Math.ceil(EXTRAPOLATION_SLACK * (k - j)))];
}

/**
 * The band through anchor pairs (`anchor-pairs.ts`): the rectangles between consecutive anchors, through
 * each pair's nodes (i, j) and (i + 1, j + 1), with `CHAIN_SLACK` around them; before the first anchor
 * and after the last, a run of skips and the stretch aligned from the anchor at `ratio`
 * (`leadCorner`, `trailCorner`).
 */
export function chainBand(pairs: readonly AnchorPair[], sp: Float64Array, tp: Float64Array, ratio: number): Band {
  const n = sp.length - 1;
  const m = tp.length - 1;
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1);
  const first = pairs[0];
  const last = pairs[pairs.length - 1];
  const corners: number[] = [0, 0, ...leadCorner(sp, tp, first.i, first.j, ratio)];
  for (const { i, j } of pairs) corners.push(i, j, i + 1, j + 1);
  corners.push(...trailCorner(sp, tp, last.i + 1, last.j + 1, ratio), n, m);
  for (let c = 2; c < corners.length; c += 2) {
    const [i0, j0, i1, j1] = [corners[c - 2], corners[c - 1], corners[c], corners[c + 1]];
    for (let i = Math.max(0, i0 - CHAIN_SLACK); i <= Math.min(n, i1 + CHAIN_SLACK); i++) {
      lo[i] = Math.min(lo[i], j0 - CHAIN_SLACK);
      hi[i] = Math.max(hi[i], j1 + CHAIN_SLACK);
    }
  }
  return bandFromRows(n, m, lo, hi);
}

/**
 * Fewest sentences of a run of skips before the first anchor or after the last that make the anchor
 * pairs the anchor path (as many as make the lexicon pass align a third time, `MIN_GAP` in lexicon.ts).
 */
const END_RUN = 20;

/**
 * The anchor path through anchor pairs: the length-only DP (with runs of skips at `RUN_COST`, as in
 * the length search) inside `chainBand`, so lengths only place the sentences between two anchors.
 * Only for a passage missing at an end (a run of at least `END_RUN` sentences before the first anchor or
 * after the last): that is where the coarse evidence path (`evidence.ts`, whose blocks at the document's
 * ends have nothing to match) and the length search fail. Between anchors, a rectangle leaves lengths
 * free to put a few sentences anywhere in a passage, where the coarse path places it whole. Undefined
 * otherwise, or when `chainBand` would be too large (too few anchors): the caller keeps its other path.
 */
export function chainPath(srcPrefix: Float64Array, tgtPrefix: Float64Array, pairs: readonly AnchorPair[], o: AnchorOptions): Int32Array | undefined {
  const n = srcPrefix.length - 1;
  const m = tgtPrefix.length - 1;
  if (pairs.length === 0) return undefined;
  const [a, b] = leadCorner(srcPrefix, tgtPrefix, pairs[0].i, pairs[0].j, o.ratio);
  const last = pairs[pairs.length - 1];
  const [c, d] = trailCorner(srcPrefix, tgtPrefix, last.i + 1, last.j + 1, o.ratio);
  if (Math.max(a, b, n - c, m - d) < END_RUN) return undefined;
  const band = chainBand(pairs, srcPrefix, tgtPrefix, o.ratio);
  if (bandCells(band) > CHAIN_CELLS * (n + m)) return undefined;
  return traceback(fillLengthDp(band, o.types, srcPrefix, tgtPrefix, o.ratio, o.signal, RUN_COST)).nodes;
}
