// A spelling variant of a name that the evidence shows is not a slip of the translation, reported as
// `info` with a note saying why (the reviewer may still want one spelling):
// - two usual transliterations of one foreign name (`Tensing`/`Tenzing`, `Kangchendzönga`/
//   `Kangchenjunga`; name-forms.ts `transliterated`);
// - a spelling the source document itself uses for a word elsewhere (`Lerch` once, `Larch` four times
//   in the source: the translation followed the source's other spelling). A slip makes a new form,
//   one the source never writes;
// - letters of the same shape read one for another in a scanned text (`Wfflenpart`/`Willenpart`;
//   name-ocr.ts), when the document shows the debris of text recognition (ocr-debris.ts
//   `looksScanned`): in a typed translation such a difference is a slip like any other.
import { transliterated } from './name-forms.js';
import { ocrMisreading } from './name-ocr.js';

export const TRANSLITERATION_NOTE = 'another usual transliteration of the same name';
export const SOURCE_SPELLING_NOTE = 'the source itself writes the name this way elsewhere';
export const OCR_NOTE = 'letters of the same shape: likely a misreading of a scanned text';

/**
 * The note that makes a `name-spelling` finding `info` (see the module comment), or undefined when it
 * stays a warning. `sourceCounts` holds how often the source writes each lower-cased word form
 * (`wordFormCounts`, document-words.ts); `scanned`, whether the document looks scanned (`looksScanned`).
 */
export function minorSpelling(expected: string, actual: string, sourceCounts: ReadonlyMap<string, number>, scanned: () => boolean): string | undefined {
  if (transliterated(expected, actual)) return TRANSLITERATION_NOTE;
  if (sourceCounts.has(actual.toLowerCase())) return SOURCE_SPELLING_NOTE;
  if (ocrMisreading(expected, actual) && scanned()) return OCR_NOTE;
  return undefined;
}
