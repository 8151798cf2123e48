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

/** `runCli` calls in progress, and the values their variables had before the first of them began. */
let running = 0;
const savedEnv = new Map<string, string | undefined>();

/**
 * Runs the CLI in this process through `main(argv, io)`, with its streams captured, as the binary would
 * run it without a TTY: a few milliseconds instead of a second per `tsx` start. `env` is set for the
 * call; the variables are restored when the last of the calls running at once ends (calls that overlap,
 * such as two shards run together, must pass the same `env`).
 */
export async function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const env = { BITEXT_QA_DEBUG: '', ...options.env };
  for (const k of Object.keys(env)) if (!savedEnv.has(k)) savedEnv.set(k, process.env[k]);
  running++;
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
    if (--running === 0) {
      for (const [k, v] of savedEnv) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      savedEnv.clear();
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
