// The V8 setting of a batch process: whether V8's optimising compiler (TurboFan) inlines.
// Every worker thread is its own V8 isolate and compiles the same hot functions again. With
// inlining each of those compiles is large; when the workers fill every core, that compiling takes
// CPU from them; without inlining it is much less, for slightly slower code (measured
// in docs/tuning.md, "Batch workers"). With fewer workers than cores the compiler runs on the idle
// ones, and inlining stays on. V8 flags are process-wide (a Worker refuses them in its `execArgv`),
// so the setting is made on the process before its pool starts: `bitext-qa batch` does it; the
// library leaves the flags of the program it runs in alone (see `compareMany`).
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * Turns inlining in V8's optimising compiler on or off for this process and every worker thread
 * it starts afterwards. Code compiled before keeps how it was compiled.
 * @example setTurboInlining(false)
 */
export function setTurboInlining(enabled: boolean): void {
  setFlagsFromString(enabled ? '--turbo-inlining' : '--no-turbo-inlining');
}

/**
 * Whether a batch of `concurrency` workers (`undefined`: one per core) keeps inlining: only when
 * some of the `cores` are left for the compiler.
 * @example batchInlining(1, 2) // → true
 * @example batchInlining(undefined, 8) // → false
 */
export function batchInlining(concurrency: number | undefined, cores = availableParallelism()): boolean {
  return concurrency !== undefined && concurrency < cores;
}
