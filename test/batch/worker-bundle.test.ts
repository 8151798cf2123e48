import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerFile } from '../../src/batch/pool.js';
import { bundledWorker } from '../../src/batch/worker-bundle.js';
import type { PairResult, PairTask } from '../../src/batch/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = join(root, 'src', 'batch', 'worker.ts');

describe('the worker bundle used from source', () => {
  it('is built once per process, content-named under node_modules/.cache/bitext-qa, and is the pool’s worker', async () => {
    const file = await bundledWorker(entry);
    expect(dirname(file)).toBe(join(root, 'node_modules', '.cache', 'bitext-qa'));
    // 16 hex digits of the bundle's SHA-256.
    expect(basename(file)).toMatch(/^batch-worker-[0-9a-f]{16}\.mjs$/);
    expect(existsSync(file)).toBe(true);
    // The same promise's value again: not bundled a second time.
    await expect(bundledWorker(entry)).resolves.toBe(file);
    // From source (this test runs src/batch/pool.ts) the pool runs exactly this file.
    await expect(workerFile()).resolves.toBe(file);
  });

  it('exports the worker function: a task whose manifest line was unusable comes back failed with its message', async () => {
    const worker = (await import(pathToFileURL(await bundledWorker(entry)).href)) as { default: (task: PairTask) => Promise<PairResult> };
    const task: PairTask = { id: 'p1', source: { text: 'a' }, target: { text: 'b' }, options: {}, invalid: 'the line says nothing' };
    const result = await worker.default(task);
    expect(result).toMatchObject({ id: 'p1', ok: false, mode: null, scores: null, counts: null, error: 'the line says nothing' });
  });
});
