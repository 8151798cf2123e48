// Cache faults end to end (test/embed/cache.test.ts covers withCache alone): damaged shards, a cache
// that cannot be created or written (two CLI processes filling one cache at once: the .slow file). The reports
// stay the same as without a cache, the cache heals, nothing crashes.
import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/index.js';
import { withCache } from '../../src/embed/cache/index.js';
import { embedderDir } from '../../src/embed/cache/store.js';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import type { Embedder } from '../../src/embed/types.js';
import { createTinyModel } from '../fixtures/tiny-model.js';
import { runCli } from '../cli/run.js';
import { scratch, withoutTimings } from './helpers.js';

const en = readFileSync('examples/seeds/en.txt', 'utf8');
const id = readFileSync('examples/seeds/id.txt', 'utf8');
const { dir: root, file } = scratch('bitext-cache-faults-');
const ID = 'test:lexical-counting@1';

/** The lexical embedder under another id, counting the texts it embeds. */
function counting(): Embedder & { embedded: number } {
  const inner = createLexicalEmbedder();
  const e = {
    id: ID,
    dim: inner.dim,
    embedded: 0,
    embed: (texts: string[], opts?: Parameters<Embedder['embed']>[1]) => ((e.embedded += texts.length), inner.embed(texts, opts)),
  };
  return e;
}

const options = { from: 'en', to: 'id', mode: 'comparable' } as const;
const run = async (embedder: Embedder) => withoutTimings((await compareArticles(en, id, { ...options, embedder })) as never);

describe('compareArticles with a faulty embedding cache', async () => {
  const reference = await run(counting());
  const shards = (dir: string) => readdirSync(embedderDir(dir, ID)).map((f) => join(embedderDir(dir, ID), f));

  it('damaged shards (truncated, garbage, emptied) give the same report, are re-embedded and rewritten', async () => {
    const dir = join(root, 'damaged');
    expect(await run(withCache(counting(), { dir }))).toEqual(reference);
    const files = shards(dir);
    expect(files.length).toBeGreaterThan(3);
    files.forEach((f, i) => {
      if (i % 3 === 0) truncateSync(f, Math.floor(readFileSync(f).length / 2));
      else if (i % 3 === 1) writeFileSync(f, Buffer.from('BQEC\u0001garbage'));
      else writeFileSync(f, '');
    });
    const second = counting();
    expect(await run(withCache(second, { dir }))).toEqual(reference);
    expect(second.embedded).toBeGreaterThan(0);
    const third = counting();
    expect(await run(withCache(third, { dir }))).toEqual(reference);
    expect(third.embedded).toBe(0);
  });

  it('a cache path that cannot be created (a file in the way) gives the same report', async () => {
    const blocker = file('blocker', 'x');
    const cached = withCache(counting(), { dir: join(blocker, 'cache') });
    expect(await run(cached)).toEqual(reference);
    expect(cached.stats.writable).toBe(false);
  });

  it('a shard path taken by a folder gives the same report and stops writing', async () => {
    const dir = join(root, 'folder-shards');
    mkdirSync(embedderDir(dir, ID), { recursive: true });
    for (let b = 0; b < 256; b++) mkdirSync(join(embedderDir(dir, ID), `${b.toString(16).padStart(2, '0')}.bqec`));
    const cached = withCache(counting(), { dir });
    expect(await run(cached)).toEqual(reference);
    expect(cached.stats.writable).toBe(false);
  });

  // A read-only folder is not tested with chmod: as root (CI) chmod 555 does not stop writing. The "file in
  // the way" and "folder in the way" cases above are unwritable caches that root cannot get around.
});

describe('the CLI with the neural fixture model and a shared cache', () => {
  const model = createTinyModel(join(root, 'tiny-model'));
  const args = ['compare', 'examples/seeds/en.txt', 'examples/seeds/id.txt', '--embedder', 'neural', '--model', model, '--format', 'json', '--quiet', '--from', 'en', '--to', 'id'];
  const report = (stdout: string) => withoutTimings(JSON.parse(stdout));

  // Two CLI processes filling one cache at once: cache-faults.slow.test.ts (`npm run test:slow`).

  it('a cache root that cannot be created still gives the report, exit 0', async () => {
    const result = await runCli(args, { env: { BITEXT_QA_CACHE: join(file('cache-blocker', 'x'), 'cache') } });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).beads.length).toBeGreaterThan(0);
  }, 60_000);
});
