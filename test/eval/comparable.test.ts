import { describe, expect, it } from 'vitest';
import { addLinks, countLinks, linkScores, makeComparableCase } from '../../src/eval/comparable.js';

// A 4 × 5 "translation": 1-1 beads 0:0, 2:3, 3:4, a 1-2 bead 1:[1,2], nothing left out.
const SRC = ['s0', 's1', 's2', 's3'];
const TGT = ['t0', 't1', 't2', 't3', 't4'];
const GOLD = [
  { src: [0], tgt: [0] },
  { src: [1], tgt: [1, 2] },
  { src: [2], tgt: [3] },
  { src: [3], tgt: [4] },
];

describe('makeComparableCase', () => {
  it('intact: keeps texts and order; gold links are every bead link, 1-1 pairs only 1-1 beads', () => {
    const c = makeComparableCase(SRC, TGT, GOLD);
    expect(c.src).toEqual(SRC);
    expect(c.tgt).toEqual(TGT);
    expect([...c.links].sort()).toEqual(['0:0', '1:1', '1:2', '2:3', '3:4']);
    expect([...c.oneToOne].sort()).toEqual(['0:0', '2:3', '3:4']);
  });

  it('shuffled and dropped: the gold follows the texts to their new places', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const c = makeComparableCase(SRC, TGT, GOLD, { shuffle: true, drop: 0.3, seed });
      // round(4 · 0.3) = 1 source and round(5 · 0.3) = 2 target sentences go.
      expect(c.src).toHaveLength(3);
      expect(c.tgt).toHaveLength(3);
      // Every gold link still joins s_k to one of its t's: read the link back through the texts.
      const partners: Record<string, string[]> = { s0: ['t0'], s1: ['t1', 't2'], s2: ['t3'], s3: ['t4'] };
      for (const k of c.links) {
        const [i, j] = k.split(':').map(Number);
        expect(partners[c.src[i]]).toContain(c.tgt[j]);
      }
      // And every surviving gold link is there (a kept source with a kept partner).
      let expected = 0;
      for (const s of c.src) for (const t of partners[s]) if (c.tgt.includes(t)) expected++;
      expect(c.links.size).toBe(expected);
      // The source keeps its order (only the target is shuffled).
      expect([...c.src].sort()).toEqual(c.src);
    }
    // The same seed gives the same case.
    expect(makeComparableCase(SRC, TGT, GOLD, { shuffle: true, drop: 0.3, seed: 9 })).toEqual(makeComparableCase(SRC, TGT, GOLD, { shuffle: true, drop: 0.3, seed: 9 }));
  });

  it('rejects a drop share outside [0, 1)', () => {
    expect(() => makeComparableCase(SRC, TGT, GOLD, { drop: 1 })).toThrow(RangeError);
  });
});

describe('countLinks', () => {
  it('precision over predicted links (any gold bead counts), recall over gold 1-1 pairs', () => {
    const c = makeComparableCase(SRC, TGT, GOLD);
    const beads = [
      { src: [0], tgt: [0], label: 'match' }, // right, a 1-1 pair
      { src: [1], tgt: [2], label: 'match' }, // right (inside the 1-2 bead), not a 1-1 pair
      { src: [2], tgt: [4], label: 'match' }, // wrong
      { src: [3], tgt: [4], label: 'partial' }, // right, counted only with partial
      { src: [], tgt: [1], label: 'addition' },
    ];
    const strict = countLinks(beads, c, ['match']);
    expect(strict).toEqual({ predicted: 3, correct: 2, gold: 3, found: 1 });
    const lax = countLinks(beads, c, ['match', 'partial']);
    expect(lax).toEqual({ predicted: 4, correct: 3, gold: 3, found: 2 });
    // 2/3 and 1/3; pooled with the lax counts: (2 + 3)/(3 + 4) and (1 + 2)/(3 + 3).
    expect(linkScores(strict).precision).toBeCloseTo(2 / 3, 12);
    expect(linkScores(strict).recall).toBeCloseTo(1 / 3, 12);
    const pooled = linkScores(addLinks(strict, lax));
    expect(pooled.precision).toBeCloseTo(5 / 7, 12);
    expect(pooled.recall).toBeCloseTo(3 / 6, 12);
    expect(linkScores({ predicted: 0, correct: 0, gold: 0, found: 0 })).toEqual({ precision: 1, recall: 1 });
  });
});
