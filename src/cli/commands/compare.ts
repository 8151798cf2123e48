import { ALIGN_MODES } from '../../align/types.js';
import { compareArticles } from '../../compare/index.js';
import type { Finding } from '../../check/types.js';
import { renderReport } from '../../report/index.js';
import type { Report } from '../../report/types.js';
import { COMMON_OPTIONS, EMBED_OPTIONS, langCode, oneOf, parse, positionals, UsageError } from '../args.js';
import { COMPARE_HELP } from '../help.js';
import { readArticles, warnEmpty } from '../inputs.js';
import { withOriginal, type Article } from '../../read/index.js';
import { checkOutPath, pickFormat, writeOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { processIO, type CliIO } from '../io.js';
import { DICT_OPTIONS, dictionariesOption } from '../dictionaries.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...EMBED_OPTIONS,
  from: { type: 'string' },
  to: { type: 'string' },
  'fail-on': { type: 'string' },
  'min-coverage': { type: 'string' },
  'input-format': { type: 'string' },
  ...DICT_OPTIONS,
} as const;

const RANK = { info: 0, warning: 1, error: 2 } as const;

/** Exit code for `--fail-on`: 1 when some finding is at or above the level. */
export function failExitCode(findings: Finding[], failOn: 'error' | 'warning' | undefined): 0 | 1 {
  if (!failOn) return 0;
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 1 : 0;
}

/** One line for people: the scores, the counts and the time. */
export function summaryLine(report: Report, ms: number): string {
  const count = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s).length;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    `${report.mode} · coverage ${pct(report.scores.coverage)} · grounding ${pct(report.scores.grounding)} · ` +
    `fidelity ${report.scores.fidelity.toFixed(2)} · conflicts ${report.scores.conflicts} · ` +
    `${count('error')} errors, ${count('warning')} warnings, ${count('info')} notes · ${(ms / 1000).toFixed(2)} s`
  );
}

export async function compareCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const { values, positionals: args } = parse('compare', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(COMPARE_HELP);
    return 0;
  }
  const [sourcePath, targetPath] = positionals('compare', args, ['source', 'target']);
  // Where the report goes is checked first: `--out some-directory` says so rather than "no extension".
  if (values.out !== undefined) checkOutPath(values.out, [sourcePath, targetPath]);
  const format = pickFormat(values.format, values.out, 'md');
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning'] as const);
  const mode = oneOf('mode', values.mode, ALIGN_MODES);
  const embedder = oneOf('embedder', values.embedder, ['auto', 'lexical', 'neural'] as const);
  const minCoverage = parseMinCoverage(values['min-coverage']);
  const from = langCode('from', values.from);
  const to = langCode('to', values.to);

  const articles = await readArticles([sourcePath, targetPath], values['input-format'], io.stdin);
  const texts = articles.map((a) => a.text);
  warnEmpty([sourcePath, targetPath], texts, Boolean(values.quiet), io.stderr, articles);
  const progress = createProgress(io.stderr, Boolean(values.quiet));
  const t0 = performance.now();
  const compared = await compareArticles(texts[0] as string, texts[1] as string, {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(mode ? { mode } : {}),
    ...(embedder ? { embedder } : {}),
    ...(values.model ? { model: values.model } : {}),
    ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
    cache: !values['no-cache'],
    ...dictionariesOption(values),
    ...(minCoverage !== undefined ? { minCoverage } : {}),
    onProgress: (event) => progress.update(event),
  });
  progress.done();
  const report = { ...compared, source: withOriginal(compared.source, articles[0] as Article), target: withOriginal(compared.target, articles[1] as Article) };
  writeOutput(renderReport(report, format), values.out, io.stdout);
  if (!values.quiet) {
    const where = values.out ? ` → ${values.out}` : '';
    if (report.embedder.note) io.stderr.write(`${report.embedder.note}\n`);
    io.stderr.write(`${summaryLine(report, performance.now() - t0)}${where}\n`);
  }
  return report.findings.some((f) => f.code === 'coverage-below') ? 1 : failExitCode(report.findings, failOn);
}

/** `--min-coverage 0.9` or `90%` → 0.9; anything else is a usage error. */
export function parseMinCoverage(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(value);
  const x = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(x >= 0 && x <= 1)) throw new UsageError(`--min-coverage '${value}' must be a share from 0 to 1 (e.g. 0.9) or a percentage (e.g. 90%).`);
  return x;
}
