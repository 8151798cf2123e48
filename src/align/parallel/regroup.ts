// The regrouping pass of parallel mode: after the DP over the usual bead shapes, a second DP in a
// narrow band around its path may also use every shape of up to `maxOneToMany` sentences (2-3, 3-3,
// 2-4…), as Bertalign's second pass and Vecalign's larger `alignment_max_size` do, but only to move
// one side's boundary of a bead the first pass formed. A gold 2-3 that the first pass could not form
// comes out as a 2-2 next to a 1-4 that took the third target sentence; the second pass moves that
// sentence back. Joining beads on both sides is ruled out: for shapes outside the first list, a
// merged bead's evidence favours the union of two correct beads (on Bible en–zh nearly every bead lost
// to the wider shapes was such a union). So is taking in a sentence the first pass left out: the
// checks report it as missing or added.
// (Measurements: docs/tuning.md, "Regrouping pass".)
import type { Band } from './band.js';
import { cellOf, type SolvedBand } from './reuse.js';
import type { BeadType } from '../types.js';

/** Half-width, in path nodes, of the band the regrouping pass searches: a boundary moves by one sentence. */
export const REGROUP_WIDTH = 1;

/**
 * `types` followed by every other shape of at most `maxTotal` sentences with at least one on each
 * side, at most `runs.src` source and `runs.tgt` target sentences (the runs the sides have group
 * vectors for), in order of size and then of source count.
 */
export function widerTypes(types: readonly BeadType[], maxTotal: number, runs: { src: number; tgt: number }): BeadType[] {
  const out = [...types];
  const has = (ds: number, dt: number): boolean => out.some((t) => t.ds === ds && t.dt === dt);
  for (let size = 2; size <= maxTotal; size++) {
    for (let ds = 1; ds < size; ds++) {
      const dt = size - ds;
      if (ds <= runs.src && dt <= runs.tgt && !has(ds, dt)) out.push({ ds, dt });
    }
  }
  return out;
}

/** A solved path: nodes (flat [i, j, ...]) and the index into `types` of each step's bead. */
export interface FirstPath {
  readonly nodes: Int32Array;
  readonly steps: Uint8Array;
  readonly types: readonly BeadType[];
}

/** Where the beads of a first pass start and what it left out (see `firstSpans`). */
export interface FirstSpans {
  /** `src[i]`: first source sentence of the bead whose source sentences end at node i, −1 where none does. */
  readonly src: Int32Array;
  readonly tgt: Int32Array;
  /** `srcLeft[i]`: how many of the first i source sentences the first pass left out (1-0 beads). */
  readonly srcLeft: Int32Array;
  readonly tgtLeft: Int32Array;
}

/**
 * The spans of `first`'s beads by their end on each side (skips keep no side; a bead with sentences on
 * both sides is the only one to end at its nodes) and the running count of the sentences it left out.
 */
export function firstSpans(first: FirstPath, n: number, m: number): FirstSpans {
  const src = new Int32Array(n + 1).fill(-1);
  const tgt = new Int32Array(m + 1).fill(-1);
  const srcLeft = new Int32Array(n + 1);
  const tgtLeft = new Int32Array(m + 1);
  for (let s = 0; s < first.steps.length; s++) {
    const { ds, dt } = first.types[first.steps[s]];
    const i = first.nodes[2 * s + 2];
    const j = first.nodes[2 * s + 3];
    if (dt === 0) srcLeft[i] = 1;
    else if (ds === 0) tgtLeft[j] = 1;
    else {
      src[i] = i - ds;
      tgt[j] = j - dt;
    }
  }
  for (let i = 1; i <= n; i++) srcLeft[i] += srcLeft[i - 1];
  for (let j = 1; j <= m; j++) tgtLeft[j] += tgtLeft[j - 1];
  return { src, tgt, srcLeft, tgtLeft };
}

/**
 * The cells of `band` where a bead of shape `type` may not end (1): its source sentences are not those
 * of a bead of the first pass (`spans`) and its target sentences are not those of one either, or it
 * takes in a sentence the first pass left out (the pass moves boundaries between beads; a sentence
 * left out is what the checks report as missing or added).
 */
export function ruledOut(band: Band, type: BeadType, spans: FirstSpans): Uint8Array {
  const out = new Uint8Array(band.start[band.n + 1]).fill(1);
  const { ds, dt } = type;
  for (let i = ds; i <= band.n; i++) {
    const base = band.start[i] - band.lo[i];
    const keepsSrc = spans.src[i] === i - ds;
    if (spans.srcLeft[i] !== spans.srcLeft[i - ds]) continue;
    for (let j = Math.max(dt, band.lo[i]); j <= band.hi[i]; j++) {
      if (spans.tgtLeft[j] === spans.tgtLeft[j - dt] && (keepsSrc || spans.tgt[j] === j - dt)) out[base + j] = 0;
    }
  }
  return out;
}

/**
 * Bead costs over `near` for the shapes `wide` (`costs[c · wide.length + t]`): the first `solved`-many
 * shapes' costs copied from the band the first pass searched (Infinity at a cell outside it), each
 * added shape's from `costsOf(t, ruled)` (its costs over `near`, one per cell, where `ruled` is 0),
 * Infinity where `ruledOut` rules it out.
 */
export function regroupCosts(near: Band, wide: readonly BeadType[], solved: SolvedBand, from: number, first: FirstPath, m: number, costsOf: (t: number, ruled: Uint8Array) => Float32Array): Float32Array {
  const nt = wide.length;
  const out = new Float32Array(near.start[near.n + 1] * nt).fill(Infinity);
  for (let i = 0; i <= near.n; i++) {
    for (let j = near.lo[i]; j <= near.hi[i]; j++) {
      const c = cellOf(solved.band, i, j);
      if (c < 0) continue;
      const d = (near.start[i] + j - near.lo[i]) * nt;
      for (let t = 0; t < from; t++) out[d + t] = solved.costs[c * from + t];
    }
  }
  const spans = firstSpans(first, near.n, m);
  for (let t = from; t < nt; t++) {
    const ruled = ruledOut(near, wide[t], spans);
    const costs = costsOf(t, ruled);
    for (let c = 0; c < ruled.length; c++) if (ruled[c] === 0) out[c * nt + t] = costs[c];
  }
  return out;
}
