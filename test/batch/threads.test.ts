import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadPool, WORKER_DATA } from '../../src/batch/threads.js';

// A stand-in worker: answers each message with its thread id, the workerData it saw and the message;
// 'exit' ends the thread with code 3, 'throw' throws outside any handler, 'hang' never answers.
const dir = mkdtempSync(join(tmpdir(), 'bitext-threads-'));
const file = join(dir, 'echo.mjs');
writeFileSync(file, `import { parentPort, threadId, workerData } from 'node:worker_threads';
parentPort.on('message', (m) => {
  if (m === 'exit') process.exit(3);
  if (m === 'throw') setTimeout(() => { throw new Error('boom'); });
  else if (m !== 'hang') parentPort.postMessage({ threadId, workerData, m });
});
`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Echo = { threadId: number; workerData: unknown; m: unknown };

describe('ThreadPool', () => {
  it('answers each task from at most `size` threads, started with the batch worker mark', async () => {
    const pool = new ThreadPool({ file, execArgv: [], size: 2 });
    try {
      const first = (await Promise.all([pool.run(1), pool.run(2)])) as Echo[];
      const second = (await Promise.all([pool.run(3), pool.run(4)])) as Echo[];
      expect([...first, ...second].map((e) => e.m)).toEqual([1, 2, 3, 4]);
      expect(first[0]!.workerData).toBe(WORKER_DATA);
      // Two threads, both reused for the second round.
      const ids = new Set([...first, ...second].map((e) => e.threadId));
      expect(ids.size).toBe(2);
      // A third task while two are in flight is refused, not queued.
      const busy = Promise.allSettled([pool.run('hang'), pool.run('hang')]);
      await expect(pool.run(5)).rejects.toThrow('more than 2 tasks at once.');
      await pool.destroy();
      const settled = await busy;
      expect(settled.map((s) => s.status === 'rejected' && (s.reason as Error).message)).toEqual(['the pool was stopped.', 'the pool was stopped.']);
    } finally {
      await pool.destroy();
    }
  });

  it('rejects the task of a thread that dies, and starts a fresh thread for the next', async () => {
    const pool = new ThreadPool({ file, execArgv: [], size: 1 });
    try {
      await expect(pool.run('exit')).rejects.toThrow('the thread exited with code 3.');
      await expect(pool.run('throw')).rejects.toThrow('boom');
      await expect(pool.run('ok')).resolves.toMatchObject({ m: 'ok' });
    } finally {
      await pool.destroy();
    }
  });

  it('rejects a task that cannot be sent, and the thread stays usable', async () => {
    const pool = new ThreadPool({ file, execArgv: [], size: 1 });
    try {
      const a = (await pool.run('a')) as Echo;
      await expect(pool.run({ f: () => 1 })).rejects.toThrow(/could not be cloned/);
      const b = (await pool.run('b')) as Echo;
      expect(b.threadId).toBe(a.threadId);
    } finally {
      await pool.destroy();
    }
  });

  it('ends a thread idle longer than idleTimeout: the next task gets a new one', async () => {
    const pool = new ThreadPool({ file, execArgv: [], size: 1, idleTimeout: 20 });
    try {
      const a = (await pool.run('a')) as Echo;
      await new Promise((r) => setTimeout(r, 300));
      const b = (await pool.run('b')) as Echo;
      expect(b.threadId).not.toBe(a.threadId);
    } finally {
      await pool.destroy();
    }
  });
});
