// Omitted and added passages: a run of consecutive sentences of one side that the alignment left
// without counterpart becomes one finding, `omission-passage` (source) or `addition-passage`
// (target), besides the single `omission` / `addition` findings of its beads. A dropped chapter is
// then one error with its range ("source sentences 2,374–2,673 (300 sentences, 18 % of the text)")
// instead of 300 warnings: the single findings inside a passage stay in the list as `info`
// (`withinPassages`), so the reviewer has one thing to look at, not one per sentence. A passage of
// layout lines (captions, headings, fragments; passage-layout.ts) is `info`.
import type { Bead } from '../align/types.js';
import { finding, isContent, type Check, type CheckContext } from './context.js';
import type { CheckSide, Finding } from './types.js';
import { layoutPassages, LAYOUT_NOTE } from './passage-layout.js';

/** A run of consecutive sentences [start, end) of one side that no bead pairs with the other side. */
export interface SkipRun {
  side: 'src' | 'tgt';
  start: number;
  end: number;
}

/** Maximal runs of consecutive sentence indices held by `omission` beads (src) and `addition` beads (tgt). */
export function skipRuns(beads: readonly Bead[]): SkipRun[] {
  const out: SkipRun[] = [];
  for (const side of ['src', 'tgt'] as const) {
    const label = side === 'src' ? 'omission' : 'addition';
    const left = beads.filter((b) => b.label === label).flatMap((b) => b[side]).sort((a, b) => a - b);
    for (let k = 0; k < left.length; ) {
      let e = k + 1;
      while (e < left.length && left[e] === left[e - 1] + 1) e++;
      out.push({ side, start: left[k], end: left[e - 1] + 1 });
      k = e;
    }
  }
  return out;
}

/**
 * Most beads of an island inside a gap: two runs of left-out sentences of one side separated by at
 * most this many pairings (beads) make one passage. Inside a long gap the DP may still pair one or two
 * sentences with something unrelated (a chance pairing that saves opening a second run of skips); for
 * the reviewer it is one missing passage. An island is counted in beads, not sentences: one chance
 * pairing may be a 1-4 bead that takes four sentences of the gap. The island's sentences stay out of
 * the finding's list. Parallel mode only: a comparable-mode pair cleared a chance threshold, so it is
 * never an island.
 */
const MAX_ISLAND = 2;

/**
 * Between long runs an island may be larger: the longer a gap, the more chance pairings the DP finds
 * inside it (a cut chapter's first target sentences paired with verses of the chapter). An island of at
 * most this share of the two runs it separates (the first as joined so far) joins them too.
 */
const ISLAND_SHARE = 0.1;

/** How many beads hold sentences [start, end) of one side, counted up to one more than `limit`. */
type BeadCount = (side: 'src' | 'tgt', start: number, end: number, limit: number) => number;

/** `BeadCount` over `beads`; each side's sentence → bead index is built on first use (most gaps never need it). */
function islandBeads(beads: readonly Bead[], lengths: Record<'src' | 'tgt', number>): BeadCount {
  const index: Partial<Record<'src' | 'tgt', Int32Array>> = {};
  const beadOf = (side: 'src' | 'tgt'): Int32Array => {
    if (index[side]) return index[side];
    const of = new Int32Array(lengths[side]).fill(-1);
    beads.forEach((b, k) => { for (const i of b[side]) of[i] = k; });
    return (index[side] = of);
  };
  return (side, start, end, limit) => {
    const of = beadOf(side);
    const seen = new Set<number>();
    for (let i = start; i < end && seen.size <= limit; i++) seen.add(of[i] < 0 ? -1 - i : of[i]);
    return seen.size;
  };
}

/**
 * Runs with islands of at most `maxIsland` beads joined (more between long runs: `ISLAND_SHARE`);
 * `left(i)`: whether sentence i itself was left out. `maxIsland` 0 joins nothing.
 */
function joinIslands(runs: readonly SkipRun[], maxIsland: number, beadCount: BeadCount): (SkipRun & { left: (i: number) => boolean })[] {
  const out: (SkipRun & { parts: SkipRun[]; left: (i: number) => boolean })[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    const [before, after] = last ? [last.end - last.start, run.end - run.start] : [0, 0];
    const shorter = Math.min(before, after);
    const island = Math.max(maxIsland, Math.floor((before + after) * ISLAND_SHARE));
    if (last && last.side === run.side && maxIsland > 0 && shorter >= maxIsland && (run.start - last.end <= island || beadCount(run.side, last.end, run.start, island) <= island)) {
      last.end = run.end;
      last.parts.push(run);
    } else {
      const parts = [run];
      out.push({ ...run, parts, left: (i) => parts.some((p) => i >= p.start && i < p.end) });
    }
  }
  return out;
}

const count = (n: number): string => n.toLocaleString('en');
const textLength = (side: CheckSide, idx: readonly number[]): number => idx.reduce((a, i) => a + side.sentences[i].text.length, 0);

/**
 * The passage findings of an alignment. A run counts its content sentences (body and heading; boilerplate
 * and social lines inside it are neither counted nor quoted). It is a passage when it holds at least
 * `passageMinSentences` of them, or at least two that make up `passageMinShare` of the side's content
 * characters.
 */
export const checkPassages: Check = (ctx: CheckContext) => {
  const { source, target, beads } = ctx.input;
  const { passageMinSentences, passageMinShare } = ctx.options;
  const out: Finding[] = [];
  const contentChars = (side: CheckSide): number => textLength(side, side.sentences.map((_, i) => i).filter((i) => isContent(side.sentences[i])));
  const totals = { src: -1, tgt: -1 };
  const layout: { src?: (idx: readonly number[]) => boolean; tgt?: (idx: readonly number[]) => boolean } = {};
  for (const run of joinIslands(skipRuns(beads), ctx.options.mode === 'comparable' ? 0 : MAX_ISLAND, islandBeads(beads, { src: source.sentences.length, tgt: target.sentences.length }))) {
    const side = run.side === 'src' ? source : target;
    const idx: number[] = [];
    for (let i = run.start; i < run.end; i++) if (isContent(side.sentences[i]) && run.left(i)) idx.push(i);
    if (idx.length < 2) continue;
    if (totals[run.side] < 0) totals[run.side] = contentChars(side);
    const share = textLength(side, idx) / Math.max(1, totals[run.side]);
    if (idx.length < passageMinSentences && share < passageMinShare) continue;
    const first = idx[0];
    const last = idx[idx.length - 1];
    const pct = share * 100;
    const detail = `${count(first + 1)}–${count(last + 1)} (${count(idx.length)} sentences, ${pct < 1 ? '< 1' : Math.round(pct)} % of the text)`;
    const range: [number, number] = [side.sentences[first].start, side.sentences[last].end];
    const f = run.side === 'src'
      ? finding(ctx, 'omission-passage', { src: idx, srcRange: range, detail })
      : finding(ctx, 'addition-passage', { tgt: idx, tgtRange: range, detail });
    // Captions, credits and debris of a printed edition's plates are no missing text (passage-layout.ts).
    const isLayout = (layout[run.side] ??= layoutPassages(side));
    out.push(isLayout(idx) ? { ...f, severity: 'info', note: LAYOUT_NOTE } : f);
  }
  return out;
};

/**
 * `findings` with each single `omission` (`addition`) whose sentence a passage finding of `passages`
 * lists turned into `info`: the passage is the one finding a reviewer must act on.
 */
export function withinPassages(findings: Finding[], passages: readonly Finding[]): Finding[] {
  if (passages.length === 0) return findings;
  const covered = { omission: new Set<number>(), addition: new Set<number>() };
  for (const p of passages) {
    if (p.code === 'omission-passage') for (const i of p.src ?? []) covered.omission.add(i);
    if (p.code === 'addition-passage') for (const j of p.tgt ?? []) covered.addition.add(j);
  }
  return findings.map((f) => {
    const listed = f.code === 'omission' ? f.src : f.code === 'addition' ? f.tgt : undefined;
    const inside = listed !== undefined && listed.length > 0 && listed.every((i) => covered[f.code as 'omission' | 'addition'].has(i));
    return inside && f.severity !== 'info' ? { ...f, severity: 'info' } : f;
  });
}
