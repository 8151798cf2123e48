// The lexical presets: one configuration per alignment mode, each with its own id.
import { describe, expect, it } from 'vitest';
import { createEmbedder } from '../../src/embed/create.js';
import { DEFAULT_LEXICAL_OPTIONS, LEXICAL_PRESETS, createLexicalEmbedder, isAdditive } from '../../src/embed/lexical/index.js';
import { OptionError } from '../../src/errors.js';

describe('LEXICAL_PRESETS', () => {
  it('parallel: 2048 dimensions, no length signal, additive, its own id', () => {
    expect(LEXICAL_PRESETS.parallel).toEqual({ dim: 2048, weights: { length: 0, concept: 0.6 } });
    const e = createLexicalEmbedder({ preset: 'parallel' });
    expect(e.dim).toBe(2048);
    expect(isAdditive(e)).toBe(true);
    expect(e.id).toBe('lexical@1:d2048:parallel');
  });

  it('comparable: the defaults (1024 dimensions, length signal 0.2), not additive', () => {
    const e = createLexicalEmbedder({ preset: 'comparable' });
    expect(e.dim).toBe(DEFAULT_LEXICAL_OPTIONS.dim);
    expect(DEFAULT_LEXICAL_OPTIONS.weights.length).toBe(LEXICAL_PRESETS.comparable.weights!.length);
    expect(isAdditive(e)).toBe(false);
    expect(e.id).toBe(createLexicalEmbedder().id);
    expect(e.id).toBe('lexical@1:d1024');
  });

  it('options beside a preset override it, and the id then says so', async () => {
    const e = createLexicalEmbedder({ preset: 'parallel', dim: 512 });
    expect(e.dim).toBe(512);
    expect(e.id).toMatch(/^lexical@1:d512:[0-9a-f]{8}$/);
    const withLength = createLexicalEmbedder({ preset: 'parallel', weights: { length: 0.2 } });
    expect(withLength.id).toBe('lexical@1:d2048'); // the default features at 2048 dimensions
    expect(createLexicalEmbedder({ preset: 'parallel', ngramMax: 4 }).id).toMatch(/^lexical@1:d2048:[0-9a-f]{8}$/);
    expect(isAdditive(withLength)).toBe(false);
    // The same settings spelled out get the preset's id and vectors.
    const spelled = createLexicalEmbedder({ dim: 2048, weights: { length: 0 } });
    expect(spelled.id).toBe('lexical@1:d2048:parallel');
    const text = ['Maduro met Amir-Abdollahian on 4 February 2023 in Caracas.'];
    expect(await spelled.embed(text)).toEqual(await createLexicalEmbedder({ preset: 'parallel' }).embed(text));
  });

  it('rejects an unknown preset', () => {
    expect(() => createLexicalEmbedder({ preset: 'fast' as never })).toThrow(OptionError);
    expect(() => createLexicalEmbedder({ preset: 'fast' as never })).toThrow(/preset must be one of parallel, comparable/);
  });

  it('createEmbedder passes the preset through', async () => {
    expect((await createEmbedder({ kind: 'lexical', preset: 'parallel' })).id).toBe('lexical@1:d2048:parallel');
    expect((await createEmbedder({ kind: 'lexical' })).id).toBe('lexical@1:d1024');
  });
});
