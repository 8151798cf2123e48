import { dirname, resolve } from 'node:path';
import { ALIGN_MODES } from '../../align/types.js';
import { parseManifest, parseShard, runBatch, type PairOptions } from '../../batch/index.js';
import { readStdin, readTextFile } from '../../io/read.js';
import { processIO, type CliIO } from '../io.js';
import type { ReportFormat } from '../../report/types.js';
import { EMBED_OPTIONS, langCode, oneOf, parse, positionals, UsageError } from '../args.js';
import { BATCH_HELP } from '../help.js';
import { createProgress, rateAndEta } from '../progress.js';

const OPTIONS = {
  ...EMBED_OPTIONS,
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  out: { type: 'string', short: 'o' },
  format: { type: 'string', multiple: true },
  concurrency: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;

const PAIR_FORMATS = ['json', 'html', 'md'] as const;

/** `--concurrency`'s value checked (`undefined`: not given, one worker per core). */
function concurrencyOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--concurrency '${value}' must be a whole number of at least 1 (by default, one worker per core).`);
  return n;
}

/**
 * The `--concurrency` a `batch` command line asks for, read before the command runs (the binary
 * sets V8's flags from it, src/cli/index.ts): `undefined` when it asks for the default, and for a
 * command line the command itself will reject with its own message.
 */
export function requestedConcurrency(argv: string[]): number | undefined {
  try {
    return concurrencyOf(parse('batch', argv, OPTIONS).values.concurrency);
  } catch {
    return undefined;
  }
}

export async function batchCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const { values, positionals: args } = parse('batch', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(BATCH_HELP);
    return 0;
  }
  const [manifestPath] = positionals('batch', args, ['manifest']);
  if (!values.out) throw new UsageError("'batch' needs --out DIR: the folder for results.jsonl and the reports. See 'bitext-qa batch --help'.");
  const formats = (values.format ?? []).map((f) => oneOf('format', f, PAIR_FORMATS)!) as ReportFormat[];
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning'] as const);
  const mode = oneOf('mode', values.mode, ALIGN_MODES);
  const embedder = oneOf('embedder', values.embedder, ['auto', 'lexical', 'neural'] as const);
  const concurrency = concurrencyOf(values.concurrency);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const defaults: PairOptions = {
    ...(values.from ? { from: langCode('from', values.from) } : {}),
    ...(values.to ? { to: langCode('to', values.to) } : {}),
    ...(mode ? { mode } : {}),
    ...(embedder ? { embedder } : {}),
    ...(values.model ? { model: values.model } : {}),
    ...(values['cache-dir'] ? { cacheDir: resolve(values['cache-dir']) } : {}),
    ...(values['no-cache'] ? { cache: false } : {}),
  };

  const stdin = manifestPath === '-';
  const text = stdin ? await readStdin({}, io.stdin) : readTextFile(manifestPath);
  // Paths in a manifest read from standard input are relative to the working directory.
  const entries = parseManifest(text, stdin ? 'standard input' : manifestPath, stdin ? process.cwd() : dirname(resolve(manifestPath)));
  const progress = createProgress(io.stderr, Boolean(values.quiet));
  const t0 = performance.now();
  const run = await runBatch(entries, {
    out: values.out,
    formats,
    defaults,
    ...(concurrency ? { concurrency } : {}),
    ...(shard ? { shard } : {}),
    onResult: (_result, done, total) =>
      progress.update({ stage: 'pairs', done, total, detail: rateAndEta(done, total, performance.now() - t0, 'pairs') }),
  });
  progress.done();
  if (!values.quiet) {
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const skipped = run.skipped ? ` · ${run.skipped} already done` : '';
    io.stderr.write(
      `${run.ran} pairs compared${skipped} · ${run.failed} failed · ${run.withErrors} with errors · ${seconds} s → ${run.resultsFile}\n`,
    );
  }
  // A failed pair is recorded and the batch completes (exit 0, so a job system does not retry it);
  // with --fail-on it counts as an error.
  if (failOn === 'error' && run.failed + run.withErrors > 0) return 1;
  if (failOn === 'warning' && run.failed + run.withErrors + run.withWarnings > 0) return 1;
  return 0;
}
