// First pass for long documents (after Vecalign): both sides are halved (block vectors summed, block
// lengths added) until the grid is small enough for a full DP; the path found there is refined level by
// level inside a band around it, down to full resolution. The final DP then runs in a narrower band
// around that path, so the work grows with N·band, not N·M.
import { bandAroundPath, fullBand, type Band } from './band.js';
import { beadPrior } from './beadTypes.js';
import { fillDp, traceback } from './dp.js';
import { galeChurchCost, prefixSums } from './length.js';
import { bandSimilarities } from './margin.js';
import type { BeadType } from './types.js';
import { dotRows, halve, type VectorSet } from './vectors.js';

interface Level {
  n: number;
  m: number;
  srcLen: Float64Array;
  tgtLen: Float64Array;
  srcVec?: VectorSet;
  tgtVec?: VectorSet;
}

/** Options of the anchor pass. */
export interface AnchorOptions {
  /** Bead shapes the coarse DPs may use. */
  types: readonly BeadType[];
  /** Largest node grid solved fully at the top level. */
  fullDpCells: number;
  /** Half-width, in nodes, of the band each level is refined in. */
  width: number;
  /** Target/source length ratio. */
  ratio: number;
  /** Weight of the standardised block similarity next to the length cost (only used with vectors). */
  similarityWeight: number;
  signal?: AbortSignal;
}

function halveLengths(x: Float64Array): Float64Array {
  const out = new Float64Array(Math.ceil(x.length / 2));
  for (let i = 0; i < x.length; i++) out[i >> 1] += x[i];
  return out;
}

/** |x_a + … + x_{a+d−1}| for every run, from unit vectors and their near-neighbour dot products. */
function runNorms(x: VectorSet, maxRun: number): Float64Array[] {
  const near: Float64Array[] = [];
  for (let gap = 1; gap < maxRun; gap++) {
    const dots = new Float64Array(Math.max(0, x.n - gap));
    for (let a = 0; a + gap < x.n; a++) dots[a] = dotRows(x, a, x, a + gap);
    near.push(dots);
  }
  const norms: Float64Array[] = [];
  for (let d = 1; d <= maxRun; d++) {
    const out = new Float64Array(Math.max(0, x.n - d + 1));
    for (let a = 0; a + d <= x.n; a++) {
      let sq = d;
      for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) sq += 2 * near[q - p - 1][a + p];
      out[a] = Math.sqrt(Math.max(1e-9, sq));
    }
    norms.push(out);
  }
  return norms;
}

/**
 * Path through one level inside `band`: Gale-Church cost of the merged lengths, minus (with vectors)
 * the standardised cosine of the summed groups, built from the band's 1-1 cosines (no new embeddings).
 */
function levelPath(level: Level, band: Band, o: AnchorOptions): Int32Array {
  const { srcLen, tgtLen, srcVec, tgtVec } = level;
  const sp = prefixSums(srcLen);
  const tp = prefixSums(tgtLen);
  const priors = o.types.map((t) => beadPrior(t));
  let groupZ: ((ds: number, dt: number, i: number, j: number) => number) | undefined;
  if (srcVec && tgtVec) {
    const sims = bandSimilarities(band, srcVec, tgtVec, o.signal);
    let sum = 0;
    let sq = 0;
    let count = 0;
    for (let c = 0; c < sims.length; c++) {
      const v = sims[c];
      if (v === v) {
        sum += v;
        sq += v * v;
        count++;
      }
    }
    const mean = count > 0 ? sum / count : 0;
    const sd = count > 1 ? Math.sqrt(Math.max(1e-12, sq / count - mean * mean)) : 1;
    const maxRun = o.types.reduce((m, t) => Math.max(m, t.ds, t.dt), 1);
    const normS = runNorms(srcVec, maxRun);
    const normT = runNorms(tgtVec, maxRun);
    const sim = (a: number, b: number): number => {
      const i = a + 1;
      const j = b + 1;
      return j < band.lo[i] || j > band.hi[i] ? mean : sims[band.start[i] + j - band.lo[i]];
    };
    groupZ = (ds, dt, i, j) => {
      let s = 0;
      for (let a = i - ds; a < i; a++) for (let b = j - dt; b < j; b++) s += sim(a, b);
      const cos = s / (normS[ds - 1][i - ds] * normT[dt - 1][j - dt]);
      return (cos - mean) / sd;
    };
  }
  const cost = (t: number, i: number, j: number): number => {
    const { ds, dt } = o.types[t];
    let c = galeChurchCost(sp[i] - sp[i - ds], tp[j] - tp[j - dt], priors[t], o.ratio);
    if (groupZ && ds > 0 && dt > 0) c -= (o.similarityWeight * groupZ(ds, dt, i, j) * (ds + dt)) / 2;
    return c;
  };
  return traceback(fillDp(band, o.types, cost, o.signal)).nodes;
}

/**
 * The anchor path at full resolution (flat [i, j, ...] nodes): band the final DP around it with
 * `bandAroundPath`. The full-resolution anchor DP uses every bead shape but cheap costs (summed
 * single-sentence vectors instead of overlap embeddings), in a wider band than the final DP. Vectors are the single-sentence embeddings;
 * without them the length model alone guides the path.
 */
export function anchorPath(srcLen: Float64Array, tgtLen: Float64Array, o: AnchorOptions, srcVec?: VectorSet, tgtVec?: VectorSet): Int32Array {
  let top: Level = { n: srcLen.length, m: tgtLen.length, srcLen, tgtLen, srcVec, tgtVec };
  const levels: Level[] = [top];
  do {
    top = {
      n: Math.ceil(top.n / 2),
      m: Math.ceil(top.m / 2),
      srcLen: halveLengths(top.srcLen),
      tgtLen: halveLengths(top.tgtLen),
      srcVec: top.srcVec && halve(top.srcVec),
      tgtVec: top.tgtVec && halve(top.tgtVec),
    };
    levels.push(top);
  } while ((top.n + 1) * (top.m + 1) > o.fullDpCells && top.n > 2 && top.m > 2);
  let path: Int32Array | undefined;
  for (let l = levels.length - 1; l >= 0; l--) {
    const level = levels[l];
    const band = path ? bandAroundPath(path, level.n, level.m, o.width, 2) : fullBand(level.n, level.m);
    path = levelPath(level, band, o);
  }
  return path!;
}
