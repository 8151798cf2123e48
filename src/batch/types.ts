// The data of a batch: what one pair asks for, what one pair gives back, and the options of a run.
import type { AlignMode } from '../align/types.js';
import type { Scores } from '../check/types.js';
import type { Report, ReportFormat } from '../report/types.js';

/** Options that may differ from pair to pair: the serialisable part of `CompareOptions`. */
export interface PairOptions {
  /** Source language (ISO 639-1). Detected when absent. */
  from?: string;
  /** Target language (ISO 639-1). Detected when absent. */
  to?: string;
  /** @default 'auto' */
  mode?: AlignMode | 'auto';
  /** Built-in embedders only: an embedder object cannot cross into a worker thread. @default 'lexical' */
  embedder?: 'auto' | 'lexical' | 'neural';
  /** Neural model: a hub id or a local directory. */
  model?: string;
  /** Disk cache of neural vectors. @default true */
  cache?: boolean;
  /** Cache root. @default `$BITEXT_QA_CACHE`, else `~/.cache/bitext-qa` */
  cacheDir?: string;
  /** Finding codes to leave out. @default [] */
  skipChecks?: string[];
}

/** One side of a pair as a worker receives it: a file to read there, or the text itself. */
export type PairInput = { file: string } | { text: string };

/** One pair as it travels to a worker. */
export interface PairTask {
  id: string;
  source: PairInput;
  target: PairInput;
  options: PairOptions;
  /** When set, the worker writes the pair's reports here as `<id>.json` (and `<id>.<format>`). */
  write?: { dir: string; formats: ReportFormat[] };
  /** Send the whole report back (the library does; the CLI only needs the result line). */
  keepReport?: boolean;
  /** Set when the manifest line itself was unusable: the pair is recorded as failed with this message. */
  invalid?: string;
}

/** Findings of a pair by severity. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/**
 * One line of `results.jsonl`. A failed pair has `ok: false`, its `error`, and `null` for what it
 * could not compute.
 */
export interface BatchResult {
  id: string;
  ok: boolean;
  mode: AlignMode | null;
  scores: Scores | null;
  counts: SeverityCounts | null;
  error?: string;
  /** Wall-clock milliseconds the pair took (reading, comparing, writing). */
  ms: number;
}

/** What `compareMany` yields: the result line, with the report when the pair succeeded. */
export interface PairResult extends BatchResult {
  report?: Report;
}

/** A pair for `compareMany`: two texts and their options. */
export interface ComparePair extends PairOptions {
  /** Names the pair in the results. */
  id: string;
  /** Source text. */
  source: string;
  /** Target text. */
  target: string;
}

/** Options of `compareMany`: pool settings, and pair options applied where a pair sets none. */
export interface CompareManyOptions extends PairOptions {
  /**
   * Worker threads comparing pairs at the same time.
   * @default os.availableParallelism()
   */
  concurrency?: number;
  /** Cancels the run: pairs in flight are stopped and the iteration throws the signal's reason. */
  signal?: AbortSignal;
}
