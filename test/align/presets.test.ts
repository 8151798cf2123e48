// Without an embedder, alignSentences runs the lexical embedder in the preset of the mode; an
// embedder you pass is used as is.
import { describe, expect, it } from 'vitest';
import { alignSentences, alignWithVectors, describeSide, embedSides } from '../../src/align/index.js';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import { coverage, sentences, wordEmbedder } from './helpers.js';

const PARALLEL = 'lexical@1:d2048:parallel';
const COMPARABLE = 'lexical@1:d1024';

describe('alignSentences: default lexical presets per mode', () => {
  const s = sentences(30, 11);
  const reordered = [...[20, 3, 27, 11, 0, 15, 8, 24, 5, 18].map((i) => s[i]), ...sentences(6, 12)];

  it('parallel mode aligns with the parallel preset', async () => {
    const r = await alignSentences(s, s, { mode: 'parallel' });
    expect(r.embedder).toEqual({ id: PARALLEL, kind: 'lexical' });
    expect(r.embedderId).toBe(PARALLEL);
    expect(r.beads.every((b, k) => b.src.join() === `${k}` && b.tgt.join() === `${k}`)).toBe(true);
  });

  it('comparable mode uses the comparable preset', async () => {
    const r = await alignSentences(s, reordered, { mode: 'comparable' });
    expect(r.embedderId).toBe(COMPARABLE);
    expect(coverage(r.beads, s.length, reordered.length)).toBe(true);
  });

  it('auto decides with the comparable preset and aligns a translation with the parallel one', async () => {
    const translation = await alignSentences(s, s);
    expect(translation.mode).toBe('parallel');
    expect(translation.embedderId).toBe(PARALLEL);
    // The decision is the comparable preset's: the same as with that embedder passed explicitly.
    const explicit = await alignSentences(s, s, { embedder: createLexicalEmbedder({ preset: 'comparable' }) });
    expect(translation.reason).toBe(explicit.reason);
    const rewrite = await alignSentences(s, reordered);
    expect(rewrite.mode).toBe('comparable');
    expect(rewrite.embedderId).toBe(COMPARABLE);
  });

  it('an embedder you pass is used as is in every mode', async () => {
    const mine = wordEmbedder(512);
    for (const mode of ['parallel', 'comparable', 'auto'] as const) {
      expect((await alignSentences(s, s, { mode, embedder: mine })).embedder).toEqual({ id: 'test-words', kind: 'custom' });
    }
    const lexical = createLexicalEmbedder();
    expect((await alignSentences(s, s, { mode: 'parallel', embedder: lexical })).embedderId).toBe(COMPARABLE);
  });

  it('the length-only baseline reports the length kind and no deprecated embedderId', async () => {
    const r = await alignSentences(s, s, { embedder: 'length' });
    expect(r.embedder).toEqual({ id: 'length', kind: 'length' });
    expect(r.embedderId).toBeUndefined();
  });

  it('alignWithVectors keeps the sentence vectors as embedded, before the lexicon pass added its pairs', async () => {
    // 40 sentence pairs over a vocabulary of 12 words a side (sentence i has words i..i+3 mod 12,
    // `alpha…` in the source, `omega…` in the target): each word pair co-occurs in 13 or more of the
    // 1-1 beads, enough for the lexicon pass to learn it and write it into the vectors it aligns with.
    const words = (prefix: string) => Array.from({ length: 40 }, (_, i) => [0, 1, 2, 3].map((j) => `${prefix}${String.fromCharCode(97 + ((i + j) % 12))}`).join(' ') + '.');
    const long = words('alpha');
    const { alignment, sides } = await alignWithVectors(long, words('omega'), { mode: 'parallel', languages: ['en', 'en'] });
    expect(alignment.stats?.lexiconPairs).toBeGreaterThan(0);
    const [S] = await embedSides(describeSide(long), describeSide(long), createLexicalEmbedder({ preset: 'parallel', languages: ['en', 'en'] }), { src: 1, tgt: 1 }, {}, ['en', 'en']);
    expect(sides?.[0].overlaps?.[0].data).toEqual(S.overlaps?.[0].data);
    expect(Array.from(sides![0].parts!.norms)).toEqual(Array.from(S.parts!.norms));
    // alignSentences returns the same beads and keeps nothing.
    expect((await alignSentences(long, words('omega'), { mode: 'parallel', languages: ['en', 'en'] })).beads).toEqual(alignment.beads);
  });
});
