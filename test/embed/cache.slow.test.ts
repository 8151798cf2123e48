// Two processes writing one embedding cache at once: every shard stays valid. Spawns two tsx
// processes (tens of seconds on a busy machine), so it runs in `npm run test:slow`.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeShard } from '../../src/embed/cache/format.js';
import { embedderDir } from '../../src/embed/cache/store.js';

const DIM = 8;
const root = mkdtempSync(join(tmpdir(), 'bitext-cache-slow-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fresh = () => mkdtempSync(join(root, 'c-'));
const shardFiles = (dir: string, id: string) => readdirSync(embedderDir(dir, id)).map((f) => join(embedderDir(dir, id), f));

describe('withCache across processes', () => {
  it('survives two processes writing the same cache at once: every file stays valid', async () => {
    const dir = fresh();
    const repo = fileURLToPath(new URL('../../', import.meta.url));
    const child = (tag: string) => `
      import { withCache } from './src/embed/cache/index.ts';
      const dim = ${DIM};
      const inner = { id: 'test:race@1', dim, embed: async (ts) => ts.map((t) => Float32Array.from({ length: dim }, (_, i) => (t.length + i) / 100)) };
      for (let round = 0; round < 5; round++) {
        const texts = Array.from({ length: 600 }, (_, i) => (i % 2 ? 'shared ' + i : '${tag} ' + round + ' ' + i));
        await withCache(inner, { dir: ${JSON.stringify(dir)} }).embed(texts);
      }`;
    const run = (tag: string) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child(tag)], { cwd: repo });
    await Promise.all([run('left'), run('right')]);
    const files = shardFiles(dir, 'test:race@1');
    expect(files.length).toBe(256);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of files) expect(decodeShard(readFileSync(f), 'test:race@1', DIM), f).toBeDefined();
  });
});
