// The neural embedder through the real transformers.js + onnxruntime path, on the tiny generated model.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeuralEmbedder, defaultCacheDir, isModelAvailable, poolingFor } from '../../src/embed/neural/index.js';
import { TINY_MODEL_DIM, createTinyModel } from '../fixtures/tiny-model.js';

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);
const norm = (a: Float32Array) => Math.sqrt(dot(a, a));

let root: string;
let modelDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bitext-neural-'));
  modelDir = createTinyModel(join(root, 'tiny'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('createNeuralEmbedder on a local directory', () => {
  it('returns normalised vectors of the model dimension, and an id naming the model and its hash', async () => {
    const embedder = createNeuralEmbedder({ model: modelDir });
    expect(embedder.dim).toBe(TINY_MODEL_DIM);
    expect(embedder.id).toMatch(/^neural:tiny@[0-9a-f]{12}$/);
    const vectors = await embedder.embed(['a big car', 'The small dog runs.', '']);
    expect(vectors).toHaveLength(3);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(TINY_MODEL_DIM);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('puts synonyms nearer than non-synonyms (mean pooling over the real tokenizer)', async () => {
    const embedder = createNeuralEmbedder({ model: modelDir });
    const [car, automobile, dog, bigHouse, largeHome, redTree] = await embedder.embed([
      'a big car',
      'A LARGE automobile',
      'a small dog',
      'the big house',
      'a large home',
      'the red tree',
    ]);
    expect(dot(car, automobile)).toBeGreaterThan(0.9);
    expect(dot(car, automobile)).toBeGreaterThan(dot(car, dog) + 0.5);
    expect(dot(bigHouse, largeHome)).toBeGreaterThan(dot(bigHouse, redTree) + 0.5);
  });

  it('embeds in batches and reports progress after each', async () => {
    const embedder = createNeuralEmbedder({ model: modelDir, batchSize: 2 });
    const calls: [number, number][] = [];
    const texts = ['car', 'automobile', 'dog', 'cat', 'tree'];
    const vectors = await embedder.embed(texts, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
    // Batching does not change the vectors (padding is masked out of the mean).
    const one = await createNeuralEmbedder({ model: modelDir, batchSize: 1 }).embed(texts);
    vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(one[i])));
  });

  it('stops between batches when the signal aborts, rejecting with an AbortError', async () => {
    const embedder = createNeuralEmbedder({ model: modelDir, batchSize: 2 });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = embedder.embed(['car', 'dog', 'cat', 'tree', 'river'], {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([2]);
    await expect(embedder.embed(['car'], { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('returns [] for no texts', async () => {
    expect(await createNeuralEmbedder({ model: modelDir }).embed([])).toEqual([]);
  });

  it('honours an explicit pooling: cls takes the [CLS] vector (the same for every text here)', async () => {
    const embedder = createNeuralEmbedder({ model: modelDir, pooling: 'cls' });
    const [a, b] = await embedder.embed(['a big car', 'the red tree']);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(embedder.id).not.toBe(createNeuralEmbedder({ model: modelDir }).id);
  });

  it('falls back to model.onnx when the quantized file is missing, and the id changes with the files', () => {
    const dir = createTinyModel(join(root, 'full-only'), { files: ['model.onnx'] });
    const embedder = createNeuralEmbedder({ model: dir });
    expect(embedder.location.quantized).toBe(false);
    const before = embedder.id;
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: TINY_MODEL_DIM, _v: 2 }));
    expect(createNeuralEmbedder({ model: dir }).id).not.toBe(before);
  });
});

describe('several models at once', () => {
  it('loads two model folders concurrently without mixing their settings', async () => {
    const other = createTinyModel(join(root, 'elsewhere', 'tiny-two'));
    const [a, b] = await Promise.all([
      createNeuralEmbedder({ model: modelDir, batchSize: 1 }).embed(['a big car', 'the red tree']),
      createNeuralEmbedder({ model: other, quantized: false }).embed(['a big car', 'the red tree']),
    ]);
    expect(a.map((v) => [...v])).toEqual(b.map((v) => [...v]));
  });
});

describe('models in the cache directory', () => {
  it('finds a hub id under <cacheDir>/models/<id>', async () => {
    const cacheDir = join(root, 'cache');
    cpSync(modelDir, join(cacheDir, 'models', 'Test', 'tiny-bert'), { recursive: true });
    expect(isModelAvailable('Test/tiny-bert', { cacheDir })).toBe(true);
    expect(isModelAvailable('Test/other', { cacheDir })).toBe(false);
    const embedder = createNeuralEmbedder({ model: 'Test/tiny-bert', cacheDir });
    expect(embedder.id).toMatch(/^neural:Test\/tiny-bert@[0-9a-f]{12}$/);
    expect((await embedder.embed(['car']))[0].length).toBe(TINY_MODEL_DIM);
  });

  it('uses BITEXT_QA_CACHE, else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultCacheDir({ BITEXT_QA_CACHE: '/x/y' })).toBe('/x/y');
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/xdg' })).toBe(join('/xdg', 'bitext-qa'));
    expect(defaultCacheDir({})).toMatch(/\.cache[\\/]bitext-qa$/);
  });
});

describe('poolingFor', () => {
  it('knows LaBSE uses CLS pooling and defaults to mean', () => {
    expect(poolingFor('Xenova/LaBSE')).toBe('cls');
    expect(poolingFor('./models/LaBSE/')).toBe('cls');
    expect(poolingFor('Xenova/paraphrase-multilingual-MiniLM-L12-v2')).toBe('mean');
    expect(poolingFor('someone/unknown-model')).toBe('mean');
  });
});
