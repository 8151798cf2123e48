// The evidence of merged beads (src/align/parallel/merged.ts) on hand-made vectors over the basis
// e0..e3, with zero neighbour backgrounds unless a case says otherwise, so every expected value is a
// cosine worked out by hand (noted beside it).
import { describe, expect, it } from 'vitest';
import { groupEvidence, MergedScratch, mergedEvidence, sentenceEvidence } from '../../../src/align/parallel/merged.js';
import { sentenceCosine, type ModelStats } from '../../../src/align/parallel/model.js';
import { describeSide, withAdditiveVectors, type AlignSide } from '../../../src/align/side.js';
import { packVectors } from '../../../src/align/vectors.js';

const DIM = 4;

/**
 * A side from raw (unnormalised) vectors, as an additive embedder gives them, with runs of up to 2.
 * The default texts (`s0`, `s1`, …) have no closing punctuation, so they read as clauses of one
 * written sentence and every sentence keeps the half weight (`standsAlone`).
 */
function additiveSide(raw: number[][], texts: string[] = raw.map((_, k) => `s${k}`)): AlignSide {
  const norms = Float64Array.from(raw, (v) => Math.hypot(...v));
  const units = raw.map((v, k) => Float32Array.from(v, (x) => (norms[k] > 0 ? x / norms[k] : 0)));
  const set = packVectors(units, DIM);
  const side = describeSide(texts);
  // A placeholder with two group sizes, so withAdditiveVectors computes group norms for runs of 1 and 2.
  return withAdditiveVectors({ ...side, parts: { norms, groupNorms: [norms, norms] } }, set, norms);
}

/** The same side as a non-additive embedder gives it: a unit vector per sentence and per run of two. */
function overlapSide(raw: number[][], texts: string[] = raw.map((_, k) => `s${k}`)): AlignSide {
  const unit = (v: number[]) => {
    const n = Math.hypot(...v);
    return Float32Array.from(v, (x) => (n > 0 ? x / n : 0));
  };
  const pairs = raw.slice(1).map((v, k) => unit(v.map((x, d) => x + raw[k][d])));
  return { ...describeSide(texts), overlaps: [packVectors(raw.map(unit), DIM), packVectors(pairs, DIM)] };
}

function stats(n: number, m: number, mean0 = 0, knnSrc = new Float64Array(n), knnTgt = new Float64Array(m)): ModelStats {
  return { background: 0, knnSrc, knnTgt, mean0, mean1: 0.5, spread: 0.1, slope: 1, skip: 5 };
}

const e0 = [1, 0, 0, 0];
const e1 = [0, 1, 0, 0];
const e2 = [0, 0, 1, 0];
const zero = [0, 0, 0, 0];

describe('merged-bead evidence', () => {
  it('a 2-1 whose target holds both source sentences: each sentence against the other group', () => {
    const src = additiveSide([e0, e1]);
    const tgt = additiveSide([[1, 1, 0, 0]]);
    const st = stats(2, 1);
    const cos = sentenceCosine(src, tgt);
    // cos(e0, e0+e1) = cos(e1, e0+e1) = 1/√2; cos(e0+e1, e0+e1) = 1; half the sum = (1 + √2)/2.
    const sentence = sentenceEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0);
    expect(sentence).toBeCloseTo((1 + Math.SQRT2) / 2, 6);
    // The group reading: the groups' cosine is 1, counted once; no pair beats it, nothing unsupported.
    expect(groupEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0)).toBeCloseTo(1, 6);
    expect(mergedEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0, new MergedScratch(2, 1))).toBeCloseTo((1 + Math.SQRT2) / 2, 6);
    // A non-additive embedder's group vectors give the same sentence reading.
    const o = [overlapSide([e0, e1]), overlapSide([[1, 1, 0, 0]])] as const;
    expect(sentenceEvidence(o[0], o[1], st, 2, 1, 2, 1, sentenceCosine(o[0], o[1]), 0)).toBeCloseTo((1 + Math.SQRT2) / 2, 6);
  });

  it('an unrelated sentence merged into an exact pair scores below the pair alone', () => {
    const src = additiveSide([e0, e2]);
    const tgt = additiveSide([e0]);
    const st = stats(2, 1);
    const cos = sentenceCosine(src, tgt);
    // cos(e0, e0) = 1, cos(e2, e0) = 0, cos(e0, e0+e2) = 1/√2: (1 + 0 + 1/√2)/2 ≈ 0.854 < 1 (the 1-1).
    expect(sentenceEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0)).toBeCloseTo((1 + Math.SQRT1_2) / 2, 6);
    // Group reading: cos(e0+e2, e0) = 1/√2, and the best pair (1) beats it by 1 − 1/√2, charged:
    // 1/√2 − (1 − 1/√2) = √2 − 1 ≈ 0.414.
    expect(groupEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0)).toBeCloseTo(Math.SQRT2 - 1, 6);
    expect(mergedEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0, new MergedScratch(2, 1))).toBeLessThan(1);
  });

  it('is the 1-1 margin minus mid for a 1-1 bead', () => {
    const src = additiveSide([e0, e1]);
    const tgt = additiveSide([e0]);
    const st = stats(2, 1, 0, Float64Array.of(0.1, 0.2), Float64Array.of(0.3));
    // margin = cos 1 − (0.1 + 0.3)/2 = 0.8; minus mid 0.05 = 0.75 (both sentences, half weight each).
    expect(sentenceEvidence(src, tgt, st, 1, 1, 1, 1, sentenceCosine(src, tgt), 0.05)).toBeCloseTo(0.75, 6);
  });

  it('does not raise a pair by merging in a line without features', () => {
    // The empty line is similar to nothing, so its neighbour background is low (0); the pair's is 0.4.
    const src = additiveSide([e0, zero]);
    const tgt = additiveSide([e0]);
    const st = stats(2, 1, -0.3, Float64Array.of(0.4, 0), Float64Array.of(0.4));
    const cos = sentenceCosine(src, tgt);
    // The 1-1 alone: 1 − (0.4 + 0.4)/2 = 0.6.
    expect(mergedEvidence(src, tgt, st, 1, 1, 1, 1, cos, 0, new MergedScratch(2, 1))).toBeCloseTo(0.6, 6);
    // Group reading: the group's background weights the empty line by its norm 0, so it stays 0.4 and
    // the group's margin is the pair's, 0.6 (a plain mean, 0.2, made it 0.7). The line's best link,
    // 0 − (0 + 0.4)/2 = −0.2, is charged up to mid (0): 0.6 − 0.2 = 0.4.
    expect(groupEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0)).toBeCloseTo(0.4, 6);
    // Sentence reading: e0 against the group 0.6, the empty line mean0 −0.3, e0 against e0 + nothing
    // 1 − (0.4 + 0.4)/2 = 0.6: (0.6 − 0.3 + 0.6)/2 = 0.45. The better reading, 0.45, is below the pair's 0.6.
    expect(sentenceEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0)).toBeCloseTo(0.45, 6);
    expect(mergedEvidence(src, tgt, st, 2, 1, 2, 1, cos, 0, new MergedScratch(2, 1))).toBeCloseTo(0.45, 6);
  });

  it('counts the shortfall of a whole sentence in full where the written shape gives no reason to merge', () => {
    // "That's me." (e2) has no counterpart; "This is my place." (e0) is the target's translation.
    const tgt = additiveSide([e0], ['Þetta er minn staður.']);
    const st = stats(2, 1);
    const whole = additiveSide([e2, e0], ["That's me.", 'This is my place.']);
    // Terms above mid 0.2: e2 against e0: 0 − 0.2 = −0.2, counted in full (two whole sentences against
    // one clause) as −0.4; e0 against e0: 1 − 0.2 = 0.8; e0 against e2 + e0: 1/√2 − 0.2.
    // (−0.4 + 0.8 + 1/√2 − 0.2)/2 = (0.2 + 1/√2)/2 ≈ 0.454.
    expect(sentenceEvidence(whole, tgt, st, 2, 1, 2, 1, sentenceCosine(whole, tgt), 0.2)).toBeCloseTo((0.2 + Math.SQRT1_2) / 2, 6);
    // The same vectors as clauses of one written sentence keep the half weight: (−0.2 + 0.8 + 1/√2 − 0.2)/2.
    const clauses = additiveSide([e2, e0], ["That's me,", 'this is my place.']);
    expect(sentenceEvidence(clauses, tgt, st, 2, 1, 2, 1, sentenceCosine(clauses, tgt), 0.2)).toBeCloseTo((0.4 + Math.SQRT1_2) / 2, 6);
    // So does a target of two clauses.
    const two = additiveSide([e0], ['Þetta er ég, þetta er minn staður.']);
    expect(sentenceEvidence(whole, two, st, 2, 1, 2, 1, sentenceCosine(whole, two), 0.2)).toBeCloseTo((0.4 + Math.SQRT1_2) / 2, 6);
    // A non-additive embedder reads the same rule: e2 against the target e0 is 0 − 0.2, in full.
    const o = [overlapSide([e2, e0], ["That's me.", 'This is my place.']), overlapSide([e0], ['Þetta er minn staður.'])] as const;
    expect(sentenceEvidence(o[0], o[1], st, 2, 1, 2, 1, sentenceCosine(o[0], o[1]), 0.2)).toBeCloseTo((0.2 + Math.SQRT1_2) / 2, 6);
  });

  it('counts a sentence without features as a non-match (mean0)', () => {
    const src = additiveSide([e0, zero]);
    const tgt = additiveSide([e0]);
    const st = stats(2, 1, -0.3);
    // e0 against e0: 1; the empty line: mean0 = −0.3; e0 against e0 + nothing: 1. (1 − 0.3 + 1)/2 = 0.85.
    expect(sentenceEvidence(src, tgt, st, 2, 1, 2, 1, sentenceCosine(src, tgt), 0)).toBeCloseTo(0.85, 6);
  });
});
