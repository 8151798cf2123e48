// A small pool of worker threads for the batch: one task at a time per thread, threads started on
// demand up to `size`, a thread that crashes replaced by the next task, idle threads ended after a
// while. It replaces tinypool, which at import ran two shell pipelines over /proc/cpuinfo (about
// 0.1 s of CPU and a dozen processes forked from a large parent at every batch start; measured in
// docs/tuning.md, "Batch workers") to learn a core count the batch does not use.
import { Worker } from 'node:worker_threads';

/** The `workerData` a batch worker is started with: the worker module answers tasks only when it sees it. */
export const WORKER_DATA = 'bitext-qa/batch-worker';

export interface ThreadPoolOptions {
  /** The worker module (an ES module that serves tasks when started with {@link WORKER_DATA}). */
  file: string;
  /** Node.js flags of each thread. */
  execArgv: string[];
  /** Most threads at once. */
  size: number;
  /** A thread with nothing to do this long is ended (ms). @default 10_000 */
  idleTimeout?: number;
}

interface Thread {
  worker: Worker;
  /** The task in flight, if any. */
  pending?: { resolve: (value: unknown) => void; reject: (error: Error) => void };
  idle?: ReturnType<typeof setTimeout>;
}

/**
 * Runs tasks on worker threads. `run` answers with the thread's reply, or rejects when the task
 * cannot be sent (not cloneable), when its thread dies, or when the pool is destroyed meanwhile.
 */
export class ThreadPool {
  private readonly threads = new Set<Thread>();
  private destroyed = false;

  constructor(private readonly options: ThreadPoolOptions) {}

  /** Sends `task` to a free thread (starting one when fewer than `size` run). At most `size` tasks may be in flight. */
  run(task: unknown): Promise<unknown> {
    if (this.destroyed) return Promise.reject(new Error('the pool was stopped.'));
    const thread = this.freeThread();
    if (!thread) return Promise.reject(new Error(`more than ${this.options.size} tasks at once.`));
    if (thread.idle) clearTimeout(thread.idle);
    return new Promise((resolve, reject) => {
      try {
        thread.worker.postMessage(task);
      } catch (error) {
        this.becameIdle(thread);
        reject(error as Error);
        return;
      }
      thread.pending = { resolve, reject };
    });
  }

  /** Ends every thread; tasks in flight reject. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    const ending = [...this.threads].map((t) => {
      if (t.idle) clearTimeout(t.idle);
      return t.worker.terminate();
    });
    await Promise.all(ending);
  }

  private freeThread(): Thread | undefined {
    for (const t of this.threads) if (!t.pending) return t;
    return this.threads.size < this.options.size ? this.start() : undefined;
  }

  private start(): Thread {
    const worker = new Worker(this.options.file, { execArgv: this.options.execArgv, workerData: WORKER_DATA });
    const thread: Thread = { worker };
    this.threads.add(thread);
    const settle = (error?: Error, value?: unknown) => {
      const { pending } = thread;
      thread.pending = undefined;
      if (error) pending?.reject(error);
      else pending?.resolve(value);
    };
    worker.on('message', (value: unknown) => {
      settle(undefined, value);
      this.becameIdle(thread);
    });
    // A thread that failed takes no more tasks, even before its 'exit' arrives.
    const retire = () => {
      this.threads.delete(thread);
      if (thread.idle) clearTimeout(thread.idle);
    };
    worker.on('error', (error: Error) => {
      retire();
      settle(error);
    });
    worker.on('exit', (code) => {
      retire();
      settle(new Error(this.destroyed ? 'the pool was stopped.' : `the thread exited with code ${code}.`));
    });
    return thread;
  }

  private becameIdle(thread: Thread): void {
    const timeout = this.options.idleTimeout ?? 10_000;
    thread.idle = setTimeout(() => void thread.worker.terminate(), timeout);
    thread.idle.unref();
  }
}
