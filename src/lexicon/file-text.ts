// Reads the text of a user dictionary file with the input checks of `readTextFile`: binary bytes, UTF-16
// and invalid UTF-8 are one-line errors that say what to give, never text full of replacement characters.
import { readTextFile } from '../io/read.js';

/** The dictionary formats bitext-qa reads, in words, for error messages. */
export const DICTIONARY_FORMATS =
  'a .tsv file (source<TAB>target), a TEI .tei or .xml file, or a dictd .index file with its .dict or .dict.dz beside it (for Chinese, CC-CEDICT\'s .u8 file)';

/** The UTF-8 text of a dictionary file. @throws InputError when it cannot be read or is not UTF-8 text. */
export const readDictionaryText = (path: string): string => readTextFile(path, { binaryHint: `it is not a dictionary. Give ${DICTIONARY_FORMATS}.` });
