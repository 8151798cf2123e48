import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { batchInlining } from '../../src/batch/v8-flags.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Runs `setup` in a fresh Node process (tsx, so it may import the TypeScript source), then starts a
 * worker thread that has V8 optimise `probeCaller`, which calls the small `probeCallee`, and returns
 * the inlining decisions V8 traced for those two functions. V8 flags cannot be read back, so the
 * test looks at what the optimising compiler did: with inlining it prints
 * `Inlining … <SharedFunctionInfo probeCallee>} into … <SharedFunctionInfo probeCaller>`.
 */
function inliningInWorker(setup: string): Promise<string[]> {
  const probe = [
    'function probeCallee(a, b) { return a + b; }',
    'function probeCaller(x) { return probeCallee(x, 1); }',
    '%PrepareFunctionForOptimization(probeCallee); %PrepareFunctionForOptimization(probeCaller);',
    'probeCaller(1); probeCaller(2); %OptimizeFunctionOnNextCall(probeCaller); probeCaller(3);',
  ].join('\n');
  const script = `${setup}\nconst { Worker } = await import('node:worker_threads');\nnew Worker(${JSON.stringify(probe)}, { eval: true });`;
  const args = ['--allow-natives-syntax', '--trace-turbo-inlining', '--import', 'tsx', '--input-type=module', '-e', script];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: root, timeout: 60_000 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout.split('\n').filter((l) => l.startsWith('Inlining') && l.includes('SharedFunctionInfo probeCaller>')));
    });
  });
}

describe('the V8 setting of batch processes', () => {
  it('setTurboInlining(false) on the process reaches worker threads started afterwards; true turns it back on', async () => {
    const [off, backOn] = await Promise.all([
      inliningInWorker("(await import('./src/batch/v8-flags.ts')).setTurboInlining(false);"),
      inliningInWorker("const { setTurboInlining } = await import('./src/batch/v8-flags.ts'); setTurboInlining(false); setTurboInlining(true);"),
    ]);
    expect(off).toEqual([]);
    // One call site, one callee: exactly one decision.
    expect(backOn).toHaveLength(1);
    expect(backOn[0]).toContain('SharedFunctionInfo probeCallee>');
  });

  it('keeps inlining only for fewer workers than cores (the default is one per core)', () => {
    expect(batchInlining(1, 2)).toBe(true);
    expect(batchInlining(3, 4)).toBe(true);
    expect(batchInlining(2, 2)).toBe(false);
    expect(batchInlining(8, 4)).toBe(false);
    expect(batchInlining(undefined, 8)).toBe(false);
  });

  it('the bitext-qa binary turns inlining off for `batch` when its workers fill every core, and only then', async () => {
    // The binary's entry reads the command line from process.argv, as when run as `bitext-qa …`;
    // `--help` makes the command print its help and do nothing else.
    const entry = (...args: string[]) => `process.argv = [process.execPath, 'bitext-qa', ...${JSON.stringify(args)}]; await import('./src/cli/index.ts');`;
    const [all, one, compare] = await Promise.all([
      inliningInWorker(entry('batch', '--help')),
      inliningInWorker(entry('batch', '-j', '1', '--help')),
      inliningInWorker(entry('compare', '--help')),
    ]);
    expect(all).toEqual([]);
    // One worker leaves a core to the compiler wherever there are two or more.
    expect(one).toHaveLength(availableParallelism() > 1 ? 1 : 0);
    expect(compare).toHaveLength(1);
  });
});
