// The two halves of a staged pipeline (pipeline.ts), one per worker thread, so that each thread's V8
// compiles and warms only the code of its own stages (docs/tuning.md, "Batch workers"):
// - the `ends` thread reads a pair and splits it into sentences, hands it to the `align` thread,
//   then checks the aligned pair, writes its reports and sends the result to the main thread;
// - the `align` thread embeds and aligns each pair it is handed and hands it back.
// A pair travels between the two as plain data, copied (structured clone). Moving its vectors'
// buffers instead (a transfer list) made the receiving thread slower: measured in docs/tuning.md.
import { type MessagePort } from 'node:worker_threads';
import { alignPair, checkPair, segmentPair, type AlignedPair, type SegmentedPair } from '../compare/index.js';
import { resolveCompareOptions } from '../compare/options.js';
import type { Article } from '../read/index.js';
import type { Report } from '../report/types.js';
import { failedResult, failureMessage, finishPair, pairFailure, readPair } from './run-pair.js';
import type { PairResult, PairTask } from './types.js';

/** What a stage thread is started with (`workerData`). */
export interface StageData {
  bitextQaStage: 'ends' | 'align';
  /** The `ends` thread's end of the channel between the two threads, or the `align` thread's. */
  port: MessagePort;
}

/** A pair on its way from the main thread, through both stages, back. */
export interface StageMessage {
  /** The pair's number in the main thread. */
  key: number;
  task: PairTask;
  /** When the pair started (`performance.timeOrigin + performance.now()`: comparable across threads). */
  started?: number;
  articles?: [Article, Article];
  segmented?: SegmentedPair;
  aligned?: AlignedPair;
  /** The pair checked in the `align` thread (an embedder object, such as the neural one, cannot cross threads). */
  report?: Report;
  /** Why the `align` stage failed. */
  error?: string;
}

/** What the `ends` thread sends to the main thread. */
export interface StageResult {
  key: number;
  result: PairResult;
}

/** Whether `data` (a worker's `workerData`) starts a stage thread. */
export function isStageData(data: unknown): data is StageData {
  return typeof data === 'object' && data !== null && 'bitextQaStage' in data;
}

const now = (): number => performance.timeOrigin + performance.now();

/** Milliseconds since `started`, for a pair's result. */
const since = (started: number) => () => Math.round(now() - started);

/** Runs `step` on each message in the order they came: one pair at a time per thread. */
function inOrder(step: (message: StageMessage) => Promise<void>): (message: StageMessage) => void {
  let last: Promise<void> = Promise.resolve();
  return (message) => {
    last = last.then(() => step(message));
  };
}

/** The `ends` thread: pairs from the main thread (`main`) and aligned pairs from the `align` thread (`port`). */
function startEnds(main: MessagePort, port: MessagePort): void {
  const fail = (message: StageMessage, error: unknown, ms: number) => main.postMessage({ key: message.key, result: pairFailure(message.task, error, ms) } satisfies StageResult);
  const step = inOrder(async (message) => {
    const started = message.started ?? now();
    const ms = since(started);
    const { task } = message;
    if (message.error !== undefined) {
      main.postMessage({ key: message.key, result: failedResult(task.id, message.error, ms()) } satisfies StageResult);
      return;
    }
    try {
      if (message.aligned || message.report) {
        const report = message.report ?? (await checkPair(message.aligned!, resolveCompareOptions(task.options)));
        main.postMessage({ key: message.key, result: finishPair(task, report, message.articles!, ms) } satisfies StageResult);
        return;
      }
      const options = resolveCompareOptions(task.options);
      const articles = await readPair(task);
      const segmented = await segmentPair(articles[0].text, articles[1].text, options);
      port.postMessage({ key: message.key, task, started, articles, segmented } satisfies StageMessage);
    } catch (error) {
      fail(message, error, ms());
    }
  });
  main.on('message', step);
  port.on('message', step);
}

/** The `align` thread: segmented pairs from the `ends` thread, handed back aligned (or failed). */
function startAlign(port: MessagePort): void {
  port.on('message', inOrder(async (message) => {
    const { key, task, started, articles } = message;
    try {
      const options = resolveCompareOptions(task.options);
      const aligned = await alignPair(message.segmented!, options);
      if (aligned.embedder) {
        // Checked here: its embedder (the neural one) stays in this thread.
        port.postMessage({ key, task, started, articles, report: await checkPair(aligned, options) } satisfies StageMessage);
        return;
      }
      port.postMessage({ key, task, started, articles, aligned } satisfies StageMessage);
    } catch (error) {
      port.postMessage({ key, task, started, error: failureMessage(error) } satisfies StageMessage);
    }
  }));
}

/** Starts the stage `data` names in this worker thread; `main` is the thread's port to the main thread. */
export function startStage(data: StageData, main: MessagePort): void {
  if (data.bitextQaStage === 'ends') startEnds(main, data.port);
  else startAlign(data.port);
}
