import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (through tsx) as a user would, with an empty cache dir and no TTY. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: root,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, BITEXT_QA_DEBUG: '', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
