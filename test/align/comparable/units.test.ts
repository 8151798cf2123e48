// Comparable mode's word units (src/align/comparable/units.ts): which units a sentence gives, how
// the two documents weigh them, and the null that deals them out at random.
import { describe, expect, it } from 'vitest';
import { sentenceUnits, shuffledUnits, unitVectors, weighUnits, type UnitSet } from '../../../src/align/comparable/units.js';
import { dotRows } from '../../../src/align/vectors.js';

const set = (entries: [number, number][]): UnitSet => new Map(entries);

describe('sentenceUnits', () => {
  it('gives folded words of 3+ letters (or with a digit) and the 5-letter prefix of longer words, not function words', () => {
    // "Venezuelan" → word + prefix "venez"; "Venezuela" → word + the same prefix; "of", "the" are
    // function words or too short; "2023" has digits: 2 words + 1 shared prefix + "2023" = 4 units.
    const u = sentenceUnits('The Venezuelan of Venezuela 2023');
    expect(u.size).toBe(4);
    expect([...u.values()].sort()).toEqual([0.5, 1, 1, 1]);
  });
  it('folds accents, so Rodríguez and Rodriguez are one unit', () => {
    expect([...sentenceUnits('Rodríguez').keys()]).toEqual([...sentenceUnits('Rodriguez').keys()]);
  });
});

describe('weighUnits', () => {
  it('keeps the units both sides use, weighted by log(N / df)', () => {
    // Units 1 (both sides, 3 of 4 sentences), 2 (both, 2 of 4), 3 (source only: dropped), 4 (target only: dropped).
    const [src, tgt] = weighUnits([set([[1, 1], [2, 1], [3, 1]]), set([[1, 1]])], [set([[1, 0.5], [2, 1], [4, 1]]), set([])]);
    expect(src[0].keys).toEqual([1, 2]);
    expect(src[0].weights[0]).toBeCloseTo(Math.log(4 / 3), 12);
    expect(src[0].weights[1]).toBeCloseTo(Math.log(4 / 2), 12);
    expect(tgt[0].keys).toEqual([1, 2]);
    expect(tgt[0].weights[0]).toBeCloseTo(0.5 * Math.log(4 / 3), 12);
    expect(tgt[1].keys).toEqual([]);
  });
});

describe('unitVectors', () => {
  it('gives unit rows whose cosine is the weighted share of units in common; no shared unit: the zero row', () => {
    // Rows {a:3, b:4} and {a:3}: cosine 3·3 / (5 · 3) = 0.6 (units 11 and 22 fall in different dimensions).
    const v = unitVectors([{ keys: [11, 22], weights: [3, 4] }, { keys: [11], weights: [3] }, { keys: [], weights: [] }], 4096);
    expect(dotRows(v, 0, v, 0)).toBeCloseTo(1, 6);
    expect(dotRows(v, 0, v, 1)).toBeCloseTo(0.6, 6);
    expect(Array.from(v.data.subarray(2 * 4096)).every((x) => x === 0)).toBe(true);
  });
});

describe('shuffledUnits', () => {
  it('keeps each sentence’s unit count and the side’s units, changes who has which, and is the same for the same seed', () => {
    const list = Array.from({ length: 6 }, (_, r) => ({ keys: [r * 10, r * 10 + 1, r * 10 + 2], weights: [1, 2, 3] }));
    const a = shuffledUnits(list, 1);
    expect(a.map((u) => u.keys.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(a.flatMap((u) => u.keys).sort((x, y) => x - y)).toEqual(list.flatMap((u) => u.keys).sort((x, y) => x - y));
    // A unit keeps its weight (the weight of key k is k mod 10 + 1).
    for (const u of a) u.keys.forEach((k, q) => expect(u.weights[q]).toBe((k % 10) + 1));
    expect(a.some((u, r) => u.keys.some((k) => Math.floor(k / 10) !== r))).toBe(true);
    expect(shuffledUnits(list, 1)).toEqual(a);
  });
});
