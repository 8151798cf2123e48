// What the user sees when a model is missing or cannot be downloaded, and pullModel end to end
// against a local HTTP server that plays the hub (no network needed).
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ModelUnavailableError } from '../../src/errors.js';
import { createNeuralEmbedder, pullModel } from '../../src/embed/neural/index.js';
import { TINY_MODEL_DIM, createTinyModel } from '../fixtures/tiny-model.js';

let root: string;
let hub: Server;
let hubUrl: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bitext-neural-err-'));
  const served = createTinyModel(join(root, 'served'));
  // Serves `/<org>/<name>/resolve/main/<file>` for the one model `Test/tiny`, 404 for anything else.
  hub = createServer((req, res) => {
    const m = /^\/Test\/tiny\/resolve\/main\/(.+)$/.exec(req.url ?? '');
    const file = m && join(served, decodeURIComponent(m[1]));
    if (!file || !existsSync(file)) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-length': String(statSync(file).size) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => hub.listen(0, '127.0.0.1', resolve));
  const address = hub.address();
  hubUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  await new Promise((resolve) => hub.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const caught = (fn: () => unknown): Error => {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
};

describe('a model that is not on disk', () => {
  it('names the hub id, the cache path looked in, and the commands to fix it', () => {
    const cacheDir = join(root, 'empty-cache');
    const error = caught(() => createNeuralEmbedder({ model: 'Xenova/LaBSE', cacheDir }));
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error.message).toContain('"Xenova/LaBSE"');
    expect(error.message).toContain(join(cacheDir, 'models', 'Xenova', 'LaBSE'));
    expect(error.message).toContain('no such directory');
    expect(error.message).toContain('bitext-qa model pull Xenova/LaBSE');
    expect(error.message).toContain('--model DIR');
    expect(error.stack).not.toMatch(/transformers/);
  });

  it('for a directory, says which files are missing', () => {
    const dir = createTinyModel(join(root, 'no-onnx'), { files: [] });
    const error = caught(() => createNeuralEmbedder({ model: dir }));
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect(error.message).toContain(dir);
    expect(error.message).toContain('missing onnx/model_quantized.onnx');
  });
});

describe('a model that is on disk but broken', () => {
  it('throws a ModelUnavailableError naming the folder, not a stack trace from onnxruntime', async () => {
    const dir = createTinyModel(join(root, 'broken'));
    writeFileSync(join(dir, 'onnx', 'model_quantized.onnx'), 'not an onnx file');
    const error = await createNeuralEmbedder({ model: dir }).embed(['car']).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as Error).message).toContain(`Neural model directory "${dir}" could not be loaded or run`);
    expect((error as Error).message.split('\n')).toHaveLength(2);
  });
});

describe('pullModel', () => {
  it('fails fast with a clear "network is unreachable" error when the hub cannot be reached', async () => {
    const dir = join(root, 'pull-unreachable');
    const error = await pullModel('Xenova/LaBSE', { dir, remoteHost: 'http://127.0.0.1:9/' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as Error).message).toMatch(/Cannot download neural model "Xenova\/LaBSE": the network is unreachable \(could not connect to http:\/\/127\.0\.0\.1:9\/\)/);
    expect((error as Error).message).toContain('--model DIR');
  });

  it('says the hub has no such model on a 404', async () => {
    const error = await pullModel('Nobody/nothing', { dir: join(root, 'pull-404'), remoteHost: hubUrl }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ModelUnavailableError);
    expect((error as Error).message).toMatch(/has no such model/);
  });

  it('downloads a model into the cache, after which it loads offline', async () => {
    const dir = join(root, 'pull-ok');
    const statuses = new Set<string>();
    const location = await pullModel('Test/tiny', { dir, remoteHost: hubUrl, onProgress: (p) => statuses.add(p.status) });
    expect(location.dir).toBe(join(dir, 'models', 'Test', 'tiny'));
    expect(location.quantized).toBe(true);
    expect(statuses.has('done')).toBe(true);
    expect(readdirSync(join(dir, 'models'))).toEqual(['Test']); // no temporary download folder left behind
    const embedder = createNeuralEmbedder({ model: 'Test/tiny', cacheDir: dir });
    expect((await embedder.embed(['a big car']))[0].length).toBe(TINY_MODEL_DIM);
    // A second pull finds it and fetches nothing (the hub is not even asked).
    await expect(pullModel('Test/tiny', { dir, remoteHost: 'http://127.0.0.1:9/' })).resolves.toEqual(location);
  });
});
