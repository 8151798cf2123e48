// Comparable mode's evidence beside the score (side-evidence.ts): lengths and numbers as a log
// likelihood ratio learned from the document's sure pairs, and how the shared-evidence step of the
// matcher (match.ts `sharedPairs`) weighs it against the null.
import { describe, expect, it } from 'vitest';
import { matchPairs } from '../../../src/align/comparable/match.js';
import { MIN_SURE_PAIRS, numberRelation, pairEvidence, sideFacts, type SideFacts } from '../../../src/align/comparable/side-evidence.js';

describe('side facts', () => {
  it('reads log lengths and the numbers written in digits, in the language’s conventions', () => {
    const f = sideFacts(['Der Gipfel (8481 m) wurde 1956 erreicht.', 'Es ist doch sehr bedeutsam :', 'Lager II ( 6700 m ) und 6 700 m'], [40, 28, 30], 'de');
    expect(f.logLength[0]).toBeCloseTo(Math.log(40), 12);
    expect(f.logLength[1]).toBeCloseTo(Math.log(28), 12);
    // 8481 and the year 1956; none; `6700` and `6 700` are one value (a space groups thousands in German).
    expect(f.numbers).toEqual([[8481, 1956], [], [6700]]);
  });

  it('relates two sentences’ numbers as none, one, shared or clash', () => {
    expect(numberRelation([], [])).toBe('none');
    expect(numberRelation([1956], [])).toBe('one');
    expect(numberRelation([], [8481])).toBe('one');
    expect(numberRelation([8481, 1956], [8481])).toBe('shared');
    expect(numberRelation([8481], [8482])).toBe('clash');
  });
});

describe('pair evidence', () => {
  // 20 sentences a side, log lengths 3.0, 3.1, …, 4.9 on both, no numbers. Sure pairs (k, k) for
  // k < 10: every ratio 0, so the counterparts' spread is the floor 0.15. Each side's median is
  // 3.95 and its absolute deviations 0.05, 0.15, …, 0.95 twice (median 0.5), spread 1.4826 · 0.5 =
  // 0.7413; unrelated pairs: mean 0, spread hypot(0.7413, 0.7413) = 1.04837.
  const side = (): SideFacts => ({ logLength: Float64Array.from({ length: 20 }, (_, k) => 3 + k / 10), numbers: Array.from({ length: 20 }, () => []) });
  const sure = Array.from({ length: 10 }, (_, k) => [k, k] as const);
  const evidence = pairEvidence(side(), side(), sure);
  // Numbers: every pair is 'none'; counterparts (10 + 0.5)/12, all 400 cells (400 + 0.5)/402:
  // ln(0.875 / 0.996269) = −0.12979.
  const numbers = Math.log(0.875 / (400.5 / 402));

  it('a pair at the usual length ratio scores the ceiling, 0.5', () => {
    // Ratio 0: ln(1.04837 / 0.15) − 0.12979 = 1.8146, over the ceiling.
    expect(evidence(0, 0)).toBe(0.5);
  });

  it('a ratio off by 0.3 counts a little against, worked by hand', () => {
    // x = 3.0 − 3.3 = −0.3: counterparts −ln 0.15 − 0.09/0.045 = −0.10292; unrelated −ln 1.04837 −
    // 0.09/(2 · 1.09908) = −0.08818; difference −0.01474, plus the numbers' −0.12979.
    const length = (-Math.log(0.15) - 0.09 / (2 * 0.15 ** 2)) - (-Math.log(Math.hypot(0.7413, 0.7413)) - 0.09 / (2 * Math.hypot(0.7413, 0.7413) ** 2));
    expect(evidence(0, 3)).toBeCloseTo(length + numbers, 3);
    expect(evidence(0, 3)).toBeCloseTo(-0.1445, 3);
  });

  it('a ratio far off stops at the floor, −3', () => {
    // x = −0.6: −5.89 − 0.13, under the floor.
    expect(evidence(0, 6)).toBe(-3);
  });

  it('numbers the counterparts share count for a pair, numbers that clash against it', () => {
    // Sure pairs share a number; a pair with numbers that clash is rare among them, common among all.
    const src = side();
    const tgt = side();
    const withNumbers = (f: SideFacts, values: number[][]): SideFacts => ({ ...f, numbers: values });
    const a = withNumbers(src, Array.from({ length: 20 }, (_, k) => [1000 + k]));
    const b = withNumbers(tgt, Array.from({ length: 20 }, (_, k) => [1000 + k]));
    const ev = pairEvidence(a, b, sure);
    // Cells (0, 0) and (0, 1): lengths 0 and −0.1 apart; (1, 1) shares 1001 at ratio 0, (1, 0) clashes at 0.1.
    expect(ev(1, 1)).toBeGreaterThan(ev(1, 0));
    const clash = pairEvidence(a, withNumbers(tgt, Array.from({ length: 20 }, (_, k) => [2000 + k])), sure);
    // When even the sure pairs clash, a clash is no evidence against (the same rate in both).
    expect(clash(1, 1)).toBe(0.5);
  });

  it('learns nothing from fewer than MIN_SURE_PAIRS sure pairs', () => {
    const few = pairEvidence(side(), side(), sure.slice(0, MIN_SURE_PAIRS - 1));
    expect([few(0, 0), few(0, 6), few(5, 2)]).toEqual([0, 0, 0]);
  });
});

describe('shared-evidence pairs weigh lengths and numbers against the null', () => {
  // 5 × 5 scores: only row 0 has a partner, cell (0, 0) at 90, everything else 0. Ten null matrices,
  // constant 0, 10, …, 90: their 100 row and column bests are ten of each, so survival(90) =
  // 10.5/101 and survival(0) = 100.5/101.
  const n = 5;
  const score = new Float64Array(n * n);
  score[0] = 90;
  const nulls = Array.from({ length: 10 }, (_, k) => new Float64Array(n * n).fill(10 * k));
  const o = { falseRate: 0.1, orderWindow: 0, maxGroup: 3 };

  it('without evidence, one pair at 90 is what chance gives one sentence in ten: not paired', () => {
    // 10 tests, share 1 (8 bests of 0 have p ≈ 1): at 90, 10 · 0.104 = 1.04 > 0.1 · 2.
    expect(matchPairs(score, nulls, n, n, o)).toEqual([]);
    expect(matchPairs(score, nulls, n, n, o, () => () => 0)).toEqual([]);
  });

  it('when lengths and numbers tell against every other cell, the same score is enough', () => {
    // Evidence +0.5 for (0, 0), −3 elsewhere. Tests: row 0 and column 0 −ln(10.5/101) + 0.5 = 2.764;
    // the other eight −ln(100.5/101) − 3 = −2.995. Chance: each null best with the evidence of the
    // real sentence's next-best cells (all −3), at most 2.264 − 3 < 0; so at 2.764 no chance value
    // is as high: 10 · 0.5/101 = 0.05 ≤ 0.1 · 2, and (0, 0) is a mutual choice.
    const evidence = () => (r: number, c: number) => (r === 0 && c === 0 ? 0.5 : -3);
    expect(matchPairs(score, nulls, n, n, o, evidence).map((g) => `${g.src}:${g.tgt}`)).toEqual(['0:0']);
  });
});
