import { readStdin, readTextFile } from '../io/read.js';
import { UsageError } from './args.js';
import type { CliIO, CliOutput } from './io.js';

/** Reads each named input; `-` is standard input, allowed once. */
export async function readInputs(paths: string[], stdin: CliIO['stdin'] = process.stdin): Promise<string[]> {
  if (paths.filter((p) => p === '-').length > 1) {
    throw new UsageError('only one input can be read from standard input (-).');
  }
  const texts: string[] = [];
  for (const path of paths) texts.push(path === '-' ? await readStdin({}, stdin) : readTextFile(path));
  return texts;
}

/** Prints a warning on stderr for each empty input (the run still goes on: an empty side is a result). */
export function warnEmpty(paths: string[], texts: string[], quiet: boolean, stderr: CliOutput = process.stderr): void {
  if (quiet) return;
  texts.forEach((text, i) => {
    if (text.trim() === '') stderr.write(`bitext-qa: warning: ${paths[i] === '-' ? 'standard input' : paths[i]} is empty.\n`);
  });
}
