// Comparable mode's lexicon pass (src/align/comparable/lexicon-pass.ts) on a hand-made document:
// which word pairs it learns from the accepted pairs, and what their features do to the vectors.
import { describe, expect, it } from 'vitest';
import { learnedVectors, MIN_LEARNING_PAIRS } from '../../../src/align/comparable/lexicon-pass.js';
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

// Eleven sentences a side. `gipfel` and `sommet` are in sentences 0, 1, 2 and 10 of their side; every
// other word is in one sentence only. Pairs k–k for k = 0..9 are the accepted ones (10 = MIN_LEARNING_PAIRS).
const fillers = ['delta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu'];
const src = side(['alpha gipfel', 'beta gipfel', 'gamma gipfel', ...fillers, 'epsilon gipfel'], 0);
const tgt = side(['one sommet', 'two sommet', 'three sommet', ...fillers.map((w) => `${w}x`), 'five sommet'], 100);
const all = Array.from({ length: 11 }, (_, k) => k);
const pair = (r: number, c: number): PairGroup => ({ src: [r], tgt: [c], strength: [1] });
const accepted = (count: number) => Array.from({ length: count }, (_, k) => pair(k, k));

describe('comparable lexicon pass', () => {
  it('learns gipfel ~ sommet from ten accepted pairs and adds it as a shared feature', () => {
    expect(MIN_LEARNING_PAIRS).toBe(10);
    // n = 10 pairs: gipfel in 3, sommet in 3, together in 3: phi = (10·3 − 3·3) / sqrt(3·7·3·7) = 21/21 = 1,
    // so one pair of weight 2 · 1 = 2. Every other word is in one pair (fewer than 3).
    const learned = learnedVectors(src, tgt, all, all, accepted(10));
    expect(learned?.pairs).toBe(1);
    // Sentence 0 of each side: two distinct words, estimated norm sqrt(3 · 2) = sqrt(6); with the
    // pair feature (±2 in one shared slot) sqrt(6 + 4) = sqrt(10). Their own slots differ, so the
    // cosine is the pair feature's alone: 2 · 2 / 10 = 0.4 (it was 0).
    expect(dotRows(learned!.src, 0, learned!.tgt, 0)).toBeCloseTo(0.4, 6);
    // Sentence 10 was not an accepted pair but has both words: it gains the same 0.4 with any sommet sentence.
    expect(dotRows(learned!.src, 10, learned!.tgt, 1)).toBeCloseTo(0.4, 6);
    // `delta` and `deltax` have no learned pair: unchanged, still unit vectors at their own slots.
    expect(dotRows(learned!.src, 3, learned!.tgt, 3)).toBe(0);
    expect(learned!.src.data[3 * DIM + 3]).toBe(1);
    // The sides' own vectors are left as they were (the pass works on copies).
    expect(dotRows(src.overlaps![0], 0, tgt.overlaps![0], 0)).toBe(0);
    expect(src.overlaps![0].data[0]).toBe(1);
  });

  it('learns nothing from fewer than ten 1-1 pairs, even when a word pair shares three of them', () => {
    // Nine pairs: gipfel/sommet together in 3 of 9 would give phi = (9·3 − 9) / (3·6) = 1, but 9 < 10.
    expect(learnedVectors(src, tgt, all, all, accepted(9))).toBeUndefined();
    // A 2-1 group is not a 1-1 pair: nine 1-1 pairs and one 2-1 group are again too few.
    const group: PairGroup = { src: [9, 10], tgt: [9], strength: [1, 1] };
    expect(learnedVectors(src, tgt, all, all, [...accepted(9), group])).toBeUndefined();
  });

  it('learns nothing when no word pair shares three accepted pairs', () => {
    // Ten pairs: 0–0, 1–1, 2–3, 3–2, 4–4 … 9–9. gipfel is in 3 of them (src 0, 1, 2), sommet in 3
    // (tgt 0, 1, 2), but together only in 0–0 and 1–1: 2 < 3.
    const groups = [pair(0, 0), pair(1, 1), pair(2, 3), pair(3, 2), ...[4, 5, 6, 7, 8, 9].map((k) => pair(k, k))];
    expect(groups).toHaveLength(10);
    expect(learnedVectors(src, tgt, all, all, groups)).toBeUndefined();
  });

  it('maps rows and columns through the content indices', () => {
    // Rows/columns index content lists; here row k is sentence k + 1 (and row 9 sentence 0).
    const list = [...all.slice(1), 0];
    // Rows 0..9 = sentences 1..10 paired with themselves: gipfel/sommet together in 1, 2, 10 (3 of 10).
    const learned = learnedVectors(src, tgt, list, list, accepted(10));
    expect(learned?.pairs).toBe(1);
    expect(dotRows(learned!.src, 0, learned!.tgt, 0)).toBeCloseTo(0.4, 6);
  });
});
