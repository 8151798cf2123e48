import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

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
  /** Kill the process after this many milliseconds (`spawnCli` only). @default 60_000 */
  timeoutMs?: number;
}

/**
 * Runs the CLI in this process through `main(argv, io)`, with its streams captured, as the binary would
 * run it without a TTY: a few milliseconds instead of a second per `tsx` start. `env` is set for the
 * call and restored after it, so calls with different `env` must not overlap (vitest runs the tests of
 * a file one after another).
 */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const env = { BITEXT_QA_DEBUG: '', ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const code = await main(args, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: (async function* () {
        yield typeof input === 'string' ? Buffer.from(input) : input;
      })(),
    });
    return { code, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * Runs the real binary from source (through tsx) in a child process, as a user would, without a TTY:
 * for the cases that prove the binary itself works (exit codes, pipes) and the hang guards, which must
 * be killable. Asynchronous on purpose: a synchronous spawn blocks the test worker, whose heartbeat to
 * vitest then times out on long runs.
 */
export function spawnCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
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
