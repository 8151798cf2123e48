// The worker thread's entry. Started by the batch's thread pool (threads.ts), it compares each pair
// it is sent and answers with the result; imported anywhere else it only exports the function.
// Module-level state (the fastText language model, lexicons, word caches) stays loaded between pairs
// of one worker.
import { parentPort, workerData } from 'node:worker_threads';
import { runPair } from './run-pair.js';
import { WORKER_DATA } from './threads.js';
import type { PairResult, PairTask } from './types.js';

export default function comparePairTask(task: PairTask): Promise<PairResult> {
  return runPair(task);
}

if (parentPort && workerData === WORKER_DATA) {
  const port = parentPort;
  // runPair never throws: every pair is answered.
  port.on('message', (task: PairTask) => void runPair(task).then((result) => port.postMessage(result)));
}
