import { checkBilingual } from '../../bilingual/index.js';
import { renderReport } from '../../report/index.js';
import { COMMON_OPTIONS, langCode, oneOf, parse, positionals } from '../args.js';
import { CHECK_HELP } from '../help.js';
import { readInputs } from '../inputs.js';
import { checkOutPath, pickFormat, writeOutput } from '../output.js';
import { failExitCode, summaryLine } from './compare.js';
import { processIO, type CliIO } from '../io.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  to: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;

/** `bitext-qa check FILE`: every unit of an XLIFF or TMX file checked as an aligned pair. */
export async function checkCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const { values, positionals: args } = parse('check', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const [path] = positionals('check', args, ['file']);
  // As in compare: `--out some-directory` says so rather than "no extension".
  if (values.out !== undefined) checkOutPath(values.out, [path]);
  const format = pickFormat(values.format, values.out, 'md');
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning'] as const);
  const from = langCode('from', values.from);
  const to = langCode('to', values.to);
  const [xml] = await readInputs([path], io.stdin);
  const t0 = performance.now();
  const report = await checkBilingual(xml as string, {
    name: path === '-' ? 'standard input' : path,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  writeOutput(renderReport(report, format), values.out, io.stdout);
  if (!values.quiet) {
    const where = values.out ? ` → ${values.out}` : '';
    io.stderr.write(`${report.source.original?.units?.length ?? 0} units · ${summaryLine(report, performance.now() - t0)}${where}\n`);
  }
  return failExitCode(report.findings, failOn);
}
