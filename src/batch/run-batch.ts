// A batch into an output folder: the pairs of this shard that the folder has no result for yet, on
// the worker pool; each result appended as it finishes, each report written by its worker; the
// overview pages rewritten at the end from every results file in the folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { ReportFormat } from '../report/types.js';
import { entryTask, type ManifestEntry } from './manifest.js';
import { runTasks, type WorkShape } from './pool.js';
import { readAllResults, openResults } from './results.js';
import { writeAtomic } from './run-pair.js';
import { inShard, resultsFileName, type Shard } from './shard.js';
import { renderSummaryHtml, renderSummaryMarkdown } from './summary.js';
import type { BatchResult, PairOptions } from './types.js';

export interface BatchOptions {
  /** The output folder (created when missing). */
  out: string;
  /** Worker threads. @default os.availableParallelism() */
  concurrency?: number;
  /** Run only this slice of the manifest. @default the whole manifest */
  shard?: Shard;
  /** Report formats written per pair besides `<id>.json`. @default [] */
  formats?: ReportFormat[];
  /** Options for every pair; a manifest line's own fields win. @default {} */
  defaults?: PairOptions;
  signal?: AbortSignal;
  /** How the workers share the work (internal: `RunTasksOptions.shape`). @default workShape(concurrency) */
  shape?: WorkShape;
  /** Called after each pair: `done` of `total` pairs to run in this call. */
  onResult?: (result: BatchResult, done: number, total: number) => void;
}

export interface BatchRun {
  /** Pairs of this shard in the manifest. */
  pairs: number;
  /** Of those, already in the folder's results: not run again. */
  skipped: number;
  /** Pairs run now. */
  ran: number;
  /** Of those, pairs that failed (`ok: false`). */
  failed: number;
  /** Of those, pairs with at least one finding of each severity. */
  withErrors: number;
  withWarnings: number;
  /** The results file this run appended to. */
  resultsFile: string;
}

/** Runs the pairs of `entries` not yet in `options.out`, and rewrites `summary.md` and `index.html`. */
export async function runBatch(entries: readonly ManifestEntry[], options: BatchOptions): Promise<BatchRun> {
  const { out, shard } = options;
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot create the output folder ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const mine = shard ? entries.filter((e) => inShard(e.id, shard)) : entries;
  const finished = new Set(readAllResults(out).map((r) => r.id));
  const todo = mine.filter((e) => !finished.has(e.id));
  const resultsFile = join(out, resultsFileName(shard));
  const writer = openResults(resultsFile);
  const formats = (options.formats ?? []).filter((f) => f !== 'json');
  const tasks = todo.map((e) => ({ ...entryTask(e, options.defaults ?? {}), write: { dir: out, formats } }));
  // Counts only: memory stays flat however many pairs the manifest holds.
  const run = { ran: 0, failed: 0, withErrors: 0, withWarnings: 0 };
  try {
    for await (const result of runTasks(tasks, { ...(options.concurrency ? { concurrency: options.concurrency } : {}), ...(options.signal ? { signal: options.signal } : {}), ...(options.shape ? { shape: options.shape } : {}) })) {
      writer.append(result);
      run.ran++;
      if (!result.ok) run.failed++;
      if ((result.counts?.error ?? 0) > 0) run.withErrors++;
      if ((result.counts?.warning ?? 0) > 0) run.withWarnings++;
      options.onResult?.(result, run.ran, todo.length);
    }
  } finally {
    writer.close();
  }
  writeSummaries(out, options.formats ?? []);
  return { pairs: mine.length, skipped: mine.length - todo.length, ...run, resultsFile };
}

/** Rewrites `summary.md` and `index.html` from every results file in `dir` (all shards that finished so far). */
export function writeSummaries(dir: string, formats: readonly ReportFormat[]): void {
  const all = readAllResults(dir);
  writeAtomic(join(dir, 'summary.md'), renderSummaryMarkdown(all, formats));
  writeAtomic(join(dir, 'index.html'), renderSummaryHtml(all, formats));
}
