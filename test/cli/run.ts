import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url));

export interface CliResult {
  /** Exit code; `null` when the process was killed (e.g. it ran past the timeout). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Written to the CLI's standard input. @default '' */
  input?: string | Buffer;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Kill the process after this many milliseconds. @default 60_000 */
  timeoutMs?: number;
}

/**
 * Runs the CLI from source (through tsx) as a user would, without a TTY. Asynchronous on purpose: a
 * synchronous spawn blocks the test worker, whose heartbeat to vitest then times out on long runs.
 */
export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', cli, ...args],
      {
        cwd: root,
        timeout: options.timeoutMs ?? 60_000,
        maxBuffer: 64 * 2 ** 20,
        encoding: 'utf8',
        env: { ...process.env, BITEXT_QA_DEBUG: '', ...options.env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.on('error', () => {}); // the CLI may exit before reading all of its input
    child.stdin?.end(options.input ?? '');
  });
}
