// Parallel mode: monotonic DP over bead types. Small documents run on the full grid; long ones in a
// band around an anchor path (from the vectors' evidence where they carry any, else from lengths),
// widened until the path stays clear of its edge.
import { anchorPath, chainPath } from './anchors.js';
import type { AnchorPair } from './anchor-pairs.js';
import { evidencePath, type EvidencePath } from './evidence.js';
import { bandAroundPath, bandCells, fullBand, touchesEdge, widthsNearEdge, type Band } from './band.js';
import { beadTypes, maxGroup } from './beadTypes.js';
import { cellOf, copyCosts, reusableCells, type SolvedBand } from './reuse.js';
import { robustRatio } from './ratio.js';
import { addParagraphPenalty, breakPrefix, lengthCosts } from './costs.js';
import { addEmbeddingCosts, beadScore, modelStats, type LengthPath, type ModelStats } from './model.js';
import { fillDpTable, pathBeads, traceback } from './dp.js';
import { fillLengthDp } from './length-dp.js';
import { leaveOutCosts } from './leave-out.js';
import { lengthCost, lengthRatio } from '../length.js';
import { DEFAULT_ALIGN_OPTIONS, type ResolvedAlignOptions } from '../options.js';
import type { AlignSide } from '../side.js';
import type { AlignStats, Bead, BeadType } from '../types.js';
import { RowDots } from './margin.js';
import { regroupCosts, REGROUP_WIDTH, widerTypes } from './regroup.js';

/** The options `alignParallel` reads. */
export type ParallelOptions = Pick<
  ResolvedAlignOptions,
  | 'maxBeadSize' | 'band' | 'fullDpCells' | 'marginK' | 'skipQuantile' | 'lengthWeight'
  | 'similarityWeight' | 'paragraphPenalty' | 'partialBelow' | 'signal'
> & {
  /** Measure each source sentence's leave-out cost (`AlignOptions.leaveOutCosts`). @default false */
  leaveOutCosts?: boolean;
  /** Most sentences in a 1-k or k-1 bead (`AlignOptions.maxOneToMany`). @default 6 */
  maxOneToMany?: number;
  /**
   * Run the final DP in this band instead (`'full'`: the whole grid). The model's statistics (margins,
   * skip cost) still come from the default band, so a narrower band that holds the best path gives
   * the same beads.
   */
  searchBand?: 'full' | Band;
};

function paragraphCount(p: Int32Array | undefined): number {
  if (!p || p.length === 0) return 0;
  let c = 1;
  for (let i = 1; i < p.length; i++) if (p[i] !== p[i - 1]) c++;
  return c;
}

/** Paragraphs guide only when both sides have several and some paragraph holds more than one sentence. */
function informative(side: AlignSide): boolean {
  const c = paragraphCount(side.paragraph);
  return c > 1 && c < side.n;
}

/** Longest run of sentences a side has group vectors for (`embedSides`' `maxRun`); unbounded without vectors. */
const runsOf = (side: AlignSide): number => (side.parts ? side.parts.groupNorms.length : side.overlaps ? side.overlaps.length : Infinity);

/**
 * The bead shapes of `o` that both sides can score: sides embedded with shorter runs than a shape
 * needs (`embedSides(…, { src: 3, tgt: 3 })` before `maxOneToMany` allowed 1-5) leave it out.
 */
function parallelTypes(src: AlignSide, tgt: AlignSide, o: ParallelOptions): BeadType[] {
  const rs = runsOf(src);
  const rt = runsOf(tgt);
  return beadTypes(o.maxBeadSize, o.maxOneToMany ?? DEFAULT_ALIGN_OPTIONS.maxOneToMany).filter((t) => t.ds <= rs && t.dt <= rt);
}

/**
 * Where parallel mode searches, so a second pass over the same sides (the lexicon pass, `lexicon.ts`)
 * can reuse what does not change: the length ratio, the bead shapes, the band the model's statistics
 * are measured in (the full grid for small inputs, else the band of half-width `band` around the
 * anchor path, which is kept for the search band) and the length-only path in that band (computed on
 * first use: the model reads its 1-1 beads). The anchor path comes from the sides' vectors when they
 * carry evidence (`evidence.ts`: `fromEvidence` is then true), else from sentence lengths (`anchors.ts`).
 */
export interface LengthPlan {
  readonly ratio: number;
  readonly types: readonly BeadType[];
  readonly statsBand: Band;
  readonly anchor?: Int32Array;
  readonly fromEvidence?: boolean;
  /** The evidence path the anchor was placed in (`evidence.ts`), when it came from evidence. */
  readonly evidence?: EvidencePath;
  lengthPath?: LengthPath;
}

/** The plan of two sides (see {@link LengthPlan}). */
export function planParallel(src: AlignSide, tgt: AlignSide, o: ParallelOptions): LengthPlan {
  const types = parallelTypes(src, tgt, o);
  const ratio = robustRatio(src.lengthPrefix, tgt.lengthPrefix, types, lengthRatio(src.lengths, tgt.lengths), o.signal);
  if ((src.n + 1) * (tgt.n + 1) <= o.fullDpCells) return { ratio, types, statsBand: fullBand(src.n, tgt.n) };
  const evidence = evidencePath(src, tgt, { marginK: o.marginK, signal: o.signal });
  if (evidence) return evidencePlan(src, tgt, ratio, types, evidence, o);
  const { path } = anchorPath(src.lengthPrefix, tgt.lengthPrefix, { types, ratio, signal: o.signal });
  return { ratio, types, statsBand: bandAroundPath(path, src.n, tgt.n, o.band), anchor: path };
}

/**
 * The plan of a second pass over the same sides with new vectors: the path through `pairs` (anchor
 * pairs from the learned lexicon, `anchor-pairs.ts`) when they are dense enough, else its own evidence
 * anchor when the new vectors carry evidence, else `plan` as it is (lengths have not changed). New
 * evidence that places every block where `plan`'s did gives `plan` itself, with its length path: the
 * anchor and bands depend on nothing else.
 */
export function replanParallel(plan: LengthPlan, src: AlignSide, tgt: AlignSide, o: ParallelOptions, pairs?: readonly AnchorPair[]): LengthPlan {
  if (!plan.anchor) return plan;
  const chained = pairs && chainPath(src.lengthPrefix, tgt.lengthPrefix, pairs, { types: plan.types, ratio: plan.ratio, signal: o.signal });
  if (chained) return { ratio: plan.ratio, types: plan.types, statsBand: bandAroundPath(chained, src.n, tgt.n, o.band), anchor: chained, fromEvidence: true };
  const evidence = evidencePath(src, tgt, { marginK: o.marginK, signal: o.signal });
  if (!evidence) return plan;
  return plan.evidence && sameEvidence(plan.evidence, evidence) ? plan : evidencePlan(src, tgt, plan.ratio, plan.types, evidence, o);
}

function sameEvidence(a: EvidencePath, b: EvidencePath): boolean {
  return a.scale === b.scale && a.nodes.length === b.nodes.length && a.nodes.every((x, k) => x === b.nodes[k]);
}

/**
 * A plan around an evidence path. The evidence places each block of sentences; inside the corridor of
 * its blocks (and one block around them) the length-only DP places the sentences, and that path is
 * the anchor, as a length anchor would be: the statistics band has the usual width, so the model
 * measures the same statistics wherever evidence and lengths agree.
 */
function evidencePlan(src: AlignSide, tgt: AlignSide, ratio: number, types: readonly BeadType[], evidence: EvidencePath, o: ParallelOptions): LengthPlan {
  const { nodes, scale } = evidence;
  const corridor = bandAroundPath(nodes, src.n, tgt.n, scale, scale);
  const path = traceback(fillLengthDp(corridor, types, src.lengthPrefix, tgt.lengthPrefix, ratio, o.signal)).nodes;
  return { ratio, types, statsBand: bandAroundPath(path, src.n, tgt.n, o.band), anchor: path, fromEvidence: true, evidence };
}

/** The length-only path in the plan's statistics band (computed once per plan). */
function lengthPath(plan: LengthPlan, src: AlignSide, tgt: AlignSide, signal?: AbortSignal): LengthPath {
  const { statsBand, types, ratio } = plan;
  plan.lengthPath ??= { ...traceback(fillLengthDp(statsBand, types, src.lengthPrefix, tgt.lengthPrefix, ratio, signal)), types };
  return plan.lengthPath;
}

/**
 * The first search band: half as wide as the statistics band around the anchor path (the final path
 * rarely strays far from the length path, and a path that touches the edge widens the band again).
 */
function searchStart({ statsBand, anchor }: LengthPlan, width: number, n: number, m: number): Band {
  return anchor ? bandAroundPath(anchor, n, m, Math.ceil(width / 2)) : statsBand;
}

/**
 * 1-1 cosines of `band`, copied from bands that hold them already (the statistics band, the band
 * searched before) and computed elsewhere.
 */
function reuseSimilarities(band: Band, from: readonly { band: Band; sims: Float32Array }[], src: AlignSide, tgt: AlignSide): Float32Array {
  const sims = new Float32Array(bandCells(band)).fill(Number.NaN);
  const dots = new RowDots(src.overlaps![0], tgt.overlaps![0], 1);
  for (let i = 1; i <= band.n; i++) {
    const base = band.start[i] - band.lo[i];
    for (let j = Math.max(1, band.lo[i]); j <= band.hi[i]; j++) {
      let v = Number.NaN;
      for (const f of from) {
        const c = cellOf(f.band, i, j);
        if (c >= 0) {
          v = f.sims[c];
          break;
        }
      }
      sims[base + j] = v === v ? v : dots.dot(i - 1, j - 1);
    }
  }
  return sims;
}

/**
 * Bead costs of one band, and its 1-1 cosines: Gale-Church, plus the embedding term when there is a
 * model, plus paragraph breaks. Cells `prev` (the band searched before) holds with the same costs
 * (`reusableCells`) are copied from it.
 */
function bandCosts(src: AlignSide, tgt: AlignSide, band: Band, o: ParallelOptions, { ratio, types }: LengthPlan, model: { st: ModelStats; sims: Float32Array; band: Band } | undefined, prev: SolvedBand | undefined): SolvedBand {
  const reuse = model && prev ? reusableCells(band, prev.band, model.band, maxGroup(types).src, maxGroup(types).tgt) : undefined;
  const costs = lengthCosts(band, types, src.lengthPrefix, tgt.lengthPrefix, ratio, reuse);
  let sims: Float32Array = new Float32Array(0);
  if (model) {
    sims = band === model.band ? model.sims : reuseSimilarities(band, prev ? [model, prev] : [model], src, tgt);
    addEmbeddingCosts(costs, band, types, sims, src, tgt, model.st, band === model.band ? undefined : model, reuse);
  }
  if (informative(src) && informative(tgt)) addParagraphPenalty(costs, band, types, breakPrefix(src.paragraph!), breakPrefix(tgt.paragraph!), o.paragraphPenalty);
  if (reuse) copyCosts(costs, band, reuse, prev!, types.length);
  return { band, sims, costs };
}

/**
 * With the embedding model, a skip that continues a run of skips on the same side costs this many
 * nats less than one that opens a run (affine gaps, see `fillDpTable`): left-out material comes in
 * blocks (captions, a paragraph), and without it a block of 36 untranslated caption lines in
 * Text+Berg was spread over 1-3 beads with unrelated sentences to save skips. It is −ln of the odds
 * that a skip follows a skip being about 7× those of a skip anywhere (e² ≈ 7.4); larger discounts turn
 * 1-4/1-5 beads into runs of skips. The length-only baseline stays classic Gale-Church.
 * (Measurements: docs/tuning.md, "Skip runs".)
 */
const SKIP_RUN_DISCOUNT = 2;

/** How close (in nodes) the final path may come to a band's edge before the band is widened. */
const EDGE_MARGIN = 2;
/** The band is widened this many times its new half-width (in path nodes) before and after each node near its edge. */
const EDGE_REACH = 8;

/**
 * Aligns two sides as a translation: beads are monotonic and cover every sentence once. Sides with
 * `overlaps` use the embedding model (`model.ts`: margin log-likelihood ratio on top of Gale-Church,
 * distribution-derived skip cost); sides without use Gale-Church alone. In a band, the DP is re-run
 * while its path touches the band's edge, in a band twice as wide around the stretches that touched
 * it, so the banded result is the full DP's whenever the best path lies inside a band it does not touch.
 */
export function alignParallel(src: AlignSide, tgt: AlignSide, o: ParallelOptions, plan: LengthPlan = planParallel(src, tgt, o)): { beads: Bead[]; stats: AlignStats } {
  const { ratio, types, statsBand } = plan;
  const useVectors = src.overlaps !== undefined && tgt.overlaps !== undefined && src.n > 0 && tgt.n > 0;
  let model: { st: ModelStats; sims: Float32Array; band: Band } | undefined;
  if (useVectors) {
    const { sims, ...st } = modelStats(src, tgt, statsBand, lengthPath(plan, src, tgt, o.signal), ratio, o);
    model = { st, sims, band: statsBand };
  }
  let band = o.searchBand === 'full' ? fullBand(src.n, tgt.n) : (o.searchBand ?? searchStart(plan, o.band, src.n, tgt.n));
  let cells = 0;
  let path: { nodes: Int32Array; steps: Uint8Array };
  let solved: SolvedBand | undefined;
  for (let width = Math.ceil(o.band / 2); ; width *= 2) {
    solved = bandCosts(src, tgt, band, o, plan, model, solved);
    path = traceback(fillDpTable(band, types, solved.costs, o.signal, model ? SKIP_RUN_DISCOUNT : 0));
    cells += bandCells(band);
    const full = bandCells(band) === (src.n + 1) * (tgt.n + 1);
    if (full || o.searchBand !== undefined || !touchesEdge(band, path.nodes, EDGE_MARGIN)) break;
    // Wider only where the path came near the edge (a hole, a drift), so a hole does not widen the
    // band along the whole document.
    band = bandAroundPath(path.nodes, src.n, tgt.n, widthsNearEdge(band, path.nodes, EDGE_MARGIN, Math.ceil(o.band / 2), 2 * width, EDGE_REACH * width));
    if (bandCells(band) > ((src.n + 1) * (tgt.n + 1)) / 2) band = fullBand(src.n, tgt.n);
  }
  // The regrouping pass (regroup.ts): wider shapes near the path, each keeping one side of a bead.
  let outTypes = types;
  const wide = widerTypes(types, o.maxOneToMany ?? DEFAULT_ALIGN_OPTIONS.maxOneToMany, { src: runsOf(src), tgt: runsOf(tgt) });
  if (model && wide.length > types.length) {
    const near = bandAroundPath(path.nodes, src.n, tgt.n, REGROUP_WIDTH);
    const sims = reuseSimilarities(near, [model, solved], src, tgt);
    const costs = regroupCosts(near, wide, solved, types.length, { ...path, types }, tgt.n, (t, ruled) => {
      const one = [wide[t]];
      const c = lengthCosts(near, one, src.lengthPrefix, tgt.lengthPrefix, ratio);
      addEmbeddingCosts(c, near, one, sims, src, tgt, model!.st, model, ruled);
      if (informative(src) && informative(tgt)) addParagraphPenalty(c, near, one, breakPrefix(src.paragraph!), breakPrefix(tgt.paragraph!), o.paragraphPenalty);
      return c;
    });
    path = traceback(fillDpTable(near, wide, costs, o.signal, SKIP_RUN_DISCOUNT));
    outTypes = wide;
  }
  const beads: Bead[] = pathBeads(path.nodes, path.steps, outTypes).map(({ src: s, tgt: t, type }) => {
    if (t.length === 0) return { src: s, tgt: t, score: 0, label: 'omission' };
    if (s.length === 0) return { src: s, tgt: t, score: 0, label: 'addition' };
    const { ds, dt } = outTypes[type];
    const i = s[s.length - 1] + 1;
    const j = t[t.length - 1] + 1;
    const score = model
      ? beadScore(src, tgt, model.st, ds, dt, i, j)
      : Math.exp(-lengthCost(src.lengthPrefix[i] - src.lengthPrefix[i - ds], tgt.lengthPrefix[j] - tgt.lengthPrefix[j - dt], ratio));
    // `partial` claims that only part of the content is shared. A low score is no evidence of that:
    // it is the embedder's similarity above background, 0 for a correct pair that shares no token
    // with the lexical embedder. The DP already chose this bead over skipping its sentences, so it is
    // a `match` unless the caller opted in to a score threshold (`partialBelow`, default 0: never).
    // Missing names and numbers inside a pair are the checks' findings, not the aligner's label.
    return { src: s, tgt: t, score, label: score < o.partialBelow ? 'partial' : 'match' };
  });
  const stats: AlignStats = { nSrc: src.n, nTgt: tgt.n, cells, banded: bandCells(band) < (src.n + 1) * (tgt.n + 1), lengthRatio: ratio };
  if (model) stats.skipCost = model.st.skip;
  if (o.leaveOutCosts) stats.leaveOutCost = leaveOutCosts(band, types, solved.costs, o.signal);
  return { beads, stats };
}
