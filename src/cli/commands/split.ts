import { splitSentences } from '../../segment/index.js';
import { COMMON_OPTIONS, langCode, parse, positionals, UsageError } from '../args.js';
import { SPLIT_HELP } from '../help.js';
import { readArticles } from '../inputs.js';
import { originalRange } from '../../read/index.js';
import { checkOutPath, writeOutput } from '../output.js';
import { processIO, type CliIO } from '../io.js';

const OPTIONS = { ...COMMON_OPTIONS, lang: { type: 'string' }, 'input-format': { type: 'string' } } as const;

export async function splitCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const { values, positionals: args } = parse('split', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(SPLIT_HELP);
    return 0;
  }
  const [path] = positionals('split', args, ['file']);
  if (values.format !== undefined && values.format !== 'json') {
    throw new UsageError(`'split' prints JSON only (got --format ${values.format}).`);
  }
  if (values.out !== undefined) checkOutPath(values.out, [path]);
  const lang = langCode('lang', values.lang);
  const [article] = await readArticles([path], values['input-format'], io.stdin);
  if (!article) return 2;
  const sentences = await splitSentences(article.text, lang ? { lang } : {});
  // Read from Markdown or HTML, each row also says where the sentence stands in the file.
  const original = (start: number, end: number) => (article.offsets ? { original: originalRange(article, start, end) } : {});
  const rows = sentences.map((s) =>
    JSON.stringify({ text: s.text, start: s.start, end: s.end, paragraph: s.paragraph, lang: s.lang, kind: s.kind, ...original(s.start, s.end) }),
  );
  writeOutput(rows.length === 0 ? '[]\n' : `[\n${rows.join(',\n')}\n]\n`, values.out, io.stdout);
  return 0;
}
