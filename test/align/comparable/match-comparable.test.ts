// `matchComparable`: the scores and groups comparable mode decides on (what `alignComparable` makes
// beads of, and what `EVAL_DIAG=1 npm run eval:comparable` reads).
import { describe, expect, it } from 'vitest';
import { alignComparable, matchComparable } from '../../../src/align/comparable/index.js';
import { describeSide, embedSides } from '../../../src/align/side.js';
import { sentences, wordEmbedder } from '../helpers.js';

async function sides(src: string[], tgt: string[]) {
  return embedSides(describeSide(src), describeSide(tgt), wordEmbedder(1024), { src: 1, tgt: 1 });
}

describe('matchComparable', () => {
  it('returns the score matrix, its null documents and groups that pair only true partners', async () => {
    // Twelve sentences of words unique to each; the target is the same sentences in reverse order, so
    // row k's only partner is column 11 − k (every other pair shares no word).
    const src = sentences(12, 3);
    const [a, b] = await sides(src, [...src].reverse());
    const r = matchComparable(a, b);
    expect(r.rows).toEqual([...Array(12).keys()]);
    expect(r.cols).toEqual([...Array(12).keys()]);
    expect(r.score).toHaveLength(144);
    // Null documents: min(8, ceil(500 / (12 + 12))) = 8, each of the matrix's shape.
    expect(r.nulls).toHaveLength(8);
    for (const z of r.nulls!) expect(z).toHaveLength(144);
    expect(r.groups.length).toBeGreaterThanOrEqual(10);
    for (const g of r.groups) for (const i of g.src) for (const j of g.tgt) expect(j).toBe(11 - i);
    // alignComparable makes its beads of the same groups.
    const beads = alignComparable(a, b).filter((x) => x.src.length && x.tgt.length);
    expect(beads.map((x) => `${x.src}:${x.tgt}`).sort()).toEqual(r.groups.map((g) => `${g.src}:${g.tgt}`).sort());
  });

  it('has no score matrix for a side of fewer than 3 content sentences (scored against priors)', async () => {
    const [a, b] = await sides(sentences(2, 4), sentences(5, 4));
    const r = matchComparable(a, b);
    expect(r.score).toBeUndefined();
    expect(r.nulls).toBeUndefined();
    expect(r.rows).toEqual([0, 1]);
  });
});
