import { readStdin, readTextFile } from '../io/read.js';
import { articleFormatOfFile, INPUT_FORMAT_CHOICES, readArticle, type Article } from '../read/index.js';
import { oneOf, UsageError } from './args.js';
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

/** Why a file read as Markdown or a web page can come out without text, and what to try. */
const NOTHING_KEPT: Partial<Record<Article['format'], string>> = {
  md: 'has no text once read as Markdown (code blocks, raw HTML and images are left out); --input-format txt reads it as it is',
  html: 'has no article text once read as a web page (navigation, scripts, forms and page furniture are left out); --input-format txt reads it as it is',
};

/**
 * Prints a warning on stderr for each empty input (the run still goes on: an empty side is a result).
 * `articles`, when given, are what the texts were read from: a Markdown or HTML file that is not empty
 * but keeps no text is told apart from an empty one.
 */
export function warnEmpty(paths: string[], texts: string[], quiet: boolean, stderr: CliOutput = process.stderr, articles?: InputArticle[]): void {
  if (quiet) return;
  texts.forEach((text, i) => {
    if (text.trim() !== '') return;
    const name = paths[i] === '-' ? 'standard input' : paths[i];
    const article = articles?.[i];
    const why = article && !article.fileEmpty ? NOTHING_KEPT[article.format] : undefined;
    stderr.write(`bitext-qa: warning: ${name} ${why ?? 'is empty'}.\n`);
  });
}

/** An input read as an article, and whether its file held nothing but white space. */
export type InputArticle = Article & { fileEmpty: boolean };

/** Reads each input as an article (`--input-format`, else by extension): plain text plus the map back to the file. */
export async function readArticles(paths: string[], inputFormat: string | undefined, stdin: CliIO['stdin'] = process.stdin): Promise<InputArticle[]> {
  const choice = oneOf('input-format', inputFormat, INPUT_FORMAT_CHOICES) ?? 'auto';
  const texts = await readInputs(paths, stdin);
  return Promise.all(
    texts.map(async (text, i) => ({ ...(await readArticle(text, articleFormatOfFile(paths[i], text, choice))), fileEmpty: text.trim() === '' })),
  );
}
