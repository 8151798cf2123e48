// `--dict FILE` (repeatable) and `--no-dict`: the lexical embedder's dictionaries from the command line.
import { UsageError } from './args.js';

export const DICT_OPTIONS = {
  dict: { type: 'string', multiple: true },
  'no-dict': { type: 'boolean' },
} as const;

/** `{ dictionaries }` for `compareArticles`: `false` with `--no-dict`, the files of `--dict`, or nothing (the default). */
export function dictionariesOption(values: { dict?: string[]; 'no-dict'?: boolean }): { dictionaries?: false | string[] } {
  if (values['no-dict'] && values.dict?.length) throw new UsageError('--dict and --no-dict contradict each other; use one.');
  if (values['no-dict']) return { dictionaries: false };
  return values.dict?.length ? { dictionaries: values.dict } : {};
}
