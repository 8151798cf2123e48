// Which sentences `shiftedOrphans` reports, from hand-made similarities of twelve 1-1 pairs.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { shiftedOrphans } from '../../src/compare/shifted.js';
import { bead, side } from '../check/helpers.js';

const source = side('en', Array.from({ length: 12 }, (_, i) => `And they went from place ${i}, and pitched in the next one.`));
const beads: Bead[] = source.sentences.map((_, i) => bead([i], [i]));
// Every pair's own similarity is 0.5 (so the median pair is 0.5 and the bound half of it, 0.25); a
// source against another target is 0.4, except the sentences of `later` against the next target and
// those of `earlier` against the previous one, at 0.6: a gain of 0.1 each.
const sims = (later: number[], earlier: number[] = []) => (i: number, tgt: readonly number[]) => {
  const j = tgt[0]!;
  return j === i ? 0.5 : (j === i + 1 && later.includes(i)) || (j === i - 1 && earlier.includes(i)) ? 0.6 : 0.4;
};
const reported = (b: Bead[], sim: (i: number, t: readonly number[]) => number, o = {}) => shiftedOrphans(source.sentences, b, sim, o).map((u) => u.sentence);

describe('shiftedOrphans', () => {
  it('reports the pair right after a run whose sources belong one target later (0.1 + 0.1 + 0.1 = 0.3 ≥ 0.25)', () => {
    expect(reported(beads, sims([3, 4, 5]))).toEqual([6]);
    expect(shiftedOrphans(source.sentences, beads, sims([3, 4, 5]))[0]).toEqual({ side: 'source', sentence: 6, bead: 6, similarity: 0.5, evidence: 'leave-out' });
  });
  it('reports the pair right before a run whose sources belong one target earlier', () => {
    expect(reported(beads, sims([], [7, 8, 9]))).toEqual([6]);
  });
  it('needs the summed gain and the run length', () => {
    // Two pairs gain 0.2 < 0.25; with a bound of 0.3 × 0.5 = 0.15 they are enough.
    expect(reported(beads, sims([3, 4]))).toEqual([]);
    expect(reported(beads, sims([3, 4]), { minGain: 0.3 })).toEqual([5]);
    // One pair is never enough, however much it gains.
    expect(reported(beads, sims([3]), { minGain: 0.1 })).toEqual([]);
  });
  it('counts 1-1 pairs only, and needs ten of them for a median', () => {
    // A 2-1 bead at source 4 breaks the run 3-5: what is left, one pair before it and one after, is too short.
    const merged = [...beads.slice(0, 4), bead([4, 5], [4]), bead([], [5], 'addition'), ...beads.slice(6)];
    expect(reported(merged, sims([3, 4, 5]))).toEqual([]);
    expect(reported(beads.slice(0, 9), sims([3, 4, 5]))).toEqual([]);
  });
});
