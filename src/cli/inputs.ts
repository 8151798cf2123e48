import { readStdin, readTextFile } from '../io/read.js';
import { detectArticleFormat, INPUT_FORMAT_CHOICES, readArticle, type Article } from '../read/index.js';
import { oneOf, UsageError } from './args.js';

/** Reads each named input; `-` is standard input, allowed once. */
export async function readInputs(paths: string[]): Promise<string[]> {
  if (paths.filter((p) => p === '-').length > 1) {
    throw new UsageError('only one input can be read from standard input (-).');
  }
  const texts: string[] = [];
  for (const path of paths) texts.push(path === '-' ? await readStdin() : readTextFile(path));
  return texts;
}

/** Prints a warning on stderr for each empty input (the run still goes on: an empty side is a result). */
export function warnEmpty(paths: string[], texts: string[], quiet: boolean): void {
  if (quiet) return;
  texts.forEach((text, i) => {
    if (text.trim() === '') process.stderr.write(`bitext-qa: warning: ${paths[i] === '-' ? 'standard input' : paths[i]} is empty.\n`);
  });
}

/** Reads each input as an article (`--input-format`, else by extension): plain text plus the map back to the file. */
export async function readArticles(paths: string[], inputFormat: string | undefined): Promise<Article[]> {
  const choice = oneOf('input-format', inputFormat, INPUT_FORMAT_CHOICES) ?? 'auto';
  const texts = await readInputs(paths);
  return Promise.all(texts.map((text, i) => readArticle(text, detectArticleFormat(paths[i], text, choice))));
}
