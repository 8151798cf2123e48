import { batchInlining, setTurboInlining } from '../batch/v8-flags.js';
import { requestedConcurrency } from './commands/batch.js';
import { main } from './main.js';

// `batch` runs a pool of worker threads, each compiling the same hot code again: when they fill
// every core, V8's optimising compiler without inlining costs them less CPU (src/batch/v8-flags.ts).
// Set here, on the process the CLI owns, not in batchCommand, which tests and programs also call in
// their own processes.
if (process.argv[2] === 'batch' && !batchInlining(requestedConcurrency(process.argv.slice(3)))) setTurboInlining(false);

// An EPIPE on stdout (e.g. `bitext-qa split big.txt | head`) is a normal end, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bitext-qa: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
