import { ALIGN_MODES } from '../../align/types.js';
import { alignSentences } from '../../align/index.js';
import type { Bead } from '../../align/types.js';
import { DEFAULT_COMPARE_OPTIONS } from '../../compare/options.js';
import { resolveEmbedder } from '../../embed/choose.js';
import { splitLines, splitSentences } from '../../segment/index.js';
import type { Sentence } from '../../segment/types.js';
import { COMMON_OPTIONS, EMBED_OPTIONS, oneOf, parse, positionals, UsageError } from '../args.js';
import { ALIGN_HELP } from '../help.js';
import { readInputs, warnEmpty } from '../inputs.js';
import { checkOutPath, writeOutput } from '../output.js';
import { createProgress } from '../progress.js';
import { processIO, type CliIO } from '../io.js';

const OPTIONS = { ...COMMON_OPTIONS, ...EMBED_OPTIONS, presplit: { type: 'boolean' } } as const;

/** 0-based line number of each sentence's start, so presplit indices are line numbers even past blank lines, whatever the line ends. */
export function lineNumbers(text: string, sentences: Sentence[]): number[] {
  const lines: number[] = [];
  let line = 0;
  let pos = 0;
  for (const s of sentences) {
    for (; pos < s.start; pos++) {
      // The breaks `splitLines` cuts at: LF, CRLF (counted once), lone CR, NEL, LS, PS.
      const c = text.charCodeAt(pos);
      if (c === 10 || c === 0x85 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) line++;
    }
    lines.push(line);
  }
  return lines;
}

/** Beads as the contract prints them: one per line inside a JSON array. */
export function beadsJson(beads: Bead[], srcIndex: (i: number) => number = (i) => i, tgtIndex = srcIndex): string {
  const rows = beads.map((b) =>
    JSON.stringify({ src: b.src.map(srcIndex), tgt: b.tgt.map(tgtIndex), score: Math.round(b.score * 1e4) / 1e4, label: b.label }),
  );
  return rows.length === 0 ? '[]\n' : `[\n${rows.join(',\n')}\n]\n`;
}

export async function alignCommand(argv: string[], io: CliIO = processIO()): Promise<number> {
  const { values, positionals: args } = parse('align', argv, OPTIONS);
  if (values.help) {
    io.stdout.write(ALIGN_HELP);
    return 0;
  }
  const paths = positionals('align', args, ['source', 'target']);
  if (values.format !== undefined && values.format !== 'json') {
    throw new UsageError(`'align' prints JSON only; use 'bitext-qa compare' for ${values.format}.`);
  }
  const mode = oneOf('mode', values.mode, ALIGN_MODES);
  const kind = oneOf('embedder', values.embedder, ['auto', 'lexical', 'neural', 'length'] as const);
  // Said here in the command's words; alignSentences' own error names its options object.
  if (kind === 'length' && mode === 'comparable') {
    throw new UsageError("--embedder length aligns translations only, in order: use it with --mode parallel or auto, or pick another --embedder for --mode comparable.");
  }
  if (values.out !== undefined) checkOutPath(values.out, paths);

  const texts = await readInputs(paths, io.stdin);
  warnEmpty(paths, texts, Boolean(values.quiet), io.stderr);
  const split = values.presplit ? splitLines : splitSentences;
  const [src, tgt] = await Promise.all(texts.map((t) => split(t)));
  const resolved = await resolveEmbedder(kind ?? DEFAULT_COMPARE_OPTIONS.embedder, {
    ...(values.model ? { model: values.model } : {}),
    ...(values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
    cache: !values['no-cache'],
  });
  if (!values.quiet && resolved.note) io.stderr.write(`${resolved.note}\n`);
  const progress = createProgress(io.stderr, Boolean(values.quiet));
  const alignment = await alignSentences(src, tgt, {
    ...(mode ? { mode } : {}),
    embedder: resolved.embedder,
    onProgress: (stage: string, done: number, total: number) =>
      progress.update({ stage: stage === 'embed' ? 'embed' : 'align', done, total }),
  });
  progress.done();
  if (values.presplit) {
    const srcLines = lineNumbers(texts[0], src);
    const tgtLines = lineNumbers(texts[1], tgt);
    writeOutput(beadsJson(alignment.beads, (i) => srcLines[i], (j) => tgtLines[j]), values.out, io.stdout);
  } else {
    writeOutput(beadsJson(alignment.beads), values.out, io.stdout);
  }
  if (!values.quiet) io.stderr.write(`${alignment.mode}: ${alignment.reason}\n`);
  return 0;
}
