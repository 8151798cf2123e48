// The V8 setting a batch process runs with: no inlining in V8's optimising compiler (TurboFan).
// Every worker thread is its own V8 isolate and compiles the same hot functions again; with
// inlining each of those compiles is large, and on a machine whose cores all run workers, that
// compiling takes CPU from the workers. Without it the compiles are smaller and the compiled code
// is about as fast for this workload (measured in docs/tuning.md, "Batch workers").
// V8 flags are process-wide (a Worker refuses them in its `execArgv`), so the setting is made on
// the process before its pool starts: `bitext-qa batch` does it; the library leaves the flags of
// the program it runs in alone (see `compareMany`).
import { setFlagsFromString } from 'node:v8';

/**
 * Turns inlining in V8's optimising compiler on or off for this process and every worker thread
 * it starts afterwards (`bitext-qa batch`: off). Code compiled before keeps how it was compiled.
 * @example setTurboInlining(false) // what the CLI does before its pool starts
 */
export function setTurboInlining(enabled: boolean): void {
  setFlagsFromString(enabled ? '--turbo-inlining' : '--no-turbo-inlining');
}
