// One pair, start to end, as a worker runs it: read both sides, compare, write the reports, and turn
// any failure into a result line instead of an exception (one bad pair never stops a batch).
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareArticles } from '../compare/index.js';
import { isBitextQaError } from '../errors.js';
import { readTextFile } from '../io/read.js';
import { articleFormatOfFile, readArticle, withOriginal, type Article } from '../read/index.js';
import { renderReport } from '../report/index.js';
import type { Report } from '../report/types.js';
import type { PairInput, PairResult, PairTask, SeverityCounts } from './types.js';

/** One side as an article: a file in any format `compare` reads (by extension or content), inline text as is. */
function readSide(input: PairInput): Promise<Article> {
  if ('text' in input) return readArticle(input.text, 'txt');
  const text = readTextFile(input.file);
  return readArticle(text, articleFormatOfFile(input.file, text));
}

/** Findings of a report by severity. */
export function severityCounts(report: Report): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  return counts;
}

/** Writes `text` to `path` through a temporary file, so a killed run never leaves half a report. */
export function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The message of a pair that failed: ours say what to do; anything else is named as unexpected. */
export function failureMessage(error: unknown): string {
  if (isBitextQaError(error)) return error.message;
  const message = (error as Error | undefined)?.message ?? String(error);
  return (error as Error | undefined)?.name === 'AbortError' ? 'cancelled.' : `internal error: ${message}`;
}

/** The result line of a pair that failed. */
export const failedResult = (id: string, error: string, ms: number): PairResult =>
  ({ id, ok: false, mode: null, scores: null, counts: null, error, ms });

/** Both sides of a pair read as articles. */
export async function readPair(task: PairTask): Promise<[Article, Article]> {
  if (task.invalid) throw new Error(task.invalid);
  return Promise.all([readSide(task.source), readSide(task.target)]);
}

/**
 * The end of a pair: the report with both sides' original texts, written when the task asks, and
 * the pair's result line. `ms`: the pair's milliseconds so far.
 */
export function finishPair(task: PairTask, compared: Report, [source, target]: readonly [Article, Article], ms: () => number): PairResult {
  const report: Report = { ...compared, source: withOriginal(compared.source, source), target: withOriginal(compared.target, target) };
  if (task.write) {
    writeAtomic(join(task.write.dir, `${task.id}.json`), renderReport(report, 'json'));
    for (const format of task.write.formats) {
      if (format !== 'json') writeAtomic(join(task.write.dir, `${task.id}.${format}`), renderReport(report, format));
    }
  }
  return {
    id: task.id, ok: true, mode: report.mode, scores: report.scores, counts: severityCounts(report), ms: ms(),
    ...(task.keepReport ? { report } : {}),
  };
}

/** The result line of a pair that failed with `error` (a manifest line's own problem wins). */
export const pairFailure = (task: PairTask, error: unknown, ms: number): PairResult => failedResult(task.id, task.invalid ?? failureMessage(error), ms);

/** Runs one pair. Never throws: a failure is a result with `ok: false`. */
export async function runPair(task: PairTask): Promise<PairResult> {
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  try {
    const articles = await readPair(task);
    const [source, target] = articles;
    return finishPair(task, await compareArticles(source.text, target.text, { ...task.options }), articles, ms);
  } catch (error) {
    return pairFailure(task, error, ms());
  }
}
