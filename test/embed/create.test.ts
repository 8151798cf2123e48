// createEmbedder: lexical, neural (cached), and auto picking neural only when the model is on disk.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelUnavailableError, OptionError } from '../../src/errors.js';
import { type Embedder, createEmbedder, embedderKind } from '../../src/embed/index.js';
import { TINY_MODEL_DIM, createTinyModel } from '../fixtures/tiny-model.js';

let root: string;
let modelDir: string;
let emptyCache: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bitext-create-'));
  modelDir = createTinyModel(join(root, 'tiny'));
  emptyCache = join(root, 'empty-cache');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createEmbedder', () => {
  it('builds the lexical embedder, passing lexical options through', async () => {
    const embedder = await createEmbedder({ kind: 'lexical', dim: 64, cacheDir: emptyCache });
    expect(embedderKind(embedder)).toBe('lexical');
    expect(embedder.dim).toBe(64);
    expect((await embedder.embed(['Delcy Rodríguez, 2023']))[0].length).toBe(64);
  });

  it('auto falls back to lexical when the model is not on disk', async () => {
    const embedder = await createEmbedder({ kind: 'auto', model: 'Xenova/LaBSE', cacheDir: emptyCache });
    expect(embedderKind(embedder)).toBe('lexical');
    const missingDir = await createEmbedder({ kind: 'auto', model: join(root, 'nope'), cacheDir: emptyCache });
    expect(embedderKind(missingDir)).toBe('lexical');
  });

  it('auto picks neural when the model directory is there, or the model is in the cache', async () => {
    const fromDir = await createEmbedder({ kind: 'auto', model: modelDir, cacheDir: join(root, 'c1') });
    expect(embedderKind(fromDir)).toBe('neural');
    expect(fromDir.id).toMatch(/^neural:tiny@/);
    expect(fromDir.dim).toBe(TINY_MODEL_DIM);
    const cacheDir = join(root, 'c2');
    cpSync(modelDir, join(cacheDir, 'models', 'Test', 'tiny'), { recursive: true });
    const fromCache = await createEmbedder({ model: 'Test/tiny', cacheDir });
    expect(fromCache.id).toMatch(/^neural:Test\/tiny@/);
  });

  it('neural is cached under <cacheDir>/embeddings unless cache is false', async () => {
    const cacheDir = join(root, 'c3');
    const embedder = await createEmbedder({ kind: 'neural', model: modelDir, cacheDir });
    const first = await embedder.embed(['a big car', 'a small dog']);
    expect(readdirSync(join(cacheDir, 'embeddings'))).toHaveLength(1);
    const again = await (await createEmbedder({ kind: 'neural', model: modelDir, cacheDir })).embed(['a big car', 'a small dog']);
    expect(again.map((v) => [...v])).toEqual(first.map((v) => [...v]));
    const uncachedDir = join(root, 'c4');
    await (await createEmbedder({ kind: 'neural', model: modelDir, cacheDir: uncachedDir, cache: false })).embed(['car']);
    expect(() => readdirSync(join(uncachedDir, 'embeddings'))).toThrow();
  });

  it('neural with no model on disk throws ModelUnavailableError; an unknown kind is an OptionError', async () => {
    await expect(createEmbedder({ kind: 'neural', model: 'Xenova/LaBSE', cacheDir: emptyCache })).rejects.toBeInstanceOf(ModelUnavailableError);
    await expect(createEmbedder({ kind: 'magic' as 'auto' })).rejects.toBeInstanceOf(OptionError);
  });

  it('allowDownload on an unreachable network still ends in a ModelUnavailableError', async () => {
    const run = createEmbedder({
      kind: 'neural',
      model: 'Nobody/none',
      cacheDir: emptyCache,
      allowDownload: true,
      remoteHost: 'http://127.0.0.1:9/',
    });
    await expect(run).rejects.toThrow(/network is unreachable/);
    await expect(run).rejects.toBeInstanceOf(ModelUnavailableError);
  });

  it('embedderKind tells a user-supplied embedder from ours', () => {
    const custom: Embedder = { id: 'remote:my-api', dim: 3, embed: async (texts) => texts.map(() => new Float32Array(3)) };
    expect(embedderKind(custom)).toBe('custom');
    expect(embedderKind({ id: 'neural:Xenova/LaBSE@abc' })).toBe('neural');
    expect(embedderKind({ id: 'lexical@1:d512' })).toBe('lexical');
  });
});
