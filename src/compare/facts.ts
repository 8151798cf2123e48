// Whether a sentence's numbers are all in another text: a sentence whose every number (above ten, in
// any form: `twenty and two thousand` = `二万二千`) its partner has is translated there, whatever its
// leave-out cost says (a short or free translation is cheap to leave out, too).
import { findCjkNumbers } from '../text/cjk-numbers.js';
import { extractNumbers, sameNumber } from '../text/numbers.js';

/** Smallest number that counts: small numbers (`one`, `two`) are too common to tell sentences apart. */
const MIN_VALUE = 11;

/**
 * The numbers of `text` above ten, digits and words, and Chinese/Japanese numerals; with `dates`, the
 * days and years of its dates too (`Am 19. August 1956`: 19 and 1956).
 */
function values(text: string, lang: string, dates = false): number[] {
  return [...extractNumbers(text, lang, { skipDates: !dates }), ...findCjkNumbers(text)].map((n) => n.value).filter((v) => v >= MIN_VALUE);
}

/**
 * How many numbers above ten `text` has, and how many of them `other` has too; with `dates`, the days
 * and years of both texts' dates count as numbers.
 */
export function numbersFound(text: string, lang: string, other: string, otherLang: string, dates = false): { numbers: number; found: number } {
  const mine = values(text, lang, dates);
  if (mine.length === 0) return { numbers: 0, found: 0 };
  const theirs = values(other, otherLang, dates);
  return { numbers: mine.length, found: mine.filter((v) => theirs.some((t) => sameNumber(t, v))).length };
}

/** Whether `text` has a number above ten and `other` has every one of them (see the module comment). */
export function numbersAnswered(text: string, lang: string, other: string, otherLang: string): boolean {
  const { numbers, found } = numbersFound(text, lang, other, otherLang);
  return numbers > 0 && found === numbers;
}
