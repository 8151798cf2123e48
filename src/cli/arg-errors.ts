// Node's `parseArgs` errors in a user's words: its own messages speak of "positional arguments",
// "ambiguous" values and '--from=-XYZ', and one of them spans three lines.
import levenshtein from 'fast-levenshtein';

/** The option names a command accepts, as `parseArgs` is given them. */
type OptionNames = Record<string, { short?: string }>;

/** The closest long option to a mistyped one (at most 2 edits away), for "did you mean". */
export function closestOption(typed: string, options: OptionNames): string | undefined {
  const name = typed.replace(/^-+/, '').split('=')[0] ?? '';
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of Object.keys(options)) {
    const distance = levenshtein.get(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best === undefined ? undefined : `--${best}`;
}

/**
 * One line saying what is wrong with the command line, from a `parseArgs` error: an unknown option
 * (with the nearest known one), an option without its value, or a value given to a switch. Any other
 * error keeps its own message.
 */
export function argErrorMessage(error: Error & { code?: string }, options: OptionNames): string {
  const quoted = /'(-[^' ]*)'/.exec(error.message)?.[1];
  const long = /--[\w-]+/.exec(error.message)?.[0] ?? quoted;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) {
    const near = closestOption(quoted, options);
    return `unknown option '${quoted}'${near ? ` (did you mean ${near}?)` : ''}`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && long) {
    if (/does not take an argument/.test(error.message)) return `${long} is a switch and takes no value`;
    // "argument missing" (last on the line) or "ambiguous" (the next word is another option).
    return `${long} needs a value`;
  }
  return error.message.split('\n')[0]?.replace(/\.$/, '') ?? String(error);
}
