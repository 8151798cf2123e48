// The worker thread's entry. In the pool, tinypool calls the default export once per pair; in a
// staged pipeline (pipeline.ts) the thread runs one stage, named in its `workerData`. Module-level
// state (the fastText language model, lexicons, word caches) stays loaded between pairs of one worker.
import { parentPort, workerData } from 'node:worker_threads';
import { runPair } from './run-pair.js';
import { isStageData, startStage } from './stage-worker.js';
import type { PairResult, PairTask } from './types.js';

if (isStageData(workerData) && parentPort) startStage(workerData, parentPort);

export default function comparePairTask(task: PairTask): Promise<PairResult> {
  return runPair(task);
}
