// The pieces of comparable mode's matcher: ratio margins, the null and its thresholds, the order
// prior, and the whole matcher on pure noise.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/index.js';
import { matchPairs, orderThreshold } from '../../../src/align/comparable/match.js';
import { falseRateThreshold, nullSample, nullShare, survival, topTwo } from '../../../src/align/comparable/null.js';
import { nullDocument } from '../../../src/align/comparable/null-document.js';
import { supportedColumns } from '../../../src/align/comparable/order.js';
import { seededRandom } from '../../../src/align/random.js';
import { marginMatrix, ratioMargins } from '../../../src/align/similarity.js';
import { packVectors } from '../../../src/align/vectors.js';
import type { Embedder } from '../../../src/embed/types.js';
import { wordEmbedder } from '../helpers.js';

describe('ratio margins', () => {
  // Source a0 = (1, 0), a1 = (0, 1); target b0 = (1, 0), b1 = (0.6, 0.8). Cosines:
  //   a0·b0 = 1, a0·b1 = 0.6, a1·b0 = 0, a1·b1 = 0.8.
  const src = packVectors([Float32Array.of(1, 0), Float32Array.of(0, 1)], 2);
  const tgt = packVectors([Float32Array.of(1, 0), Float32Array.of(0.6, 0.8)], 2);

  it('k = 2: cosine over the mean of both k-NN means, worked by hand', () => {
    // k-NN means (both neighbours): a0 (1 + 0.6)/2 = 0.8, a1 (0 + 0.8)/2 = 0.4; b0 (1 + 0)/2 = 0.5, b1 (0.6 + 0.8)/2 = 0.7.
    // a0–b0: 1 / ((0.8 + 0.5)/2) = 1/0.65; a0–b1: 0.6 / 0.75 = 0.8; a1–b0: 0; a1–b1: 0.8 / 0.55.
    const r = ratioMargins(marginMatrix(src, tgt, 2));
    expect(r[0]).toBeCloseTo(1 / 0.65, 6);
    expect(r[1]).toBeCloseTo(0.8, 6);
    expect(r[2]).toBeCloseTo(0, 6);
    expect(r[3]).toBeCloseTo(0.8 / 0.55, 6);
  });

  it('k = 1: each k-NN mean is the best cosine, so a mutual best scores exactly 1', () => {
    // Bests: a0 1, a1 0.8; b0 1, b1 0.8. a0–b1: 0.6 / ((1 + 0.8)/2) = 0.6/0.9.
    const r = ratioMargins(marginMatrix(src, tgt, 1));
    expect([r[0], r[1], r[2], r[3]].map((v) => Number(v.toFixed(6)))).toEqual([1, Number((0.6 / 0.9).toFixed(6)), 0, 1]);
  });

  it('a background of 0 or below gives 0, not a sign flip or a division by zero', () => {
    const a = packVectors([Float32Array.of(1, 0)], 2);
    const b = packVectors([Float32Array.of(-1, 0)], 2);
    expect(ratioMargins(marginMatrix(a, b, 1))[0]).toBe(0);
  });
});

describe('the null and its thresholds', () => {
  it('survival counts values at or above t, with half a count added', () => {
    const nul = nullSample([3, 1, 2, 4]);
    // ≥ 2.5: {3, 4} → (2 + 0.5)/5; ≥ 1: all four → 4.5/5; above everything: 0.5/5.
    expect(survival(nul, 2.5)).toBeCloseTo(0.5, 12);
    expect(survival(nul, 1)).toBeCloseTo(0.9, 12);
    expect(survival(nul, 9)).toBeCloseTo(0.1, 12);
  });

  it('falseRateThreshold is the Benjamini–Hochberg step-up over the observed scores', () => {
    // Expected chance passes: 10 × survival of a uniform null on 0..99 (100 values) → at t, 10 · (100 − t + 0.5)/101.
    const nul = nullSample(Array.from({ length: 100 }, (_, k) => k));
    const expected = (t: number) => 10 * survival(nul, t);
    // Scores 200, 150 (beyond the null: 10 · 0.5/101 ≈ 0.05 each) and 95 (10 · 5.5/101 ≈ 0.54).
    // At 150: 0.05 ≤ 0.1 · 2 passes; at 95: 0.54 > 0.1 · 3 fails, so the threshold is 150.
    expect(falseRateThreshold([95, 200, 150], expected, 0.1)).toBe(150);
    // At a rate of 0.2, 95 passes too (0.54 ≤ 0.6).
    expect(falseRateThreshold([95, 200, 150], expected, 0.2)).toBe(95);
    // Nothing beats chance: no threshold.
    expect(falseRateThreshold([10, 20], expected, 0.1)).toBe(Infinity);
  });

  it('topTwo finds the best and the runner-up', () => {
    expect(topTwo(4, (k) => [2, 7, 5, 7][k])).toEqual({ best: 1, first: 7, second: 7 });
    expect(topTwo(1, () => 3)).toEqual({ best: 0, first: 3, second: -Infinity });
  });

  it('a null document keeps the side mean and each vector norm-1, and is repeatable', () => {
    const set = packVectors([Float32Array.of(1, 0, 0, 0), Float32Array.of(0, 1, 0, 0), Float32Array.of(0, 0, 1, 0)], 4);
    const a = nullDocument(set, [0, 1, 2], 7);
    for (let r = 0; r < 3; r++) {
      let norm = 0;
      for (let d = 0; d < 4; d++) norm += a.data[r * 4 + d] ** 2;
      expect(norm).toBeCloseTo(1, 6);
    }
    expect(nullDocument(set, [0, 1, 2], 7)).toEqual(a);
  });
});

describe('the share of sentences with no counterpart', () => {
  // A uniform null on 0..99 (100 values): survival(x) = (100 − x + 0.5)/101, over ½ for x ≤ 49.
  const nul = nullSample(Array.from({ length: 100 }, (_, k) => k));

  it('nullShare is (p-values over ½ + 1) / (½ · tests), at most 1', () => {
    const p = (xs: number[]) => xs.map((x) => survival(nul, x));
    // 2 of 10 tests below the null median (p over ½): (2 + 1)/(0.5 · 10) = 0.6.
    expect(nullShare(p([10, 20, ...Array(8).fill(1000)]))).toBeCloseTo(0.6, 12);
    // 4 of 8: (4 + 1)/4 = 1.25, capped at 1 (tests that look like the null count in full).
    expect(nullShare(p([10, 20, 30, 40, 1000, 1000, 1000, 1000]))).toBe(1);
    expect(nullShare([])).toBe(1);
  });

  it('the order prior counts only the candidates that look like chance', () => {
    // Single null cells uniform on 0..99: S(92) = 8.5/101 ≈ 0.084, S(10) = 90.5/101 ≈ 0.896.
    // Eight candidates score 92 and two score 10, each the only supported cell of its row (k = 1),
    // so their p-values are S itself: two over ½, share (2 + 1)/(0.5 · 10) = 0.6. Ten cells tried:
    // at 92, 10 · 0.084 = 0.84 chance passes > 0.1 · 8 counting all, but 0.6 · 0.84 = 0.50 ≤ 0.8.
    const candidates = [...Array.from({ length: 8 }, (_, r) => [92, r, r, 1] as const), [10, 8, 8, 1] as const, [10, 9, 9, 1] as const];
    expect(orderThreshold(candidates, nul, 0.1)).toBe(92);
    expect(falseRateThreshold(candidates.map((x) => x[0]), (v) => 10 * survival(nul, v), 0.1)).toBe(Infinity);
  });

  it('a mutual best pair the null would give one sentence in ten is paired when most sentences have a partner', () => {
    // 5 × 5 scores: rows 0–3 score 90 with the column of the same index, everything else 0 (row 4
    // and column 4 have no partner). Ten null matrices, constant 0, 10, …, 90: their 100 row and
    // column bests are ten of each, so survival(90) = 10.5/101 ≈ 0.104 and survival(0) = 1.
    // Tests: 8 bests of 90 and 2 of 0 (row 4, column 4). Counting all 10 as possibly null, 90 needs
    // 10 · 0.104 = 1.04 ≤ 0.1 · 8 = 0.8: no. With the estimated share (2 tests below the median:
    // (2 + 1)/5 = 0.6), 0.6 · 1.04 = 0.62 ≤ 0.8: the four pairs are accepted.
    const n = 5;
    const score = new Float64Array(n * n);
    for (let k = 0; k < 4; k++) score[k * n + k] = 90;
    const nulls = Array.from({ length: 10 }, (_, k) => new Float64Array(n * n).fill(10 * k));
    const groups = matchPairs(score, nulls, n, n, { falseRate: 0.1, orderWindow: 0, maxGroup: 3 });
    expect(groups.map((g) => `${g.src}:${g.tgt}`).sort()).toEqual(['0:0', '1:1', '2:2', '3:3']);
    // When only one row has a partner, the share is 1 and the same score is not enough.
    const lone = new Float64Array(n * n);
    lone[0] = 90;
    expect(matchPairs(lone, nulls, n, n, { falseRate: 0.1, orderWindow: 0, maxGroup: 3 })).toEqual([]);
  });
});

describe('order prior', () => {
  it('supports the cells just after a preceding pair and just before a following one', () => {
    // Row 4: row 3 → 10 supports 11 (d = 1: c' + 1 … c' + 2 = 11, 12); row 6 → 20 supports 17, 18, 19 (d = 2: c' − 3 … c' − 1).
    const linked: number[][] = [];
    linked[3] = [10];
    linked[6] = [20];
    expect(supportedColumns(linked, 4, 30, 2)).toEqual([11, 12, 17, 18, 19]);
    // Window 1 sees only row 3; a column past the end is dropped.
    expect(supportedColumns(linked, 4, 12, 1)).toEqual([11]);
    expect(supportedColumns(linked, 0, 30, 2)).toEqual([]);
  });
});

/** An embedder of random unit vectors (a seeded Gaussian per text): no two texts are related. */
function noiseEmbedder(dim: number, seed: number): Embedder {
  return {
    id: `noise-${seed}`,
    dim,
    embed: async (texts) =>
      texts.map((text) => {
        let h = seed;
        for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
        const random = seededRandom(h);
        const v = Float32Array.from({ length: dim }, () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
        const norm = Math.hypot(...v);
        return v.map((x) => x / norm);
      }),
  };
}

describe('comparable mode on pure noise', () => {
  const paired = (beads: { src: number[]; tgt: number[] }[]) => beads.filter((b) => b.src.length && b.tgt.length).length;

  it('random vectors: (almost) nothing is paired', async () => {
    // 5 documents of 30 × 30 unrelated sentences: 900 chances a document. At a false rate of 0.1
    // a pair is accepted only with ten times its chance expectation behind it; allow one in all.
    let total = 0;
    for (let seed = 1; seed <= 5; seed++) {
      const texts = (side: string) => Array.from({ length: 30 }, (_, k) => `${side} ${seed} ${k}`);
      const r = await alignSentences(texts('s'), texts('t'), { mode: 'comparable', embedder: noiseEmbedder(64, seed) });
      total += paired(r.beads);
    }
    expect(total).toBeLessThanOrEqual(1);
  });

  it('unrelated sentences drawn from one vocabulary (they share words by chance): (almost) nothing is paired', async () => {
    let total = 0;
    for (let seed = 1; seed <= 5; seed++) {
      const random = seededRandom(seed);
      const vocabulary = Array.from({ length: 150 }, (_, k) => `word${k}x`);
      const sentence = () => Array.from({ length: 6 + Math.floor(random() * 8) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
      const src = Array.from({ length: 30 }, sentence);
      const tgt = Array.from({ length: 25 }, sentence);
      total += paired((await alignSentences(src, tgt, { mode: 'comparable', embedder: wordEmbedder(1024) })).beads);
    }
    expect(total).toBeLessThanOrEqual(1);
  });
});

describe('comparable options', () => {
  it('rejects out-of-range values with a one-line OptionError naming the option', async () => {
    for (const [bad, name] of [
      [{ falseRate: 0 }, 'falseRate'],
      [{ falseRate: 1.5 }, 'falseRate'],
      [{ neighbours: 0 }, 'neighbours'],
      [{ orderWindow: -1 }, 'orderWindow'],
      [{ partialLength: 1 }, 'partialLength'],
      [{ maxGroup: 0.5 }, 'maxGroup'],
    ] as const) {
      await expect(alignSentences(['a b c'], ['a b c'], { mode: 'comparable', ...bad })).rejects.toThrow(new RegExp(`^alignSentences: \`${name}\` must be`));
    }
  });
});
