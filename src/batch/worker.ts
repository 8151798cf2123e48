// The worker thread's entry: tinypool calls the default export once per pair. Module-level state
// (the fastText language model, lexicons, word caches) stays loaded between pairs of one worker.
import { runPair } from './run-pair.js';
import type { PairResult, PairTask } from './types.js';

export default function comparePairTask(task: PairTask): Promise<PairResult> {
  return runPair(task);
}
