// Tests stay silent: a test that writes to the console (console.* or process.stdout/stderr) fails,
// naming what it printed. Output a test means to check goes through a captured stream (the CLI's
// `io`, `createProgress(stream)`), never the real console.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let printed: string[] = [];
let spies: MockInstance[] = [];

beforeEach(() => {
  printed = [];
  spies = [
    ...METHODS.map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        printed.push(`console.${m}: ${args.map(String).join(' ')}`);
      }),
    ),
    ...(['stdout', 'stderr'] as const).map((name) =>
      vi.spyOn(process[name], 'write').mockImplementation((chunk: unknown) => {
        printed.push(`process.${name}: ${String(chunk)}`);
        return true;
      }),
    ),
  ];
});

afterEach(() => {
  for (const spy of spies) spy.mockRestore();
  spies = [];
  if (printed.length > 0) {
    const shown = printed.slice(0, 5).map((line) => `  ${line.slice(0, 200).trimEnd()}`).join('\n');
    throw new Error(`The test wrote to the console (${printed.length} time(s)); tests stay silent:\n${shown}`);
  }
});
