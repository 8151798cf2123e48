import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StagedPool } from '../../src/batch/pipeline.js';
import { runTasks, workShape } from '../../src/batch/pool.js';
import type { PairResult, PairTask } from '../../src/batch/types.js';

const EN = 'The minister met 12 farmers in Jakarta on 4 January 2023. Prices rose by 5 percent.';
const ID = 'Menteri bertemu 12 petani di Jakarta pada 4 Januari 2023. Harga naik 5 persen.';

const task = (id: string, options: PairTask['options'], target = ID): PairTask => ({ id, source: { text: EN }, target: { text: target }, options, keepReport: true });

/** Every pair's result by id, without what differs from run to run: milliseconds and stage timings. */
async function byId(tasks: PairTask[], concurrency: number, shape: 'pool' | 'staged'): Promise<Record<string, PairResult>> {
  const out: Record<string, PairResult> = {};
  for await (const r of runTasks(tasks, { concurrency, shape })) {
    const { ms, report, ...rest } = r;
    expect(ms).toBeGreaterThanOrEqual(0);
    out[r.id] = { ...rest, ms: 0, ...(report ? { report: { ...report, timings: {} } } : {}) };
  }
  return out;
}

describe('staged pipelines (two threads per pair, split by stage)', () => {
  it('are the shape for an even number of workers only', () => {
    expect([1, 2, 3, 4, 8].map(workShape)).toEqual(['pool', 'staged', 'pool', 'staged', 'staged']);
  });

  it('give every pair the same result and report as whole-pair workers, failures included', async () => {
    const tasks = [
      task('plain', { from: 'en', to: 'id', mode: 'parallel' }),
      // 12 → 13: a number mismatch.
      task('conflict', { mode: 'parallel' }, ID.replace('12', '13')),
      task('auto', {}),
      // Refused when the pair's options are read (the first thread).
      task('bad-mode', { mode: 'sideways' as 'parallel' }),
      // Refused in the aligning thread (the length-only baseline only aligns): its message, not an
      // internal error. (Not the neural embedder: its native module, loaded in a worker thread, cannot
      // load again in the test process's main thread.)
      task('length', { embedder: 'length' as 'lexical' }),
      { ...task('invalid', {}), invalid: 'the line says nothing' },
    ];
    // Two pipelines for four workers.
    const [staged, pooled] = await Promise.all([byId(tasks, 4, 'staged'), byId(tasks, 2, 'pool')]);
    expect(Object.keys(staged).sort()).toEqual(tasks.map((t) => t.id).sort());
    expect(staged).toEqual(pooled);
    expect(staged.conflict!.report!.findings.map((f) => f.code)).toContain('number-mismatch');
    expect(staged['bad-mode']).toMatchObject({ ok: false, error: "mode 'sideways' is not one of auto, parallel, comparable." });
    expect(staged.length).toMatchObject({ ok: false, error: "compareArticles: `embedder: 'length'` only aligns; use 'lexical', 'neural', 'auto' or an Embedder object." });
    expect(staged.invalid).toMatchObject({ ok: false, error: 'the line says nothing' });
  });

  it('fail the pairs of a pipeline whose thread stops, and start a new pipeline for the next pair', async () => {
    // A stage thread that exits with code 3 at its first message.
    const file = join(mkdtempSync(join(tmpdir(), 'bitext-pipeline-')), 'crash.mjs');
    writeFileSync(file, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    const pool = new StagedPool(file, [], 1);
    try {
      const failed = { ok: false, mode: null, scores: null, counts: null, error: 'the worker stopped: it exited with code 3' };
      await expect(pool.run(task('first', {}))).resolves.toMatchObject({ id: 'first', ...failed });
      await expect(pool.run(task('second', {}))).resolves.toMatchObject({ id: 'second', ...failed });
    } finally {
      await pool.destroy();
    }
  });
});
