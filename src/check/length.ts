// length ratio — a matched pair whose target/source length ratio is far outside the document's own
// distribution (`length-ratio`, warning). Robust statistics on r = ln(target chars / source chars)
// over all `match` pairs: median m and MAD; a pair is an outlier when |r − m| > maxZ × 1.4826 × MAD
// (widened for pairs shorter than the median pair, by √(median length / length)) and also
// |r − m| > ln(minFactor), so a document of near-identical ratios does not flag 5 % wobbles.
// Needs at least `lengthRatioMinPairs` pairs. A pair with a sentence reported as omitted or added inside
// it (`input.unsupported`) gets no length finding of its own: the omission or addition explains it.
// An outlier that its neighbouring bead evens out (leaning the other way by more than one robust
// standard deviation; length-neighbours.ts) is `info`, and so is one that fits the ratio of the pairs
// around it where that passage as a whole leans away from the document's ratio (length-local.ts).
import { median } from '../align/order-stats.js';
import { finding, pairedBeads, type Check } from './context.js';
import type { CheckSide, Finding } from './types.js';
import { fitsWithNeighbour, NEIGHBOUR_NOTE } from './length-neighbours.js';
import { fitsItsPassage, LOCAL_NOTE } from './length-local.js';


const chars = (side: CheckSide, indices: readonly number[]) =>
  indices.reduce((n, i) => n + (side.sentences[i]?.text.length ?? 0), 0);

export const checkLength: Check = (ctx) => {
  const { source, target, beads } = ctx.input;
  const { lengthRatioMaxZ, lengthRatioMinFactor, lengthRatioMinPairs } = ctx.options;
  const pairs = pairedBeads(beads)
    .filter(({ bead }) => bead.label === 'match')
    .map(({ bead, index }) => {
      const s = chars(source, bead.src);
      const t = chars(target, bead.tgt);
      return { bead, index, s, t, r: Math.log(Math.max(t, 1) / Math.max(s, 1)) };
    });
  if (pairs.length < Math.max(lengthRatioMinPairs, 3)) return [];
  const m = median(pairs.map((p) => p.r));
  const spread = 1.4826 * median(pairs.map((p) => Math.abs(p.r - m)));
  // A short pair's ratio varies more (one word more or less is a large share of it; Gale and Church
  // model the variance as inversely proportional to length): its allowed spread grows with
  // √(median pair length / its length).
  const typical = median(pairs.map((p) => p.s + p.t));
  // A pair holding a sentence reported as omitted or added (`input.unsupported`) is one problem: that
  // finding says why the lengths differ, and a second one on the same pair would only repeat it.
  const explained = new Set((ctx.input.unsupported ?? []).map((u) => u.bead));
  const fits = (r: number, length: number, around = m) => {
    const dev = Math.abs(r - around);
    return dev <= Math.log(lengthRatioMinFactor) || dev <= lengthRatioMaxZ * spread * Math.sqrt(Math.max(1, typical / Math.max(1, length)));
  };
  const charsAt = (k: number) => (beads[k] ? { s: chars(source, beads[k].src), t: chars(target, beads[k].tgt) } : undefined);
  // The pairs judged here; a passage's ratio is read from them only, so pairs that lean because a
  // sentence is missing from them do not make their neighbours look like a terse passage.
  const judged = pairs.filter((p) => !explained.has(p.index));
  const ratios = judged.map((p) => p.r);
  const out: Finding[] = [];
  for (const [k, p] of judged.entries()) {
    if (fits(p.r, p.s + p.t)) continue;
    const first = (side: CheckSide, idx: number[]) => side.sentences[idx[0]];
    const last = (side: CheckSide, idx: number[]) => side.sentences[idx[idx.length - 1]];
    const evenedOut = fitsWithNeighbour(p, charsAt(p.index - 1), m, spread, fits) || fitsWithNeighbour(p, charsAt(p.index + 1), m, spread, fits);
    const f = finding(ctx, 'length-ratio', {
      src: p.bead.src, tgt: p.bead.tgt, bead: p.index,
      srcRange: [first(source, p.bead.src).start, last(source, p.bead.src).end],
      tgtRange: [first(target, p.bead.tgt).start, last(target, p.bead.tgt).end],
      detail: `${(p.t / Math.max(p.s, 1)).toFixed(2)}×`,
      note: `document median ratio ${Math.exp(m).toFixed(2)}×`,
    });
    const why = evenedOut ? NEIGHBOUR_NOTE : fitsItsPassage(ratios, k, m, spread, (r, around) => fits(r, p.s + p.t, around)) ? LOCAL_NOTE : undefined;
    out.push(why ? { ...f, severity: 'info', note: `${f.note}; ${why}` } : f);
  }
  return out;
};
