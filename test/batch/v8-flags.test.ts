import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

  it('the bitext-qa binary sets it for `batch` only', async () => {
    // The binary's entry reads the command from process.argv, as when run as `bitext-qa batch …`;
    // `--help` makes the command print its help and do nothing else.
    const entry = (command: string) => `process.argv = [process.execPath, 'bitext-qa', '${command}', '--help']; await import('./src/cli/index.ts');`;
    const [batch, compare] = await Promise.all([inliningInWorker(entry('batch')), inliningInWorker(entry('compare'))]);
    expect(batch).toEqual([]);
    expect(compare).toHaveLength(1);
  });
});
