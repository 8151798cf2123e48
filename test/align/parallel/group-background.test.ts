// The neighbour background of a group of sentences (src/align/parallel/group-background.ts). Every
// expected value is a weighted mean worked out by hand (noted beside it).
import { describe, expect, it } from 'vitest';
import { groupBackground, groupBackgrounds } from '../../../src/align/parallel/group-background.js';

describe('groupBackground', () => {
  const knn = Float64Array.of(0.2, 0.1, 0.4);

  it('weights each sentence by its norm', () => {
    // (3·0.2 + 1·0.1) / (3 + 1) = 0.7 / 4 = 0.175
    expect(groupBackground(knn, Float64Array.of(3, 1, 2), 0, 2)).toBeCloseTo(0.175, 12);
  });

  it('leaves out a line without features (norm 0)', () => {
    // Only the first sentence has weight: 0.2, whatever the empty line's own background.
    expect(groupBackground(knn, Float64Array.of(3, 0, 2), 0, 2)).toBeCloseTo(0.2, 12);
  });

  it('is the plain mean without norms, or when no sentence has any', () => {
    // (0.1 + 0.4) / 2 = 0.25
    expect(groupBackground(knn, undefined, 1, 3)).toBeCloseTo(0.25, 12);
    expect(groupBackground(knn, Float64Array.of(1, 0, 0), 1, 3)).toBeCloseTo(0.25, 12);
  });

  it('tabulates every run: out[d − 1][e] is the background of [e − d, e)', () => {
    const norms = Float64Array.of(3, 1, 2);
    const table = groupBackgrounds(knn, norms, 2);
    // Runs of one: each sentence's own background.
    for (let e = 1; e <= 3; e++) expect(table[0][e]).toBeCloseTo(knn[e - 1], 12);
    // [1, 3): (1·0.1 + 2·0.4) / 3 = 0.3
    expect(table[1][3]).toBeCloseTo(0.3, 12);
    expect(table[1][2]).toBeCloseTo(0.175, 12);
  });
});
