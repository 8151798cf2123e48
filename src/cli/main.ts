import { isBitextQaError } from '../errors.js';
import { VERSION } from '../version.js';
import { UsageError } from './args.js';
import { alignCommand } from './commands/align.js';
import { checkCommand } from './commands/check.js';
import { batchCommand } from './commands/batch.js';
import { compareCommand } from './commands/compare.js';
import { modelCommand } from './commands/model.js';
import { splitCommand } from './commands/split.js';
import { errorLine } from './error-line.js';
import { MAIN_HELP } from './help.js';
import { processIO, type CliIO } from './io.js';

const COMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  compare: compareCommand,
  align: alignCommand,
  batch: batchCommand,
  split: splitCommand,
  check: checkCommand,
  model: modelCommand,
};

/**
 * Runs the CLI and returns its exit code: 0 clean, 1 findings at or above --fail-on, 2 usage or input error.
 * Errors are printed as one line saying what to do; a stack trace only with BITEXT_QA_DEBUG=1. `io` is
 * where it reads and writes (the process's streams by default; a test passes buffers).
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  // `bitext-qa help compare` is `bitext-qa compare --help`.
  const [command, ...rest] = argv[0] === 'help' && argv[1] !== undefined && argv[1] in COMMANDS ? [argv[1], '--help'] : argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command '${command}'. Commands: ${Object.keys(COMMANDS).join(', ')}. See 'bitext-qa --help'.`);
    return await run(rest, io);
  } catch (error) {
    if (process.env.BITEXT_QA_DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
    if (isBitextQaError(error)) {
      io.stderr.write(`bitext-qa: ${errorLine(error.message)}\n`);
      return 2;
    }
    if ((error as Error)?.name === 'AbortError') {
      io.stderr.write('bitext-qa: cancelled.\n');
      return 2;
    }
    io.stderr.write(
      `bitext-qa: internal error: ${(error as Error)?.message ?? String(error)}\n` +
        'This is a bug. Run again with BITEXT_QA_DEBUG=1 for the stack trace and report it.\n',
    );
    return 2;
  }
}
