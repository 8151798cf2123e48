// Reads a user dictionary in any supported format, chosen by the file's name.
import { existsSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { readCedict } from './cedict.js';
import { readDictd } from './dictd.js';
import type { Dictionary } from './entries.js';
import { DICTIONARY_FORMATS } from './file-text.js';
import { readTei } from './tei.js';
import { readTsv } from './tsv.js';

/**
 * Reads a dictionary: a dictd pair (give the `.index`, `.dict` or `.dict.dz` file), a FreeDict TEI
 * file (`.tei`, `.xml`), CC-CEDICT's `cedict_ts.u8` (Chinese–English), or anything else as TSV (`source<TAB>target`).
 * @throws InputError when the file is missing, a folder, binary, not UTF-8 or malformed (naming the file and line).
 */
export function readDictionary(path: string): Dictionary {
  if (!existsSync(path)) throw new InputError(`Dictionary ${path}: no such file. Check the path.`);
  const stat = statSync(path);
  if (stat.isDirectory()) throw new InputError(`Dictionary ${path} is a folder; give a file in it: ${DICTIONARY_FORMATS}.`);
  // Not a device or a pipe either: reading /dev/zero would never end.
  if (!stat.isFile()) throw new InputError(`Dictionary ${path} is not a regular file; give ${DICTIONARY_FORMATS}.`);
  if (/\.(?:index|dict|dict\.dz)$/.test(path)) {
    const index = path.replace(/\.dict(?:\.dz)?$/, '.index');
    if (!existsSync(index)) throw new InputError(`Dictionary ${path}: no .index file beside it; a dictd dictionary is a pair of files.`);
    return readDictd(index);
  }
  if (/\.(?:tei|xml)$/i.test(path)) return readTei(path);
  if (/\.u8$/i.test(path)) return readCedict(path);
  return readTsv(path);
}
