// The worker's code when bitext-qa runs from its TypeScript source (tsx, vitest, `npm run bench`).
// Loading the worker through tsx costs every worker thread its own loader thread and a transform and
// two thread hops per module: 2–3 s of CPU before the first pair, which is what a seed-sized pair
// takes a hundred times over. So the main thread bundles the worker once per process with esbuild (a
// development tool, present wherever the source runs) into one plain JavaScript file, as the
// published package ships it (`dist/batch-worker.js`), and every worker loads that file. Without
// esbuild the worker falls back to `worker-source.mjs`, which registers tsx in the worker.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAtomic } from './run-pair.js';

/** esbuild's `build`, as much of it as this file uses. */
type Build = (options: Record<string, unknown>) => Promise<{ outputFiles?: { text: string }[] }>;

let bundled: Promise<string> | undefined;

/**
 * The path of the bundled worker for the source tree `sourceWorker` (`src/batch/worker.ts`) belongs
 * to, built at the first call of the process. The file lives in `node_modules/.cache/bitext-qa/`
 * under a hash of its content: packages resolve from there, the lexicons are found walking up, and
 * processes running the same source share one file (each writes it whole, under a temporary name
 * first). `fallback` when esbuild is missing or the bundle fails.
 */
export function bundledWorker(sourceWorker: string, fallback: string): Promise<string> {
  bundled ??= bundle(sourceWorker).catch(() => fallback);
  return bundled;
}

async function bundle(sourceWorker: string): Promise<string> {
  // A name in a variable: the package's own bundler must not try to pull esbuild into dist/.
  const tool = 'esbuild';
  const { build } = (await import(tool)) as { build: Build };
  const result = await build({
    entryPoints: [sourceWorker],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'silent',
  });
  const text = result.outputFiles?.[0]?.text;
  if (!text) throw new Error('esbuild gave no output');
  const dir = join(dirname(sourceWorker), '..', '..', 'node_modules', '.cache', 'bitext-qa');
  const file = join(dir, `batch-worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeAtomic(file, text);
  }
  return file;
}
