// A date the translation gives as "the next day" (`am 3. Juli … am 4. Juli` / `le 3 … le lendemain`)
// or "the day before": the day is still there, counted from the date before it. A `date-missing`
// finding is `info`, with a note, when the source pair has a date one day earlier (or later) in the
// same month and the target pair says "the next day" (or "the day before") in its language.
import type { DateMention } from '../text/dates.js';

/** "The next day" in the covered languages (lower case; matched inside the lower-cased text). */
const NEXT_DAY = [
  'the next day', 'the following day', 'next morning', 'the day after',
  'le lendemain', 'au lendemain', 'le jour suivant',
  'am nächsten tag', 'am folgenden tag', 'tags darauf', 'anderntags', 'am anderen tag', 'nächsten morgen',
  'al día siguiente', 'el día siguiente', 'il giorno dopo', "l'indomani", 'il giorno seguente', 'no dia seguinte',
  'keesokan harinya', 'daginn eftir', 'næsta dag', 'dagen därpå', 'dagen erna', 'volgende dag',
];
/** "The day before" in the covered languages. */
const DAY_BEFORE = [
  'the day before', 'the previous day', 'la veille', 'le jour précédent', 'am vortag', 'tags zuvor', 'am tag zuvor',
  'el día anterior', 'il giorno prima', 'no dia anterior', 'sehari sebelumnya', 'daginn áður', 'dagen innan', 'de dag ervoor',
];

export const NEXT_DAY_NOTE = 'the target counts the day from the date before it (“the next day”)';

/**
 * Whether the target sentences `texts` give source date `s` as the day after (or before) another date
 * of the source pair, `others` (see the module comment).
 */
export function givenAsNextDay(s: DateMention, others: readonly DateMention[], texts: readonly string[]): boolean {
  if (s.day === undefined || s.month === undefined) return false;
  const near = (delta: number) => others.some((o) => o !== s && o.month === s.month && o.day === s.day! + delta);
  const says = (phrases: readonly string[]) => {
    const lower = texts.join('\n').toLowerCase().replace(/’/gu, "'");
    return phrases.some((p) => lower.includes(p));
  };
  return (near(-1) && says(NEXT_DAY)) || (near(1) && says(DAY_BEFORE));
}
