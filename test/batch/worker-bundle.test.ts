// From source, workers load one bundled JavaScript file instead of every TypeScript module through tsx.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerFile } from '../../src/batch/pool.js';

describe('the worker from source', () => {
  it('is one bundled JavaScript file in node_modules/.cache/bitext-qa, named by its content, built once a process', async () => {
    const file = await workerFile();
    expect(basename(dirname(file))).toBe('bitext-qa');
    expect(basename(file)).toMatch(/^batch-worker-[0-9a-f]{16}\.mjs$/);
    // Bundled: it imports no TypeScript file and no relative module (only packages and node: built-ins).
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/(?:from|import\() *["']\.{0,2}\//);
    expect(code).toContain('function runPair');
    expect(await workerFile()).toBe(file);
  });
});
