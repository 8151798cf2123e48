import { checkBilingual } from '../../bilingual/index.js';
import { renderReport } from '../../report/index.js';
import { COMMON_OPTIONS, oneOf, parse, positionals } from '../args.js';
import { CHECK_HELP } from '../help.js';
import { readInputs } from '../inputs.js';
import { checkOutPath, pickFormat, writeOutput } from '../output.js';
import { failExitCode, summaryLine } from './compare.js';

const OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  to: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;

/** `bitext-qa check FILE`: every unit of an XLIFF or TMX file checked as an aligned pair. */
export async function checkCommand(argv: string[]): Promise<number> {
  const { values, positionals: args } = parse('check', argv, OPTIONS);
  if (values.help) {
    process.stdout.write(CHECK_HELP);
    return 0;
  }
  const [path] = positionals('check', args, ['file']);
  const format = pickFormat(values.format, values.out, 'md');
  const failOn = oneOf('fail-on', values['fail-on'], ['error', 'warning'] as const);
  if (values.out !== undefined) checkOutPath(values.out);
  const [xml] = await readInputs([path]);
  const t0 = performance.now();
  const report = await checkBilingual(xml as string, {
    name: path === '-' ? 'standard input' : path,
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  });
  writeOutput(renderReport(report, format), values.out);
  if (!values.quiet) {
    const where = values.out ? ` → ${values.out}` : '';
    process.stderr.write(`${report.source.original?.units?.length ?? 0} units · ${summaryLine(report, performance.now() - t0)}${where}\n`);
  }
  return failExitCode(report.findings, failOn);
}
