// The length-only anchor across a missing passage: the ratio measured at the document's ends, and
// the path joined from a search from the start and one from the end.
import { describe, expect, it } from 'vitest';
import { anchorPath, beadTypes } from '../../../src/align/index.js';
import { joinAcrossHole } from '../../../src/align/parallel/hole-join.js';
import { robustRatio } from '../../../src/align/parallel/ratio.js';
import { lengthRatio, prefixSums } from '../../../src/align/length.js';
import { seededRandom } from '../../../src/align/random.js';

const types = beadTypes(4, 6);

/**
 * Source sentence lengths (20–200 characters) and a 1-1 translation at `ratio` with 10 % noise, then
 * `cut` target sentences removed from `at` on: target j < at is source j, target j ≥ at is source
 * j + cut (the gold path), and nothing else is shared.
 */
function lengths(n: number, ratio: number, at: number, cut: number): { src: Float64Array; tgt: Float64Array } {
  const r = seededRandom(7);
  const src = Float64Array.from({ length: n }, () => 20 + Math.floor(r() * 180));
  const all = Array.from(src, (l) => Math.max(1, Math.round(l * ratio * (0.9 + 0.2 * r()))));
  return { src, tgt: Float64Array.from([...all.slice(0, at), ...all.slice(at + cut)]) };
}

describe('robustRatio', () => {
  it('keeps the totals’ ratio of a complete translation', () => {
    const { src, tgt } = lengths(1000, 0.6, 0, 0);
    const total = lengthRatio(src, tgt);
    expect(robustRatio(prefixSums(src), prefixSums(tgt), types, total)).toBe(total);
  });

  it('measures the ratio at the ends when a fifth of the target is missing', () => {
    const { src, tgt } = lengths(1000, 0.6, 400, 200);
    const total = lengthRatio(src, tgt);
    // 200 of 1,000 target sentences gone: the totals say about 0.6 · 4/5 = 0.48.
    expect(total).toBeLessThan(0.5);
    const r = robustRatio(prefixSums(src), prefixSums(tgt), types, total);
    expect(Math.abs(r / 0.6 - 1)).toBeLessThan(0.04);
  });
});

describe('robustRatio with the target’s start missing', () => {
  it('measures the end taken alone again over the source stretch the target covers', () => {
    // 3,200 source sentences (20–200 characters, 110 on average): the first 2,900 translated at 0.7,
    // the last 300 at 0.4 (10 % noise each); the first 600 target sentences are cut. The start then
    // pairs unrelated sentences and the end is taken alone. Its last 400 sentences are three quarters
    // at 0.4: their median is in the 0.4 group (0.36–0.44). At that ratio the target (about
    // 0.7 · 2,300 + 0.4 · 300 = 1,730 sentence-lengths) covers more than the whole source, so the end is
    // measured again over all 3,200 sentences, most of them at 0.7: the median is in the 0.7 group
    // (0.63–0.77). The totals say about 1,730 / 3,200 ≈ 0.54.
    const r = seededRandom(11);
    const src = Float64Array.from({ length: 3200 }, () => 20 + Math.floor(r() * 180));
    const all = Array.from(src, (l, i) => Math.max(1, Math.round(l * (i < 2900 ? 0.7 : 0.4) * (0.9 + 0.2 * r()))));
    const tgt = Float64Array.from(all.slice(600));
    const total = lengthRatio(src, tgt);
    expect(total).toBeLessThan(0.56);
    const ratio = robustRatio(prefixSums(src), prefixSums(tgt), types, total);
    expect(ratio).toBeGreaterThan(0.63);
    expect(ratio).toBeLessThan(0.77);
  });
});

describe('anchorPath across a missing passage', () => {
  it('follows the sentences before and after 200 missing target sentences', () => {
    const { src, tgt } = lengths(1000, 0.6, 400, 200);
    const sp = prefixSums(src);
    const tp = prefixSums(tgt);
    const ratio = robustRatio(sp, tp, types, lengthRatio(src, tgt));
    const { path } = anchorPath(sp, tp, { types, ratio });
    // Gold nodes: (i, i) up to 400, then (i, i − 200) from 600 on; count those on the path.
    const on = new Set<string>();
    for (let p = 0; p < path.length; p += 2) on.add(`${path[p]},${path[p + 1]}`);
    let hits = 0;
    for (let i = 0; i <= 400; i++) hits += on.has(`${i},${i}`) ? 1 : 0;
    for (let i = 600; i <= 1000; i++) hits += on.has(`${i},${i - 200}`) ? 1 : 0;
    expect(hits).toBeGreaterThan(0.95 * 802);
  });
});

describe('joinAcrossHole', () => {
  it('follows the forward path, skips a run, then follows the backward path (costs worked by hand)', () => {
    // n = 4, m = 2. Forward: right up to (1, 1), then lost (costs climb). Backward: right from (3, 1).
    const fwd = { nodes: Int32Array.from([0, 0, 1, 1, 2, 2, 3, 2, 4, 2]), cost: Float64Array.from([0, 1, 9, 15, 20]) };
    const bwd = { nodes: Int32Array.from([0, 0, 1, 0, 2, 0, 3, 1, 4, 2]), cost: Float64Array.from([30, 28, 26, 1, 0]) };
    // A run of k skips costs 2k. Candidates: forward alone 20, backward alone 30; (0,0)→(2,0) 0 + 4 + 26
    // = 30; (2,2)→(4,2) 9 + 4 + 0 = 13; (1,1)→(3,1) 1 + 4 + 1 = 6, the best.
    const joined = joinAcrossHole(fwd, bwd, (_src, _i, _j, k) => 2 * k);
    expect(joined.cost).toBe(6);
    expect(Array.from(joined.nodes)).toEqual([0, 0, 1, 1, 2, 1, 3, 1, 4, 2]);
  });

  it('keeps one path alone when nothing cheaper joins them', () => {
    const path = { nodes: Int32Array.from([0, 0, 1, 1, 2, 2]), cost: Float64Array.from([0, 1, 2]) };
    const back = { nodes: path.nodes, cost: Float64Array.from([2, 1, 0]) };
    const joined = joinAcrossHole(path, back, () => 100);
    expect(joined.cost).toBe(2);
    expect(Array.from(joined.nodes)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
