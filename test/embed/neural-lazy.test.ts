// Importing the embed stage must not load transformers.js (nor onnxruntime's native addon): checked
// in a fresh Node process, with a positive control showing the probe does see it once loaded.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));

const probe = `
import { createRequire } from 'node:module';
const cache = createRequire(import.meta.url).cache;
const loaded = () => Object.keys(cache).some((k) => /onnxruntime|@xenova[\\\\/]transformers/.test(k));
const embed = await import('./src/embed/index.ts');
const before = { flag: embed.isTransformersLoaded(), cjs: loaded() };
await import('./src/embed/neural/runtime.ts').then((r) => r.loadTransformers());
const after = { flag: embed.isTransformersLoaded(), cjs: loaded() };
console.log(JSON.stringify({ before, after }));
`;

describe('lazy loading', () => {
  it('importing src/embed/index.ts leaves transformers.js and onnxruntime unloaded', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(JSON.parse(out.trim().split('\n').pop() ?? '')).toEqual({
      before: { flag: false, cjs: false },
      after: { flag: true, cjs: true },
    });
  });
});
