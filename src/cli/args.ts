import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BitextQaError } from '../errors.js';
import { argErrorMessage } from './arg-errors.js';
import { isLanguageTag, LANGUAGE_TAG_HINT } from '../text/language-tag.js';

/** Wrong command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends BitextQaError {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const satisfies Options;

export const EMBED_OPTIONS = {
  mode: { type: 'string' },
  embedder: { type: 'string' },
  model: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean' },
} as const satisfies Options;

/** `parseArgs` in strict mode, with its errors turned into a `UsageError` naming the command. */
export function parse<T extends Options>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${argErrorMessage(error as Error, options)}. See 'bitext-qa ${command} --help'.`);
  }
}

/** Checks that a flag's value is one of `allowed`. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} '${value}' is not one of ${allowed.join(', ')}.`);
  }
  return value as T;
}

/** Exactly `count` positional arguments, named in the message when missing. */
export function positionals(command: string, values: string[], names: string[]): string[] {
  if (values.length !== names.length) {
    const usage = names.map((n) => `<${n}>`).join(' ');
    throw new UsageError(`'${command}' takes ${usage}; got ${values.length} argument(s). See 'bitext-qa ${command} --help'.`);
  }
  return values;
}

/**
 * `--from`, `--to`, `--lang`: an ISO 639 code (`en`, `id`, `de`; three letters where a language has
 * no two-letter code), or a language tag that starts with one (`pt-BR`, `en_US`, `zh-Hant`, as XLIFF
 * and locales write them), taken in lower case; the stages read the primary subtag. A name such as
 * `english` would otherwise pass through as the language and turn off every check that depends on it.
 */
export function langCode(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isLanguageTag(value)) throw new UsageError(`--${flag} '${value}' is not a language code: ${LANGUAGE_TAG_HINT}.`);
  return value.toLowerCase();
}
