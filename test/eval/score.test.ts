import { describe, expect, it } from 'vitest';
import { mergeByVerse, poolScores, scoreAlignment, scoreCounts } from '../../src/eval/score.js';

const b = (src: number[], tgt: number[]) => ({ src, tgt });

describe('scoreAlignment (Vecalign score.py semantics)', () => {
  const gold = [b([0], [0]), b([1, 2], [1]), b([3], []), b([4], [2, 3])];

  it('is perfect on the gold itself', () => {
    const r = scoreAlignment(gold, gold);
    expect(r.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(r.lax.f1).toBe(1);
  });

  it('counts a predicted deletion only when gold has that exact bead, and drops deletions from recall', () => {
    const test = [b([0], [0]), b([1], [1]), b([2], []), b([3], []), b([4], [2, 3])];
    const c = scoreCounts(gold, test);
    // precision: 0-0 hit, 1-1 lax only, [2]:[] miss, [3]:[] hit, 4 hit
    expect(c).toMatchObject({ predicted: 5, strictHitP: 3, laxHitP: 4 });
    // recall over gold beads with both sides: 0-0, [1,2]-[1] (lax via 1-1), 4-[2,3]
    expect(c).toMatchObject({ gold: 3, strictHitR: 2, laxHitR: 3 });
  });

  it('dedupes beads and drops empty ones; lax can be gamed by one big bead', () => {
    const big = [b([0, 1, 2, 3, 4], [0, 1, 2, 3]), b([0, 1, 2, 3, 4], [0, 1, 2, 3]), b([], [])];
    const r = scoreAlignment(gold, big);
    expect(r.strict.f1).toBe(0);
    expect(r.lax.precision).toBe(1);
    expect(r.lax.recall).toBe(1);
  });

  it('pools counts over documents', () => {
    const a = scoreCounts([b([0], [0])], [b([0], [0])]);
    const z = scoreCounts([b([0], [0])], [b([0], [1])]);
    expect(poolScores([a, z]).strict.precision).toBe(0.5);
  });
});

describe('mergeByVerse (Bertalign eval_bible.py)', () => {
  it('joins consecutive beads inside one verse, not across verses', () => {
    const srcVerse = ['v1', 'v1', 'v2'];
    const tgtVerse = ['v1', 'v1', 'v1', 'v2'];
    const merged = mergeByVerse([b([0], [0]), b([1], [1, 2]), b([], [3]), b([2], [])], srcVerse, tgtVerse);
    expect(merged).toEqual([b([0, 1], [0, 1, 2]), b([2], [3])]);
  });
});
