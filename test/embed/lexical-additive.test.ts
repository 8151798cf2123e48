// The additivity promise of the lexical embedder: made only when it holds (no length signal, no
// batch IDF), and then a joined text's vector is the normalised, norm-weighted sum of its parts.
import { describe, expect, it } from 'vitest';
import { createLexicalEmbedder, isAdditive } from '../../src/embed/lexical/index.js';

const PARTS = ['Delcy Rodriguez met the minister in Caracas in 2023.', 'He said 1,000.5 people came, 12,5 % more.', 'Москва is far; see https://example.org/a #news', '北京 2100万'];

describe('lexical embedder: additivity', () => {
  it('promises additivity only without the length signal and batch IDF', () => {
    expect(isAdditive(createLexicalEmbedder())).toBe(false); // the default keeps the length signal
    expect(isAdditive(createLexicalEmbedder({ weights: { length: 0 } }))).toBe(true);
    expect(isAdditive(createLexicalEmbedder({ weights: { length: 0 }, batchIdf: true }))).toBe(false);
    expect(isAdditive({ id: 'x', dim: 4, embed: async () => [] })).toBe(false);
  });

  it('embeds joined texts as the normalised sum of the parts weighted by their norms', async () => {
    const e = createLexicalEmbedder({ dim: 2048, weights: { length: 0 } });
    if (!isAdditive(e)) throw new Error('expected an additive embedder');
    const { vectors, norms } = await e.embedWithNorms(PARTS);
    expect(vectors).toEqual(await e.embed(PARTS));
    const [joined] = await e.embed([PARTS.join(' ')]);
    const sum = new Float64Array(e.dim);
    vectors.forEach((v, k) => v.forEach((x, d) => (sum[d] += norms[k] * x)));
    const n = Math.hypot(...sum);
    let cos = 0;
    for (let d = 0; d < e.dim; d++) cos += (sum[d] / n) * joined[d];
    expect(cos).toBeGreaterThan(0.99999);
  });

  it('writes the vectors into a packed array when given one', async () => {
    const e = createLexicalEmbedder({ dim: 64, weights: { length: 0 } });
    if (!isAdditive(e)) throw new Error('expected an additive embedder');
    const into = new Float32Array(PARTS.length * 64);
    const packed = await e.embedWithNorms(PARTS, {}, into);
    const own = await e.embedWithNorms(PARTS);
    // Row k of `into` is text k's vector, and the vectors returned are views of those rows.
    PARTS.forEach((_, k) => expect(into.subarray(k * 64, (k + 1) * 64)).toEqual(own.vectors[k]));
    expect(packed.vectors.every((v) => v.buffer === into.buffer)).toBe(true);
    expect(packed.norms).toEqual(own.norms);
    await expect(e.embedWithNorms(PARTS, {}, new Float32Array(64))).rejects.toThrow(/4 texts need 256/);
  });

  it('gives a blank text norm 0', async () => {
    const e = createLexicalEmbedder({ weights: { length: 0 } });
    if (!isAdditive(e)) throw new Error('expected an additive embedder');
    expect(Array.from((await e.embedWithNorms(['', '  ', 'word'])).norms.slice(0, 2))).toEqual([0, 0]);
  });
});
