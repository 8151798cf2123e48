// Each side reaches the embedder with its own language (the lexical embedder adds dictionary concepts
// from it), whether the embedder is additive (parallel preset) or not (comparable preset, neural).
import { describe, expect, it } from 'vitest';
import { describeSide, embedSides } from '../../src/align/index.js';
import type { EmbedOptions, Embedder } from '../../src/embed/types.js';

/** A non-additive embedder that records the language of every text it embeds. */
function spy(): Embedder & { seen: Map<string, string | undefined> } {
  const seen = new Map<string, string | undefined>();
  return {
    id: 'spy',
    dim: 2,
    seen,
    async embed(texts: readonly string[], options: EmbedOptions = {}) {
      for (const t of texts) seen.set(t, options.lang);
      return texts.map(() => Float32Array.from([1, 0]));
    },
  };
}

describe('embedSides with a language pair', () => {
  it('embeds the source texts in the source language and the target texts in the target language', async () => {
    const e = spy();
    await embedSides(describeSide(['One.', 'Two.']), describeSide(['Satu.']), e, { src: 1, tgt: 1 }, {}, ['en', 'id']);
    expect(Object.fromEntries(e.seen)).toEqual({ 'One.': 'en', 'Two.': 'en', 'Satu.': 'id' });
  });

  it('sentence runs too: a run of two source sentences is source language', async () => {
    const e = spy();
    await embedSides(describeSide(['One.', 'Two.']), describeSide(['Satu.', 'Dua.']), e, { src: 2, tgt: 1 }, {}, ['en', 'id']);
    expect(e.seen.get('One. Two.')).toBe('en');
    expect(e.seen.get('Dua.')).toBe('id');
  });
});
