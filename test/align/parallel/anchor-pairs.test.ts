import { describe, expect, it } from 'vitest';
import { candidatePairs, heaviestChain, supported, type AnchorPair } from '../../../src/align/parallel/anchor-pairs.js';
import { chainBand, chainPath } from '../../../src/align/parallel/anchors.js';
import { beadTypes } from '../../../src/align/parallel/beadTypes.js';
import { sideWords } from '../../../src/align/parallel/lexicon.js';

const pair = (i: number, j: number, score = 1): AnchorPair => ({ i, j, score });
const prefix = (lengths: number[]): Float64Array => {
  const out = new Float64Array(lengths.length + 1);
  lengths.forEach((l, k) => (out[k + 1] = out[k] + l));
  return out;
};

describe('anchor pairs', () => {
  it('scores pairs by shared learned word pairs weighted by rarity, and keeps mutual bests above the floor', () => {
    const ws = sideWords(['alpha', 'beta gamma']);
    const wt = sideWords(['xx', 'yy zz', 'ww']);
    // Word ids by first appearance: alpha 0, beta 1, gamma 2; xx 0, yy 1, zz 2, ww 3. Pairs 0..2:
    // alpha–xx, beta–yy, gamma–zz, each of weight 2.
    const lexicon = {
      src: { start: Int32Array.from([0, 1, 2, 3]), pair: Int32Array.from([0, 1, 2]), weight: Float32Array.from([2, 2, 2]) },
      tgt: { start: Int32Array.from([0, 1, 2, 3, 3]), pair: Int32Array.from([0, 1, 2]), weight: Float32Array.from([2, 2, 2]) },
    };
    // Each target word is in 1 of 3 sentences: a shared pair scores 2·ln 3 = 2.2, under the floor of 4;
    // sentence 1 shares two pairs with target 1: 4·ln 3 = 4.39.
    const found = candidatePairs(ws, wt, lexicon);
    expect(found.map(({ i, j }) => [i, j])).toEqual([[1, 1]]);
    expect(found[0].score).toBeCloseTo(4 * Math.log(3), 5);
  });

  it('chains the heaviest strictly increasing subsequence', () => {
    // (1,1), (2,2), (3,3) weigh 3 together; (0,5) and (4,0) each conflict with all of them.
    const pairs = [pair(0, 5), pair(1, 1), pair(2, 2), pair(3, 3), pair(4, 0, 2)];
    expect(heaviestChain(pairs, 6).map(({ i, j }) => [i, j])).toEqual([[1, 1], [2, 2], [3, 3]]);
    // At weight 10, (4,0) alone outweighs the three.
    pairs[4] = pair(4, 0, 10);
    expect(heaviestChain(pairs, 6).map(({ i, j }) => [i, j])).toEqual([[4, 0]]);
    // Equal targets do not chain (strictly increasing): (0,2) then (1,2) is not a chain.
    expect(heaviestChain([pair(0, 2), pair(1, 2, 2)], 3).map(({ i }) => i)).toEqual([1]);
  });

  it('drops a chained pair with no other within 25 source sentences', () => {
    const chain = [pair(0, 0), pair(10, 10), pair(100, 100), pair(200, 200), pair(210, 210)];
    expect(supported(chain).map(({ i }) => i)).toEqual([0, 10, 200, 210]);
  });

  it('puts the run of skips before the first anchor where the anchor says the passage ends', () => {
    // 40 source and 10 target sentences of 10 characters, ratio 1; source 0..29 have no counterpart.
    // The first anchor (32, 2) covers 20 target characters back to source 30; a tenth of that stretch
    // (2 sentences, rounded up to 1) of slack puts the run's end at 29. Rows 0..26 then hold only the
    // run (target 0 plus 2 nodes of slack); rows from 27 on reach the anchor's rectangle.
    const band = chainBand([pair(32, 2), pair(35, 5), pair(38, 8)], prefix(Array(40).fill(10)), prefix(Array(10).fill(10)), 1);
    for (let i = 0; i <= 26; i++) expect([band.lo[i], band.hi[i]]).toEqual([0, 2]);
    expect(band.hi[27]).toBe(4);
    expect(band.hi[40]).toBe(10);
  });

  it('makes an anchor path of the pairs only where a passage is missing at an end', () => {
    const types = beadTypes(4, 6);
    const ten = prefix(Array(10).fill(10));
    // A complete translation (10 and 10 sentences of equal length): the stretches before (2, 2) and
    // after (8, 8) align back to (0, 0) and on to (10, 10) with no run, so the caller keeps its path.
    expect(chainPath(ten, ten, [pair(2, 2), pair(5, 5), pair(8, 8)], { types, ratio: 1 })).toBeUndefined();
    // Source 0..29 missing in the target (as above): a path from (0, 0) to (40, 10) that has passed
    // row 26 still at target node 0..2 (the run).
    const path = chainPath(prefix(Array(40).fill(10)), ten, [pair(32, 2), pair(35, 5), pair(38, 8)], { types, ratio: 1 })!;
    expect([path[0], path[1], path[path.length - 2], path[path.length - 1]]).toEqual([0, 0, 40, 10]);
    let at26 = -1;
    for (let p = 0; p < path.length; p += 2) if (path[p] === 26) at26 = path[p + 1];
    expect(at26).toBeGreaterThanOrEqual(0);
    expect(at26).toBeLessThanOrEqual(2);
  });
});
