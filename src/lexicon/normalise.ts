// How dictionary terms and text words become lookup keys and concept ids, the same way on both
// sides: lower case, Unicode NFC, apostrophes unified, and English concepts stemmed.
import { stemmerFor } from './stem.js';

/** Lookup key of a form: lower-cased, NFC, single spaces, typographic apostrophe → `'`. */
export function formKey(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'").replace(/[‐‑–-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Concept id of a term in `lang`: its words' stems joined by spaces, prefixed by the language
 * unless it is English (English is the pivot every lexicon maps into).
 */
export function conceptOf(term: string, lang: string): string {
  const key = formKey(term);
  if (key === '' || !/\p{L}/u.test(key)) return '';
  const stem = stemmerFor(lang);
  const s = key.split(' ').map(stem).join(' ');
  return lang === 'en' ? s : `${lang}:${s}`;
}

/** English function words and light verbs: as concepts they match almost anything. */
const STOP = new Set(
  'the of and to in is be was are were been for on at by with from as that this it he she they we you i a an or but not no have has had do does did will would can could may might shall should must get got make made go let put set one some any all such so there here which what who'.split(' ').map(stemmerFor('en')),
);

/** Whether concept `c` is a function word (never kept in a lexicon). */
export const isStopConcept = (c: string): boolean => STOP.has(c);
