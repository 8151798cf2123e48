// Reads a TSV dictionary: one `source<TAB>target` pair a line (more translations may follow in
// further columns or be comma-separated). Blank lines and lines starting with `#` are skipped.
import { InputError } from '../errors.js';
import type { Dictionary, DictionaryEntry } from './entries.js';
import { readDictionaryText } from './file-text.js';
import { pairFromFileName } from './languages.js';

/** `text` in double quotes with control characters escaped (`\u001b`), so an error never prints them raw. */
const quoted = (text: string): string => JSON.stringify(text);

/** Reads a TSV dictionary. Throws `InputError` naming the file and line of a line without a tab. */
export function readTsv(path: string): Dictionary {
  const entries: DictionaryEntry[] = [];
  readDictionaryText(path).split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [head, ...rest] = line.split('\t');
    const translations = rest.flatMap((c) => c.split(',')).map((t) => t.trim()).filter(Boolean);
    if (head.trim() === '' || translations.length === 0) {
      throw new InputError(`Dictionary ${path}, line ${i + 1}: expected "source<TAB>target", got ${quoted(line.slice(0, 60))}.`);
    }
    entries.push({ head: head.trim(), translations });
  });
  return { path, languages: pairFromFileName(path.replace(/\.(?:tsv|txt)$/i, '')), entries };
}
