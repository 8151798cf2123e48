import { main } from './main.js';

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
