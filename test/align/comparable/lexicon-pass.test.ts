// Comparable mode's lexicon pass (src/align/comparable/lexicon-pass.ts) on a hand-made document:
// which word pairs it learns from the accepted pairs, and what their features do to the vectors.
import { describe, expect, it } from 'vitest';
import { learnedVectors } from '../../../src/align/comparable/lexicon-pass.js';
import type { PairGroup } from '../../../src/align/comparable/match.js';
import { describeSide, type AlignSide } from '../../../src/align/side.js';
import { dotRows, packVectors } from '../../../src/align/vectors.js';

const DIM = 1024;
/** A side whose sentence k has the unit vector at slot `offset + k` (so no two sentences share anything). */
function side(texts: string[], offset: number): AlignSide {
  const vectors = texts.map((_, k) => {
    const v = new Float32Array(DIM);
    v[offset + k] = 1;
    return v;
  });
  return { ...describeSide(texts), overlaps: [packVectors(vectors, DIM)] };
}

// `gipfel` and `sommet` are in the accepted pairs 0, 1, 2 and nowhere else; every other word once.
const src = side(['alpha gipfel', 'beta gipfel', 'gamma gipfel', 'delta', 'epsilon gipfel'], 0);
const tgt = side(['one sommet', 'two sommet', 'three sommet', 'four', 'five sommet'], 100);
const all = [0, 1, 2, 3, 4];
const pair = (r: number, c: number): PairGroup => ({ src: [r], tgt: [c], strength: [1] });

describe('comparable lexicon pass', () => {
  it('learns gipfel ~ sommet from four accepted pairs and adds it as a shared feature', () => {
    // Accepted pairs 0–0 … 3–3 (n = 4): gipfel in 3, sommet in 3, together in 3:
    // phi = (4·3 − 3·3) / sqrt(3·1·3·1) = 1, so one pair of weight 2 · 1 = 2. Every other word is in one pair (< 3).
    const learned = learnedVectors(src, tgt, all, all, [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3)]);
    expect(learned?.pairs).toBe(1);
    // Sentence 0 of each side: two distinct words, estimated norm sqrt(3 · 2) = sqrt(6); with the
    // pair feature (±2 in one shared slot) sqrt(6 + 4) = sqrt(10). Their own slots differ, so the
    // cosine is the pair feature's alone: 2 · 2 / 10 = 0.4 (it was 0).
    expect(dotRows(learned!.src, 0, learned!.tgt, 0)).toBeCloseTo(0.4, 6);
    // Sentence 4 was not an accepted pair but has both words: it gains the same 0.4 with any sommet sentence.
    expect(dotRows(learned!.src, 4, learned!.tgt, 1)).toBeCloseTo(0.4, 6);
    // `delta` and `four` have no learned pair: unchanged, still unit vectors at their own slots.
    expect(dotRows(learned!.src, 3, learned!.tgt, 3)).toBe(0);
    expect(learned!.src.data[3 * DIM + 3]).toBe(1);
    // The sides' own vectors are left as they were (the pass works on copies).
    expect(dotRows(src.overlaps![0], 0, tgt.overlaps![0], 0)).toBe(0);
    expect(src.overlaps![0].data[0]).toBe(1);
  });

  it('learns nothing from fewer than three accepted pairs sharing the words, nor from many-to-one groups', () => {
    expect(learnedVectors(src, tgt, all, all, [pair(0, 0), pair(1, 1)])).toBeUndefined();
    // A 2-1 group is not a 1-1 pair: only 0–0 and 1–1 count, which is again too few.
    const group: PairGroup = { src: [2, 4], tgt: [2], strength: [1, 1] };
    expect(learnedVectors(src, tgt, all, all, [pair(0, 0), pair(1, 1), group])).toBeUndefined();
  });

  it('maps rows and columns through the content indices', () => {
    // Rows/columns index content lists; here row k is sentence k + 1 … so row 0 = 'beta gipfel'.
    const rows = [1, 2, 4, 3];
    const cols = [1, 2, 4, 3];
    // Pairs row0–col0 (1–1), row1–col1 (2–2), row2–col2 (4–4), row3–col3 (3–3): gipfel/sommet together 3 times of 4.
    const learned = learnedVectors(src, tgt, rows, cols, [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3)]);
    expect(learned?.pairs).toBe(1);
    expect(dotRows(learned!.src, 0, learned!.tgt, 0)).toBeCloseTo(0.4, 6);
  });
});
