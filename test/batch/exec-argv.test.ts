import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../src/batch/exec-argv.js';

describe('the flags a batch worker starts with', () => {
  it('leaves out the flags a worker refuses, bundled or not', () => {
    const flags = ['--input-type=module', '--expose-gc', '--expose_gc', '--max-old-space-size=4096'];
    expect(workerExecArgv(flags, false)).toEqual(['--max-old-space-size=4096']);
    expect(workerExecArgv(flags, true)).toEqual(['--max-old-space-size=4096']);
  });

  it('drops tsx preloads, in each spelling, only for the bundle built from source', () => {
    // `npm run bench` runs `node --expose-gc --import tsx …`; vitest-like runners pass `--import=tsx/esm` or a path.
    const flags = ['--import', 'tsx', '--import=tsx/esm', '--require', '/p/node_modules/tsx/dist/cjs/index.cjs', '-r', 'tsx/cjs', '--loader=tsx', '--enable-source-maps'];
    expect(workerExecArgv(flags, true)).toEqual(['--enable-source-maps']);
    // The published package's worker keeps every flag it can take, preloads included.
    expect(workerExecArgv(flags, false)).toEqual(flags);
  });

  it('keeps a user’s own preloads, and tsx-like names that are not tsx', () => {
    const flags = ['--import', './otel.mjs', '--require=tsx-helper', '--import', 'tsxfoo/x.js'];
    expect(workerExecArgv(flags, true)).toEqual(flags);
  });

  it('keeps a preload flag that ends the list without its value', () => {
    expect(workerExecArgv(['--import'], true)).toEqual(['--import']);
  });
});
