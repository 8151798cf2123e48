// Staged pipelines: each pipeline is two worker threads that split every pair's work by stage
// (stage-worker.ts): one reads, segments, then checks and writes; the other embeds and aligns. Each
// thread's V8 then compiles and warms only its half of the hot code, where two whole-pair workers
// each compile all of it (docs/tuning.md, "Batch workers"). Used by the pool (pool.ts) for an even
// number of workers: `concurrency / 2` pipelines.
import { MessageChannel, Worker } from 'node:worker_threads';
import { failedResult } from './run-pair.js';
import type { PairMessage, StageData, StageResult } from './stage-worker.js';
import type { PairResult, PairTask } from './types.js';

/**
 * Pairs in flight per pipeline: while one thread aligns a pair, the other segments the next and
 * checks the one before, so neither waits for the other.
 */
export const PAIRS_PER_PIPELINE = 3;

interface Pending {
  task: PairTask;
  t0: number;
  resolve: (result: PairResult) => void;
}

/** One pipeline: its two threads and the pairs in it. A thread that stops fails its pairs and ends the pipeline. */
class Pipeline {
  readonly pending = new Map<number, Pending>();
  stopped = false;
  private readonly threads: Worker[];

  constructor(file: string, execArgv: string[]) {
    const { port1, port2 } = new MessageChannel();
    const start = (data: StageData) => new Worker(file, { execArgv, workerData: data, transferList: [data.port] });
    const ends = start({ bitextQaStage: 'ends', port: port1 });
    this.threads = [ends, start({ bitextQaStage: 'align', port: port2 })];
    ends.on('message', ({ key, result }: StageResult) => {
      const pair = this.pending.get(key);
      this.pending.delete(key);
      pair?.resolve(result);
    });
    for (const thread of this.threads) {
      thread.on('error', (error) => this.stop(error.message));
      thread.on('exit', (code) => this.stop(`it exited with code ${code}`));
    }
  }

  run(key: number, pair: Pending): void {
    this.pending.set(key, pair);
    this.threads[0]!.postMessage({ key, task: pair.task } satisfies PairMessage);
  }

  /** A thread stopped: its pairs fail as tinypool fails a pair whose worker stops, and both threads end. */
  private stop(why: string): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const { task, t0, resolve } of this.pending.values()) resolve(failedResult(task.id, `the worker stopped: ${why}`, Math.round(performance.now() - t0)));
    this.pending.clear();
    void this.destroy();
  }

  async destroy(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.threads.map((thread) => thread.terminate()));
  }
}

/** `pipelines` staged pipelines behind the two calls the pool loop makes of tinypool: `run` and `destroy`. */
export class StagedPool {
  private live: Pipeline[] = [];
  private readonly all: Pipeline[] = [];
  private key = 0;

  constructor(
    private readonly file: string,
    private readonly execArgv: string[],
    private readonly pipelines: number,
  ) {}

  /** Runs `task` on the pipeline with the fewest pairs (a new one while fewer than `pipelines` run and all are busy). */
  run(task: PairTask, { signal }: { signal?: AbortSignal } = {}): Promise<PairResult> {
    this.live = this.live.filter((p) => !p.stopped);
    let pipeline = this.live.reduce<Pipeline | undefined>((best, p) => (!best || p.pending.size < best.pending.size ? p : best), undefined);
    if (!pipeline || (pipeline.pending.size > 0 && this.live.length < this.pipelines)) {
      pipeline = new Pipeline(this.file, this.execArgv);
      this.live.push(pipeline);
      this.all.push(pipeline);
    }
    const chosen = pipeline;
    const key = this.key++;
    return new Promise<PairResult>((resolve, reject) => {
      const abort = () => {
        chosen.pending.delete(key);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', abort, { once: true });
      chosen.run(key, {
        task,
        t0: performance.now(),
        resolve: (result) => {
          signal?.removeEventListener('abort', abort);
          resolve(result);
        },
      });
    });
  }

  /** Ends every thread. */
  async destroy(): Promise<void> {
    await Promise.all(this.all.map((p) => p.destroy()));
  }
}
