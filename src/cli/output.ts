import type { CliOutput } from './io.js';
import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { InputError } from '../errors.js';
import { UsageError } from './args.js';
import { REPORT_FORMATS as FORMATS } from '../report/index.js';
import type { ReportFormat } from '../report/types.js';

const BY_EXTENSION: Record<string, ReportFormat> = {
  '.json': 'json',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.tsv': 'tsv',
  '.tmx': 'tmx',
};

/** `--format` wins; else the `--out` file's extension (an unknown one is a `UsageError`); else `fallback`. */
export function pickFormat(format: string | undefined, out: string | undefined, fallback: ReportFormat): ReportFormat {
  if (format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown --format '${format}': use one of ${FORMATS.join(', ')}.`);
    }
    return format as ReportFormat;
  }
  if (out !== undefined) {
    const ext = extname(out).toLowerCase();
    const byExt = BY_EXTENSION[ext];
    if (byExt) return byExt;
    // Writing Markdown into `report.docx` would only surprise: say which names are understood.
    throw new UsageError(
      `--out ${out}: ${ext ? `unknown extension '${ext}'` : 'no extension'}; use .json, .md, .html, .tsv or .tmx, or name the format with --format.`,
    );
  }
  return fallback;
}

/**
 * Checks before any work that `--out` can be written, so a long run does not fail at the very end,
 * and that it is none of the command's `inputs` (`compare a.md b.md --out a.md` would overwrite the
 * source with its own report; `-`, standard input, is no file).
 */
export function checkOutPath(out: string, inputs: readonly string[] = []): void {
  const dir = dirname(out);
  if (!existsSync(dir)) throw new InputError(`cannot write ${out}: the directory ${dir} does not exist. Create it first.`);
  if (!statSync(dir).isDirectory()) throw new InputError(`cannot write ${out}: ${dir} is not a directory.`);
  if (existsSync(out) && statSync(out).isDirectory()) throw new InputError(`cannot write ${out}: it is a directory. Give a file name.`);
  if (!existsSync(out)) return;
  const target = realpathSync(out);
  const input = inputs.find((p) => p !== '-' && existsSync(p) && realpathSync(p) === target);
  if (input !== undefined) throw new InputError(`cannot write ${out}: it is the input ${input}, which the report would overwrite. Give another file name.`);
}

/** Writes `text` to `out`, or to stdout when `out` is absent. */
export function writeOutput(text: string, out: string | undefined, stdout: CliOutput = process.stdout): void {
  if (out === undefined) {
    stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (error) {
    throw new InputError(`cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}
