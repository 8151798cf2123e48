// Pooling and normalisation as pure functions, without a model.
import { describe, expect, it } from 'vitest';
import { normalizeInPlace, poolHidden, splitPooled } from '../../src/embed/neural/pool.js';

describe('poolHidden', () => {
  // batch 2, seq 3, dim 2; the second text has one padding token.
  const hidden = [1, 0, 3, 0, 5, 0, /* text 2 */ 0, 2, 0, 4, 99, 99];
  const mask = [1n, 1n, 1n, 1n, 1n, 0n];

  it('mean-pools only the unmasked tokens, then normalises', () => {
    const [a, b] = poolHidden(hidden, [2, 3, 2], mask, 'mean');
    expect([...a]).toEqual([1, 0]);
    expect([...b]).toEqual([0, 1]);
  });

  it('cls takes the first token', () => {
    const [a, b] = poolHidden([3, 4, 9, 9, 0, 2, 9, 9], [2, 2, 2], [1, 1, 1, 1], 'cls');
    expect([...a].map((x) => +x.toFixed(6))).toEqual([0.6, 0.8]);
    expect([...b]).toEqual([0, 1]);
  });

  it('leaves a zero vector at zero (never NaN)', () => {
    expect([...normalizeInPlace(new Float32Array(3))]).toEqual([0, 0, 0]);
    expect([...poolHidden([0, 0], [1, 1, 2], [0], 'mean')[0]]).toEqual([0, 0]);
  });

  it('splitPooled splits and normalises a [batch, dim] output', () => {
    expect(splitPooled([0, 5, 3, 4], [2, 2]).map((v) => [...v].map((x) => +x.toFixed(6)))).toEqual([
      [0, 1],
      [0.6, 0.8],
    ]);
  });
});
