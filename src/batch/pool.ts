// The worker pool and the loop that feeds it: pairs in, results out in completion order, a few pairs
// in flight per worker, cancellable. The pool is tinypool (imported only when a batch starts) with
// whole pairs on each worker, or for an even number of workers staged pipelines (pipeline.ts).
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OptionError } from '../errors.js';
import { workerExecArgv } from './exec-argv.js';
import { PAIRS_PER_PIPELINE, StagedPool } from './pipeline.js';
import { failedResult } from './run-pair.js';
import type { PairResult, PairTask } from './types.js';

/**
 * Where the worker's code is. The published package runs `dist/batch-worker.js`, next to the bundle
 * that imports this module (`dist/index.js`, `dist/index.cjs` or `dist/cli.js`). From source (tsx,
 * vitest) this file is `src/batch/pool.ts`: the worker is `worker.ts` beside it, bundled once per
 * process the way the package bundles it (see worker-bundle.ts).
 */
export async function workerFile(): Promise<string> {
  return (await workerEntry()).file;
}

/** {@link workerFile}, and whether it is the bundle built from source. */
async function workerEntry(): Promise<{ file: string; bundled: boolean }> {
  // In the CommonJS bundle `import.meta` is empty; `__filename` names the bundle there.
  const here = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    const { bundledWorker } = await import('./worker-bundle.js');
    return { file: await bundledWorker(fileURLToPath(new URL('./worker.ts', here))), bundled: true };
  }
  return { file: fileURLToPath(new URL('./batch-worker.js', here)), bundled: false };
}

/** A tinypool of `concurrency` workers, each comparing whole pairs (tinypool is imported only here). */
async function tinypool(file: string, execArgv: string[], concurrency: number): Promise<Pick<StagedPool, 'run' | 'destroy'>> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: file,
    execArgv,
    minThreads: 1,
    maxThreads: concurrency,
    // A thread that sits idle this long is ended; the next pair starts a fresh one.
    idleTimeout: 10_000,
  });
  return { run: (task, options) => pool.run(task, options) as Promise<PairResult>, destroy: () => pool.destroy() };
}

/** `concurrency` checked, or the number of cores. */
export function resolveConcurrency(concurrency: number | undefined): number {
  if (concurrency === undefined) return Math.max(1, availableParallelism());
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new OptionError(`concurrency ${String(concurrency)} must be a whole number of at least 1.`);
  }
  return concurrency;
}

export interface RunTasksOptions {
  /** Pairs compared at the same time, each in its own worker thread. @default os.availableParallelism() */
  concurrency?: number;
  /** Stops the run: pairs in flight are abandoned (their workers ended) and the iteration throws. */
  signal?: AbortSignal;
  /**
   * How the workers share the work (internal; the bench compares the two): `staged`, pipelines of
   * two threads that split each pair by stage (pipeline.ts), `concurrency / 2` of them (an odd
   * `concurrency` runs as `pool`); `pool`, whole pairs on each thread. @default {@link workShape}(concurrency)
   */
  shape?: WorkShape;
}

/** How a batch's workers share the work (see {@link RunTasksOptions.shape}). */
export type WorkShape = 'pool' | 'staged';

/**
 * Staged pipelines for an even number of workers, whole pairs on each worker otherwise (one worker
 * has no one to share with; an odd count would leave a thread out of the pipelines).
 * @example workShape(2) // → 'staged'
 * @example workShape(3) // → 'pool'
 */
export function workShape(concurrency: number): WorkShape {
  return concurrency % 2 === 0 ? 'staged' : 'pool';
}

/**
 * Runs every task on a pool of worker threads and yields each result as it completes. A pair that
 * fails, even by crashing its worker, is a result with `ok: false`; only cancellation throws.
 */
export async function* runTasks(tasks: Iterable<PairTask> | AsyncIterable<PairTask>, options: RunTasksOptions = {}): AsyncGenerator<PairResult> {
  const concurrency = resolveConcurrency(options.concurrency);
  const { signal } = options;
  signal?.throwIfAborted();
  // No pool (no thread to start) when there is nothing to run: resuming a finished batch.
  const iterator = (Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]()) as Iterator<PairTask> | AsyncIterator<PairTask>;
  const first = await iterator.next();
  if (first.done) return;
  const { file, bundled } = await workerEntry();
  const execArgv = workerExecArgv(process.execArgv, bundled);
  const staged = (options.shape ?? workShape(concurrency)) === 'staged' && concurrency % 2 === 0;
  const pool = staged ? new StagedPool(file, execArgv, concurrency / 2) : await tinypool(file, execArgv, concurrency);
  // Pairs in flight: one per worker, or enough per pipeline to keep both its threads busy.
  const inFlightMax = staged ? (concurrency / 2) * PAIRS_PER_PIPELINE : concurrency;
  const inFlight = new Map<number, Promise<{ key: number; result: PairResult }>>();
  const abort = new AbortController();
  const stop = () => abort.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  let key = 0;
  const start = (task: PairTask) => {
    const k = key++;
    const t0 = performance.now();
    const run = pool.run(task, { signal: abort.signal }).then(
      (result) => ({ key: k, result }),
      (error: unknown) => ({
        key: k,
        result: failedResult(task.id, `the worker stopped: ${(error as Error)?.message ?? String(error)}`, Math.round(performance.now() - t0)),
      }),
    );
    inFlight.set(k, run);
  };
  try {
    for (let next: IteratorResult<PairTask> = first; !next.done; next = await iterator.next()) {
      const task = next.value;
      signal?.throwIfAborted();
      start(task);
      if (inFlight.size >= inFlightMax) {
        const { key: done, result } = await Promise.race(inFlight.values());
        inFlight.delete(done);
        signal?.throwIfAborted();
        yield result;
      }
    }
    while (inFlight.size > 0) {
      const { key: done, result } = await Promise.race(inFlight.values());
      inFlight.delete(done);
      signal?.throwIfAborted();
      yield result;
    }
  } finally {
    await iterator.return?.();
    signal?.removeEventListener('abort', stop);
    if (inFlight.size > 0) abort.abort();
    await pool.destroy();
  }
}
