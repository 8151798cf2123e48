// dates and weekdays — three checks:
// 1. In each matched or partial pair: a date or weekday on both sides that disagree is an error
//    (`date-mismatch`, `weekday-mismatch`); in a `match` pair one present on the source side only is
//    a warning (`date-missing`, `weekday-missing`, unless a neighbouring target bead has it, also as a
//    bare day next to another day of its month, elided-dates.ts; a date the
//    target gives as "the next day" is info, next-day.ts; info in comparable mode, where a write-up may
//    date things once, elsewhere, or not at all, and none at all when the other document has that
//    weekday somewhere), one on the target side only info (`date-extra`, dropped when the same target
//    date is reported as a `date-conflict`).
// 2. Document level (`date-conflict`, error): a target date (day and month) that no source date agrees
//    with, while a source date has the same day in another month, or day and month swapped — the two
//    usual ways one date gets garbled (the seeds: `Jumat (4/1)` = 4 January against `February 4, 2023`).
//    Other disagreeing dates (3 February against 4 February) are taken for different events of the
//    story and left alone. Every sentence counts here, social ones included.
// Months without a day (`in January` / `en febrero`) are compared in `month-dates.ts`.
// 3. Same side (`weekday-date-mismatch`, error): a weekday attached to a date it does not fall on
//    (`Friday, 4 February 2023` is a Saturday). The year is the date's own, else the side's dateline
//    year (its first date with a year), else the other side's, else `referenceYear`; with none, skipped.
import { weekdayOf, type DateMention } from '../text/dates.js';
import { checkMonths } from './month-dates.js';
import { givenAsNextDay, NEXT_DAY_NOTE } from './next-day.js';
import { givenWithSharedMonth } from './elided-dates.js';
import { lazy } from './names.js';
import { neighbourSentences } from './neighbours.js';
import { numbersOf } from './numbers.js';
import { datesKey, finding, locate, pairedBeads, sentenceDates, type Check, type CheckContext, type Located } from './context.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './messages.js';
import type { CheckSide, Finding } from './types.js';

type LocatedDate = Located<DateMention>;
const FIELDS = ['year', 'month', 'day', 'weekday'] as const;

/** No field defined on both sides differs. */
export function compatibleDates(a: DateMention, b: DateMention): boolean {
  return FIELDS.every((f) => a[f] === undefined || b[f] === undefined || a[f] === b[f]);
}

const hasDay = (d: DateMention) => d.day !== undefined && d.month !== undefined;

/** `Friday, 4 January 2023`, for notes. */
export function describeDate(d: DateMention): string {
  const parts = [d.day, d.month !== undefined ? MONTH_NAMES[d.month - 1] : undefined, d.year].filter((x) => x !== undefined);
  const date = parts.join(' ');
  return d.weekday !== undefined ? (date ? `${WEEKDAY_NAMES[d.weekday]}, ${date}` : WEEKDAY_NAMES[d.weekday]) : date;
}

function datesOf(ctx: CheckContext, which: 'source' | 'target', indices?: readonly number[]): LocatedDate[] {
  const side: CheckSide = ctx.input[which];
  const order = ctx.options.dateOrder?.[which];
  return locate(side, indices ?? side.sentences.map((_, i) => i), (text, lang, sentence) => sentenceDates(text, lang, sentence, order), datesKey(order));
}

/** How the checks below read the located dates of some sentences of a side. */
type DatesOf = (which: 'source' | 'target', indices: readonly number[]) => LocatedDate[];

/**
 * `datesOf` for any sentences, read from the dates of every sentence of both sides (which the document
 * checks need anyway): the pair checks ask each sentence again, and then neither look it up nor locate it again.
 */
function fromWholeSides(all: { source: readonly LocatedDate[]; target: readonly LocatedDate[] }): DatesOf {
  const bySentence = (dates: readonly LocatedDate[]) => {
    const out: LocatedDate[][] = [];
    for (const d of dates) (out[d.sentence] ??= []).push(d);
    return out;
  };
  const sides = { source: bySentence(all.source), target: bySentence(all.target) };
  return (which, indices) => {
    const out: LocatedDate[] = [];
    for (const i of indices) for (const d of sides[which][i] ?? []) out.push(d);
    return out;
  };
}

/** The dateline year of a side: the year of its first date that has one. */
const datelineYear = (dates: LocatedDate[]) => dates.find((d) => d.year !== undefined && d.month !== undefined)?.year;

function checkPairs(ctx: CheckContext, datesOf: DatesOf, reported: Set<LocatedDate>, targetWeekdays: ReadonlySet<number>): Finding[] {
  const out: Finding[] = [];
  const comparable = ctx.options.mode === 'comparable';
  for (const { bead, index } of pairedBeads(ctx.input.beads)) {
    const match = bead.label === 'match';
    const src = datesOf('source', bead.src);
    const tgt = datesOf('target', bead.tgt);
    const tgtLeft = tgt.filter(hasDay);
    // Dates of the neighbouring target beads: one that moved there is not missing.
    const nearby = lazy(() => datesOf('target', neighbourSentences(ctx.input.beads, index, 'tgt')));
    // Bare numbers of the target pair: a date written without its month (`le 11`) gives only its day.
    const bareDays = (indices: readonly number[]) => new Set(numbersOf(ctx.input.target, indices).flatMap((n) => (n.counterpartOnly || n.form !== 'digits' ? [] : [n.value])));
    const days = lazy(() => bareDays(bead.tgt));
    // …and of the neighbouring target beads: a second day given there with the month said once (elided-dates.ts).
    const nearbyDays = lazy(() => bareDays(neighbourSentences(ctx.input.beads, index, 'tgt')));
    const srcLeft: LocatedDate[] = [];
    for (const s of src.filter(hasDay)) {
      const j = tgtLeft.findIndex((t) => compatibleDates(s, t));
      if (j >= 0) tgtLeft.splice(j, 1);
      else srcLeft.push(s);
    }
    for (const s of srcLeft) {
      const t = tgtLeft.shift();
      if (t) {
        reported.add(t);
        out.push(finding(ctx, 'date-mismatch', {
          src: [s.sentence], tgt: [t.sentence], srcRange: s.range, tgtRange: t.range, expected: s.raw, actual: t.raw, bead: index,
          detail: `${describeDate(s)} vs ${describeDate(t)}`,
        }));
      } else if (match && !nearby().some((t) => hasDay(t) && compatibleDates(s, t)) && !days().has(s.day!) && !givenWithSharedMonth(s, nearby(), nearbyDays())) {
        const found = finding(ctx, 'date-missing', { src: [s.sentence], tgt: bead.tgt, srcRange: s.range, expected: s.raw, bead: index });
        const texts = bead.tgt.map((i) => ctx.input.target.sentences[i]?.text ?? '');
        out.push(givenAsNextDay(s, src, texts) ? { ...found, severity: 'info', note: NEXT_DAY_NOTE } : found);
      }
    }
    if (match) for (const t of tgtLeft) out.push(finding(ctx, 'date-extra', { src: bead.src, tgt: [t.sentence], tgtRange: t.range, actual: t.raw, bead: index }));
    const tgtWeekdays = tgt.filter((t) => t.weekday !== undefined);
    for (const s of src.filter((d) => d.weekday !== undefined)) {
      if (tgtWeekdays.some((t) => t.weekday === s.weekday)) continue;
      const t = tgtWeekdays[0];
      if (t) {
        out.push(finding(ctx, 'weekday-mismatch', {
          src: [s.sentence], tgt: [t.sentence], srcRange: s.range, tgtRange: t.range, expected: s.raw, actual: t.raw, bead: index,
        }));
      } else if (match && !(comparable && targetWeekdays.has(s.weekday!)) && !nearby().some((t) => t.weekday === s.weekday)) {
        out.push(finding(ctx, 'weekday-missing', { src: [s.sentence], tgt: bead.tgt, srcRange: s.range, expected: s.raw, bead: index }));
      }
    }
  }
  return out;
}

function checkDocument(ctx: CheckContext, src: LocatedDate[], tgt: LocatedDate[], reported: Set<LocatedDate>): Finding[] {
  const out: Finding[] = [];
  // Source dates by day and month (compatible dates share both), and the first source date of each
  // day and of each day/month: lookups instead of a scan of every source date per target date.
  const byDayMonth = new Map<string, LocatedDate[]>();
  const firstOfDay = new Map<number, LocatedDate>();
  for (const s of src.filter(hasDay)) {
    const key = `${s.day}/${s.month}`;
    const list = byDayMonth.get(key);
    if (list) list.push(s);
    else byDayMonth.set(key, [s]);
    if (!firstOfDay.has(s.day!)) firstOfDay.set(s.day!, s);
  }
  for (const t of tgt.filter(hasDay)) {
    if (reported.has(t) || byDayMonth.get(`${t.day}/${t.month}`)?.some((s) => compatibleDates(s, t))) continue;
    const s = firstOfDay.get(t.day!) ?? byDayMonth.get(`${t.month}/${t.day}`)?.[0];
    if (!s) continue;
    out.push(finding(ctx, 'date-conflict', {
      src: [s.sentence], tgt: [t.sentence], srcRange: s.range, tgtRange: t.range, expected: s.raw, actual: t.raw,
      detail: `${describeDate({ ...t, weekday: undefined } as DateMention)} vs ${describeDate({ ...s, weekday: undefined } as DateMention)}${
        s.day === t.month && s.month === t.day ? ': day and month swapped?' : ''}`,
      note: `source: ${describeDate(s)}; target: ${describeDate(t)}`,
    }));
  }
  return out;
}

function checkSameSide(ctx: CheckContext, which: 'source' | 'target', dates: LocatedDate[], fallbackYear?: number): Finding[] {
  const out: Finding[] = [];
  const year = datelineYear(dates) ?? fallbackYear ?? ctx.options.referenceYear;
  for (const d of dates) {
    if (d.weekday === undefined || !hasDay(d)) continue;
    const y = d.year ?? year;
    if (y === undefined) continue;
    const actual = weekdayOf(y, d.month!, d.day!);
    if (actual === d.weekday) continue;
    const date = describeDate({ ...d, year: y, weekday: undefined } as DateMention);
    const fields = which === 'source'
      ? { src: [d.sentence], srcRange: d.range }
      : { tgt: [d.sentence], tgtRange: d.range };
    out.push(finding(ctx, 'weekday-date-mismatch', {
      ...fields, actual: d.raw,
      detail: `${date} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[d.weekday]}${d.year === undefined ? ` (year ${y} assumed)` : ''}`,
    }));
  }
  return out;
}

export const checkDates: Check = (ctx) => {
  const reported = new Set<LocatedDate>();
  const src = datesOf(ctx, 'source');
  const tgt = datesOf(ctx, 'target');
  const sideDates = fromWholeSides({ source: src, target: tgt });
  const pairs = checkPairs(ctx, sideDates, reported, new Set(tgt.flatMap((d) => (d.weekday !== undefined ? [d.weekday] : []))));
  // `reported` holds mentions from per-pair extraction; compare by place instead of identity.
  const places = new Set([...reported].map((d) => `${d.sentence}:${d.range[0]}`));
  const seen = new Set(tgt.filter((d) => places.has(`${d.sentence}:${d.range[0]}`)));
  const conflicts = checkDocument(ctx, src, tgt, seen);
  const conflicting = new Set(conflicts.map((f) => `${f.tgtRange}`));
  return [
    ...pairs.filter((f) => f.code !== 'date-extra' || !conflicting.has(`${f.tgtRange}`)),
    ...checkMonths(sideDates)(ctx),
    ...conflicts,
    ...checkSameSide(ctx, 'source', src, datelineYear(tgt)),
    ...checkSameSide(ctx, 'target', tgt, datelineYear(src)),
  ];
};
