// The one line the CLI prints for an error it expected (a BitextQaError).

/**
 * `message` as one line: a message of several lines (a `ModelUnavailableError` lists every folder it
 * looked in) becomes its first line, which says what went wrong, and its last, which says what to do.
 * Library callers keep the whole message; `BITEXT_QA_DEBUG=1` prints it too, with the stack.
 */
export function errorLine(message: string): string {
  const lines = message.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.length <= 1 ? (lines[0] ?? '') : `${lines[0]} ${lines[lines.length - 1]}`;
}
