// Two CLI processes (the real binary, with the neural fixture model) filling one cache at once, then a
// third reading it: all print the uncached report. Spawns four processes (a minute on a busy machine),
// so it runs in `npm run test:slow`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTinyModel } from '../fixtures/tiny-model.js';
import { spawnCli } from '../cli/run.js';
import { scratch, withoutTimings } from './helpers.js';

const { dir: root } = scratch('bitext-cache-faults-slow-');

describe('the CLI with the neural fixture model and a shared cache', () => {
  const model = createTinyModel(join(root, 'tiny-model'));
  const args = ['compare', 'examples/seeds/en.txt', 'examples/seeds/id.txt', '--embedder', 'neural', '--model', model, '--format', 'json', '--quiet', '--from', 'en', '--to', 'id'];
  const report = (stdout: string) => withoutTimings(JSON.parse(stdout));

  it('two processes filling one cache at once, then a third reading it, all print the uncached report', async () => {
    const uncached = await spawnCli([...args, '--no-cache'], { env: { BITEXT_QA_CACHE: join(root, 'unused') } });
    expect(uncached.code, uncached.stderr).toBe(0);
    const cache = { BITEXT_QA_CACHE: join(root, 'shared') };
    const both = await Promise.all([spawnCli(args, { env: cache }), spawnCli(args, { env: cache })]);
    for (const r of both) {
      expect(r.code, r.stderr).toBe(0);
      expect(report(r.stdout)).toEqual(report(uncached.stdout));
    }
    const files = readdirSync(join(root, 'shared', 'embeddings'), { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const third = await spawnCli(args, { env: cache });
    expect(third.code, third.stderr).toBe(0);
    expect(report(third.stdout)).toEqual(report(uncached.stdout));
  }, 120_000);
});
