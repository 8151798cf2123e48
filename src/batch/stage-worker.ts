// The two halves of a staged pipeline (pipeline.ts), one per worker thread, so that each thread's V8
// compiles and warms only the code of its own stages (docs/tuning.md, "Batch workers"):
// - the `ends` thread reads a pair and splits it into sentences, hands it to the `align` thread,
//   then checks the aligned pair, writes its reports and sends the result to the main thread;
// - the `align` thread embeds and aligns each pair it is handed and hands it back.
// The `ends` thread keeps each pair's articles and sentences; only the sentences go to the `align`
// thread, and only what aligning adds (beads, vectors) comes back, copied (structured clone): moving
// the vectors' buffers instead (a transfer list) made the receiving thread slower (docs/tuning.md).
import { type MessagePort } from 'node:worker_threads';
import { alignPair, checkPair, segmentPair, type AlignedPair, type SegmentedPair } from '../compare/index.js';
import { resolveCompareOptions } from '../compare/options.js';
import type { Article } from '../read/index.js';
import type { Report } from '../report/types.js';
import { failedResult, failureMessage, finishPair, pairFailure, readPair } from './run-pair.js';
import type { PairOptions, PairResult, PairTask } from './types.js';

/** What a stage thread is started with (`workerData`). */
export interface StageData {
  bitextQaStage: 'ends' | 'align';
  /** The `ends` thread's end of the channel between the two threads, or the `align` thread's. */
  port: MessagePort;
}

/** A pair from the main thread to the `ends` thread. */
export interface PairMessage {
  /** The pair's number in the main thread. */
  key: number;
  task: PairTask;
}

/** A segmented pair from the `ends` thread to the `align` thread. */
interface AlignRequest {
  key: number;
  options: PairOptions;
  segmented: SegmentedPair;
}

/**
 * The `align` thread's answer: what aligning added to the pair (its sentences stay in the `ends`
 * thread); or the pair checked there (an embedder object, such as the neural one, cannot cross
 * threads); or why it failed.
 */
interface AlignReply {
  key: number;
  aligned?: Omit<AlignedPair, 'source' | 'target' | 'embedder'>;
  report?: Report;
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

/** Runs `step` on each message in the order they came: one pair at a time per thread. */
function inOrder<M>(step: (message: M) => Promise<void>): (message: M) => void {
  let last: Promise<void> = Promise.resolve();
  return (message) => {
    last = last.then(() => step(message));
  };
}

/** A pair the `ends` thread handed to the `align` thread, as it keeps it meanwhile. */
interface Handed {
  task: PairTask;
  /** Milliseconds since the pair started. */
  ms: () => number;
  articles: [Article, Article];
  segmented: SegmentedPair;
}

/** The `ends` thread: pairs from the main thread (`main`) and the `align` thread's replies (`port`). */
function startEnds(main: MessagePort, port: MessagePort): void {
  const handed = new Map<number, Handed>();
  const send = (key: number, result: PairResult) => main.postMessage({ key, result } satisfies StageResult);
  const start = async ({ key, task }: PairMessage) => {
    const t0 = performance.now();
    const ms = () => Math.round(performance.now() - t0);
    try {
      const options = resolveCompareOptions(task.options);
      const articles = await readPair(task);
      const segmented = await segmentPair(articles[0].text, articles[1].text, options);
      handed.set(key, { task, ms, articles, segmented });
      port.postMessage({ key, options: task.options, segmented } satisfies AlignRequest);
    } catch (error) {
      send(key, pairFailure(task, error, ms()));
    }
  };
  const finish = async ({ key, aligned, report, error }: AlignReply) => {
    const { task, ms, articles, segmented } = handed.get(key)!;
    handed.delete(key);
    if (error !== undefined) return send(key, failedResult(task.id, error, ms()));
    try {
      const checked = report ?? (await checkPair({ ...segmented, ...aligned! }, resolveCompareOptions(task.options)));
      send(key, finishPair(task, checked, articles, ms));
    } catch (caught) {
      send(key, pairFailure(task, caught, ms()));
    }
  };
  main.on('message', inOrder(start));
  port.on('message', inOrder(finish));
}

/** The `align` thread: segmented pairs from the `ends` thread, answered aligned (or failed). */
function startAlign(port: MessagePort): void {
  port.on('message', inOrder(async ({ key, options: pairOptions, segmented }: AlignRequest) => {
    try {
      const options = resolveCompareOptions(pairOptions);
      const { source, target, embedder, ...aligned } = await alignPair(segmented, options);
      if (embedder) {
        // Checked here: its embedder (the neural one) stays in this thread.
        port.postMessage({ key, report: await checkPair({ source, target, embedder, ...aligned }, options) } satisfies AlignReply);
        return;
      }
      port.postMessage({ key, aligned } satisfies AlignReply);
    } catch (error) {
      port.postMessage({ key, error: failureMessage(error) } satisfies AlignReply);
    }
  }));
}

/** Starts the stage `data` names in this worker thread; `main` is the thread's port to the main thread. */
export function startStage(data: StageData, main: MessagePort): void {
  if (data.bitextQaStage === 'ends') startEnds(main, data.port);
  else startAlign(data.port);
}
