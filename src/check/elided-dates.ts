// A date whose month and year the target says once for two days (`am 6. und 7. Juli 1956` / `le 6
// juillet 1956 J. Hartog et Tom Patey ; le 7 J. Brown…`): the second day stands alone, a bare number,
// next to a full date of the same month. When the translator split the sentence differently, that
// pair of dates sits in a neighbouring bead. A source date missing from its pair is there when the
// neighbouring target sentences have its day as a bare number and another day of its month (and
// year): the month named once, the days apart. A bare number alone is not enough there (any `7` would
// do); a changed month or day in the target leaves no such pair and the date stays missing.
import type { DateMention } from '../text/dates.js';

/**
 * Whether `s` is given in `dates` and `days` (the dates and bare day numbers of the same sentences) as
 * its day next to another day of its month (see the module comment).
 */
export function givenWithSharedMonth(s: DateMention, dates: readonly DateMention[], days: ReadonlySet<number>): boolean {
  if (s.day === undefined || s.month === undefined || !days.has(s.day)) return false;
  return dates.some((d) => d.day !== undefined && d.day !== s.day && d.month === s.month && (d.year === undefined || s.year === undefined || d.year === s.year));
}
