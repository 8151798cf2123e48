// The results files of an output folder: every `results*.jsonl` (one per shard, or `results.jsonl`)
// holds one JSON line per finished pair. Lines are appended as pairs finish, so a killed run loses
// only the pairs in flight; the half line a kill may leave at the end of a file is ignored on read
// and cut off before the next append.
import { closeSync, existsSync, ftruncateSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { BatchResult } from './types.js';

const RESULTS_FILE = /^results(?:-\d+-of-\d+)?\.jsonl$/;

/** The complete result lines of one file; a line cut short (no newline, or not JSON) is skipped. */
export function readResultsFile(path: string): BatchResult[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  const out: BatchResult[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const result = JSON.parse(line) as BatchResult;
      if (typeof result?.id === 'string') out.push(result);
    } catch {
      // A line a killed run left half-written: that pair runs again.
    }
  }
  return out;
}

/**
 * Every result in `dir`, over all its results files; where an id appears twice (never by this tool)
 * the first one read wins.
 */
export function readAllResults(dir: string): BatchResult[] {
  if (!existsSync(dir)) return [];
  const byId = new Map<string, BatchResult>();
  for (const name of readdirSync(dir).filter((n) => RESULTS_FILE.test(n)).sort()) {
    for (const result of readResultsFile(join(dir, name))) if (!byId.has(result.id)) byId.set(result.id, result);
  }
  return [...byId.values()];
}

/** Appends result lines to one results file, one `write` per line. */
export interface ResultsWriter {
  append(result: BatchResult): void;
  close(): void;
}

/**
 * Opens `path` for appending. A last line without its newline (the process was killed while writing
 * it) is cut off first, so the next line starts clean. Only this run writes this file.
 */
export function openResults(path: string): ResultsWriter {
  let fd: number;
  try {
    fd = openSync(path, 'a+');
  } catch (error) {
    throw new InputError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check the --out folder.`);
  }
  const text = readFileSync(path, 'utf8');
  if (text.length > 0 && !text.endsWith('\n')) {
    const keep = text.lastIndexOf('\n') + 1;
    ftruncateSync(fd, Buffer.byteLength(text.slice(0, keep)));
  }
  return {
    append(result) {
      writeSync(fd, `${JSON.stringify(result)}\n`);
    },
    close() {
      closeSync(fd);
    },
  };
}
