// `compareMany`: many pairs on a pool of worker threads, results as they complete.
import { OptionError } from '../errors.js';
import { runTasks } from './pool.js';
import type { CompareManyOptions, ComparePair, PairOptions, PairResult, PairTask } from './types.js';

const PAIR_OPTION_KEYS = ['from', 'to', 'mode', 'embedder', 'model', 'cache', 'cacheDir', 'skipChecks'] as const;

/** The pair options set in `from` (undefined fields left out). */
function pairOptions(from: PairOptions): PairOptions {
  const out: Record<string, unknown> = {};
  for (const key of PAIR_OPTION_KEYS) if (from[key] !== undefined) out[key] = from[key];
  return out as PairOptions;
}

async function* toTasks(pairs: Iterable<ComparePair> | AsyncIterable<ComparePair>, defaults: PairOptions): AsyncGenerator<PairTask> {
  for await (const pair of pairs) {
    if (typeof pair?.id !== 'string' || typeof pair.source !== 'string' || typeof pair.target !== 'string') {
      throw new OptionError('compareMany: each pair must be { id: string, source: string, target: string, …options }.');
    }
    if (typeof pair.embedder === 'object') throw new OptionError(`compareMany: pair ${pair.id}: an embedder object cannot run in a worker thread; use 'lexical', 'neural' or 'auto'.`);
    yield { id: pair.id, source: { text: pair.source }, target: { text: pair.target }, options: { ...defaults, ...pairOptions(pair) }, keepReport: true };
  }
}

/**
 * Compares many pairs of texts on a pool of worker threads (`concurrency`, default: the number of
 * cores) and yields each pair's result as it completes — not in input order. With an even number of
 * workers they run in pipelines of two threads that split each pair by stage (pipeline.ts); each
 * thread loads the language model and lexicons it needs once. A pair that fails is a result with `ok: false` and its `error`;
 * the others go on. Aborting `signal` stops the pairs in flight and makes the iteration throw.
 * Breaking out of the loop stops the pool too.
 *
 * V8 settings: each worker thread compiles the same hot code again, and when its workers fill
 * every core `bitext-qa batch` turns inlining in V8's optimising compiler off for its process to
 * make those compiles cheaper (docs/tuning.md, "Batch workers"). `compareMany` leaves the V8 flags of the program it runs in
 * alone; a program that wants the same starts Node with `--no-turbo-inlining`, or calls
 * `v8.setFlagsFromString('--no-turbo-inlining')` before its first `compareMany`.
 *
 * @example
 * for await (const r of compareMany([{ id: 'a1', source: en, target: de }], { mode: 'parallel' })) {
 *   if (r.ok) console.log(r.id, r.scores.coverage, r.report.findings.length);
 *   else console.error(r.id, r.error);
 * }
 */
export function compareMany(
  pairs: Iterable<ComparePair> | AsyncIterable<ComparePair>,
  options: CompareManyOptions = {},
): AsyncIterable<PairResult> {
  if (typeof options.embedder === 'object') throw new OptionError("compareMany: an embedder object cannot run in a worker thread; use 'lexical', 'neural' or 'auto'.");
  return runTasks(toTasks(pairs, pairOptions(options)), {
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
