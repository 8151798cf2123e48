// Whether a sentence's numbers are all in another text: a sentence whose every number (above ten, in
// any form: `twenty and two thousand` = `二万二千`) its partner has is translated there, whatever its
// leave-out cost says (a short or free translation is cheap to leave out, too).
import { findCjkNumbers } from '../text/cjk-numbers.js';
import { extractNumbers, sameNumber } from '../text/numbers.js';

/** Smallest number that counts: small numbers (`one`, `two`) are too common to tell sentences apart. */
const MIN_VALUE = 11;

/** The numbers of `text` above ten, digits and words, and Chinese/Japanese numerals. */
function values(text: string, lang: string): number[] {
  return [...extractNumbers(text, lang), ...findCjkNumbers(text)].map((n) => n.value).filter((v) => v >= MIN_VALUE);
}

/** Whether `text` has a number above ten and `other` has every one of them (see the module comment). */
export function numbersAnswered(text: string, lang: string, other: string, otherLang: string): boolean {
  const mine = values(text, lang);
  if (mine.length === 0) return false;
  const theirs = values(other, otherLang);
  return mine.every((v) => theirs.some((t) => sameNumber(t, v)));
}
