// The streams the CLI reads and writes. `main(argv, io)` takes them as a parameter so the CLI can run
// in-process (tests capture what it prints); the binary passes the process's own streams.

/** Where the CLI writes: anything with `write` (a `process.stdout`, or a buffer in a test). */
export interface CliOutput {
  write(text: string): unknown;
  /** True for a terminal: progress is then a redrawn bar. */
  isTTY?: boolean;
}

/** The CLI's standard streams. */
export interface CliIO {
  stdout: CliOutput;
  stderr: CliOutput;
  /** Read when an input path is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
}

/** The process's own streams, what the binary uses. */
export const processIO = (): CliIO => ({ stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
