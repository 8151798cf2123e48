// resolveEmbedder is the one place a caller's embedder choice is resolved: these cases pin what each
// choice becomes (worked out from its documented rules, with a cache folder that holds no model).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embedderUsed, lexicalForMode, resolveEmbedder } from '../../src/embed/choose.js';
import { ModelUnavailableError, OptionError } from '../../src/errors.js';

const empty = mkdtempSync(join(tmpdir(), 'bitext-qa-choose-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('resolveEmbedder', () => {
  it('lexical, and auto without a model on disk, leave the preset to the aligner (no embedder)', async () => {
    expect(await resolveEmbedder('lexical')).toEqual({});
    expect(await resolveEmbedder('auto', { cacheDir: empty })).toEqual({});
  });

  it('passes an embedder object and the length baseline through unchanged', async () => {
    const mine = { id: 'mine', dim: 1, embed: async (t: readonly string[]) => t.map(() => Float32Array.of(1)) };
    expect((await resolveEmbedder(mine)).embedder).toBe(mine);
    expect(await resolveEmbedder('length')).toEqual({ embedder: 'length' });
  });

  it('neural without the model throws ModelUnavailableError; an unknown kind is an OptionError', async () => {
    await expect(resolveEmbedder('neural', { cacheDir: empty })).rejects.toBeInstanceOf(ModelUnavailableError);
    await expect(resolveEmbedder('fancy' as 'auto')).rejects.toBeInstanceOf(OptionError);
  });
});

describe('lexicalForMode and embedderUsed', () => {
  it('builds the preset of each mode and records its family', () => {
    expect(embedderUsed(lexicalForMode('parallel'))).toEqual({ id: 'lexical@1:d2048:parallel', kind: 'lexical' });
    expect(embedderUsed(lexicalForMode('comparable'))).toEqual({ id: 'lexical@1:d1024', kind: 'lexical' });
    expect(embedderUsed({ id: 'neural:Xenova/LaBSE@abc' })).toEqual({ id: 'neural:Xenova/LaBSE@abc', kind: 'neural' });
  });
});
