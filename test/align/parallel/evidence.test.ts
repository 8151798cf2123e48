import { describe, expect, it } from 'vitest';
import { describeSide, embedSides, planParallel } from '../../../src/align/index.js';
import { replanParallel } from '../../../src/align/parallel/index.js';
import { DEFAULT_ALIGN_OPTIONS } from '../../../src/align/options.js';
import { blockSums, evidencePath } from '../../../src/align/parallel/evidence.js';
import { sentences, wordEmbedder } from '../helpers.js';

const embedder = wordEmbedder();
const sides = (src: string[], tgt: string[]) => embedSides(describeSide(src), describeSide(tgt), embedder, { src: 1, tgt: 1 });

describe('evidencePath', () => {
  it('follows the shared words across a hole of 300 target sentences (a non-additive embedder)', async () => {
    // 1,000 sentences with their own words; the target is a copy without sentences 400–699, so the
    // true path runs down the diagonal to (400, 400), skips source 400–699 at target 400, then
    // continues to (1000, 700).
    const src = sentences(1000, 3);
    const tgt = [...src.slice(0, 400), ...src.slice(700)];
    const [a, b] = await sides(src, tgt);
    const path = evidencePath(a, b, { marginK: 4 })!;
    expect(path.scale).toBe(8);
    // Block nodes: at source block 60 (sentence 480, inside the hole) the target block is 50 (sentence
    // 400), give or take a block; at source block 100 (sentence 800) it is 62 or 63 (sentence 500).
    const at = (i: number): number => {
      for (let p = 0; p < path.nodes.length; p += 2) if (path.nodes[p] === i) return path.nodes[p + 1];
      return -1;
    };
    expect(Math.abs(at(60) - 50)).toBeLessThanOrEqual(1);
    expect(Math.abs(at(100) - 62.5)).toBeLessThanOrEqual(1);
  });

  it('finds no evidence between unrelated texts, and the plan keeps the length anchor', async () => {
    const [a, b] = await sides(sentences(800, 3), sentences(800, 4));
    expect(evidencePath(a, b, { marginK: 4 })).toBeUndefined();
    const plan = planParallel(a, b, { ...DEFAULT_ALIGN_OPTIONS });
    expect(plan.anchor).toBeDefined();
    expect(plan.fromEvidence).toBeUndefined();
  });

  it('plans around the evidence when there is some', async () => {
    const src = sentences(800, 3);
    const [a, b] = await sides(src, src.slice(0, 700));
    expect(planParallel(a, b, { ...DEFAULT_ALIGN_OPTIONS }).fromEvidence).toBe(true);
  });

  it('keeps the plan (and the length path it holds) when new vectors place every block where it was', async () => {
    const src = sentences(800, 3);
    const [a, b] = await sides(src, src.slice(0, 700));
    const plan = planParallel(a, b, { ...DEFAULT_ALIGN_OPTIONS });
    // The same vectors give the same evidence path, so the second pass needs no new plan.
    expect(replanParallel(plan, a, b, { ...DEFAULT_ALIGN_OPTIONS })).toBe(plan);
    // Vectors that place the blocks elsewhere (the target shifted by 100 sentences) give a new one.
    const [, shifted] = await sides(src, src.slice(100, 800));
    expect(replanParallel(plan, a, shifted, { ...DEFAULT_ALIGN_OPTIONS })).not.toBe(plan);
  });
});

describe('blockSums', () => {
  it('sums weighted rows per block; zero entries (+0 or -0) leave +0 sums', () => {
    // Rows (dim 3), blocks of 2, weights [2, 3, 0.5]: block 0 = 2·[1, 0, -0] + 3·[0, -0, 2] = [2, 0, 6];
    // block 1 = 0.5·[-0, 4, 0] = [0, 2, 0]. Every zero sum is +0 (never -0).
    const x = { n: 3, dim: 3, data: Float32Array.from([1, 0, -0, 0, -0, 2, -0, 4, 0]) };
    const out = blockSums(x, 2, Float64Array.from([2, 3, 0.5]));
    expect(out.n).toBe(2);
    expect(Array.from(out.data)).toEqual([2, 0, 6, 0, 2, 0]);
    for (const k of [1, 3, 5]) expect(Object.is(out.data[k], 0)).toBe(true);
  });
});
