// Absolute dates and weekday names in en, id, ms, es, pt, fr, de, it, nl, is:
// `February 4, 2023`, `4 Februari 2023`, `4 de febrero de 2023`, `4. Februar 2023`, `2023-01-04`,
// `4.1.2023`, `4/1/2023`, `Jumat (4/1)`, `Friday`, `vendredi`, `Feb 2023`, and months on their own
// (`in January`, `en febrero`: a mention with a month and nothing else).
//
// A month on its own is read only where it cannot be an ordinary word: written in full, capitalised
// in the languages that capitalise month names (en, de, id, ms) and in lower case in the others
// (`Mars` the planet is not `mars`), and English `May` and `March` only after a preposition or a
// time word (`in May`, `last March`; not `May I`, not `the march`).
//
// Numeric day/month order is ambiguous: `4/1/2023` is 4 January in Indonesia and most of Europe and
// 1 April in the US. `NUMERIC_DATE_ORDER` says how each language reads it (English: month first, as in
// US news; pass `order: 'dmy'` for British English). When the language's order gives an impossible date
// (`13/4` read month first) the other order is used. Dotted dates (`4.1.2023`) are always day first,
// ISO dates (`2023-01-04`) always year-month-day. Short forms without a year are only read in
// parentheses (`(4/1)`, the Indonesian news convention) or right after a weekday (`Jumat 4/1`),
// so fractions and scores (`3/4`, `24/7`) stay numbers.

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** One date or weekday found in a text. `text.slice(start, end) === raw`. */
export interface DateMention {
  year?: number;
  /** 1..12 */
  month?: number;
  /** 1..31 */
  day?: number;
  weekday?: Weekday;
  start: number;
  end: number;
  raw: string;
}

export type NumericOrder = 'dmy' | 'mdy';

/** How each language orders day and month in `4/1` and `4/1/2023`. Languages not listed: `dmy`. */
export const NUMERIC_DATE_ORDER: Readonly<Record<string, NumericOrder>> = {
  en: 'mdy', id: 'dmy', ms: 'dmy', es: 'dmy', pt: 'dmy', fr: 'dmy', de: 'dmy', it: 'dmy', nl: 'dmy',
};

/** Month names per language, January first; `a/b` lists variants; abbreviations after `|`. */
export const MONTHS: Readonly<Record<string, readonly string[]>> = {
  en: ['January|Jan', 'February|Feb', 'March|Mar', 'April|Apr', 'May', 'June|Jun', 'July|Jul', 'August|Aug', 'September|Sep/Sept', 'October|Oct', 'November|Nov', 'December|Dec'],
  id: ['Januari|Jan', 'Februari/Pebruari|Feb', 'Maret|Mar', 'April|Apr', 'Mei', 'Juni|Jun', 'Juli|Jul', 'Agustus|Agu/Agt/Ags', 'September|Sep/Sept', 'Oktober|Okt', 'November/Nopember|Nov', 'Desember|Des'],
  ms: ['Januari|Jan', 'Februari|Feb', 'Mac', 'April|Apr', 'Mei', 'Jun', 'Julai|Jul', 'Ogos|Ogo', 'September|Sep', 'Oktober|Okt', 'November|Nov', 'Disember|Dis'],
  es: ['enero|ene', 'febrero|feb', 'marzo|mar', 'abril|abr', 'mayo|may', 'junio|jun', 'julio|jul', 'agosto|ago', 'septiembre/setiembre|sep/sept', 'octubre|oct', 'noviembre|nov', 'diciembre|dic'],
  pt: ['janeiro|jan', 'fevereiro|fev', 'março|mar', 'abril|abr', 'maio|mai', 'junho|jun', 'julho|jul', 'agosto|ago', 'setembro|set', 'outubro|out', 'novembro|nov', 'dezembro|dez'],
  fr: ['janvier|janv', 'février|févr', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil', 'août', 'septembre|sept', 'octobre|oct', 'novembre|nov', 'décembre|déc'],
  de: ['Januar/Jänner|Jan', 'Februar|Feb', 'März|Mär', 'April|Apr', 'Mai', 'Juni|Jun', 'Juli|Jul', 'August|Aug', 'September|Sep/Sept', 'Oktober|Okt', 'November|Nov', 'Dezember|Dez'],
  it: ['gennaio|gen', 'febbraio|feb', 'marzo|mar', 'aprile|apr', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto|ago', 'settembre|set', 'ottobre|ott', 'novembre|nov', 'dicembre|dic'],
  nl: ['januari|jan', 'februari|feb', 'maart|mrt', 'april|apr', 'mei', 'juni|jun', 'juli|jul', 'augustus|aug', 'september|sep/sept', 'oktober|okt', 'november|nov', 'december|dec'],
  is: ['janúar|jan', 'febrúar|feb', 'mars|mar', 'apríl|apr', 'maí', 'júní|jún', 'júlí|júl', 'ágúst|ág', 'september|sep/sept', 'október|okt', 'nóvember|nóv', 'desember|des'],
};

/** Icelandic weekday `X`dagur in its case forms (`mánudag`, `mánudaginn`, `mánudegi`, `mánudags`). */
const isWeekday = (stem: string) => ['dagur', 'dag', 'daginn', 'degi', 'deginum', 'dags', 'dagsins'].map((e) => stem + e).join('/');

/** Weekday names per language, Sunday first. */
export const WEEKDAYS: Readonly<Record<string, readonly string[]>> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  id: ['Minggu/Ahad', 'Senin', 'Selasa', 'Rabu', 'Kamis', "Jumat/Jum'at/Jum’at", 'Sabtu'],
  ms: ['Ahad', 'Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu'],
  es: ['domingo', 'lunes', 'martes', 'miércoles/miercoles', 'jueves', 'viernes', 'sábado/sabado'],
  pt: ['domingo', 'segunda-feira', 'terça-feira/terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag/Sonnabend'],
  it: ['domenica', 'lunedì/lunedi', 'martedì/martedi', 'mercoledì/mercoledi', 'giovedì/giovedi', 'venerdì/venerdi', 'sabato'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  is: ['sunnu', 'mánu', 'þriðju', 'miðviku', 'fimmtu', 'föstu', 'laugar'].map(isWeekday),
};
/** Languages that capitalise weekday names; in the others a capitalised weekday (`Domingo`) is only read sentence-initially. */
const CAPITALISED = new Set(['en', 'id', 'ms', 'de']);

interface WordInfo { index: number; capital: boolean }
const monthWords = new Map<string, number>();
const monthAbbrevs = new Map<string, Map<string, number>>();
const weekdayWords = new Map<string, WordInfo>();
for (const [lang, months] of Object.entries(MONTHS)) {
  const abbr = new Map<string, number>();
  months.forEach((entry, i) => {
    const [full, short = ''] = entry.split('|');
    for (const w of full.split('/')) monthWords.set(w.toLowerCase(), i + 1);
    for (const w of short.split('/').filter(Boolean)) abbr.set(w.toLowerCase(), i + 1);
  });
  monthAbbrevs.set(lang, abbr);
}
for (const [lang, days] of Object.entries(WEEKDAYS)) {
  days.forEach((entry, i) => {
    for (const w of entry.split('/')) {
      const prev = weekdayWords.get(w.toLowerCase());
      weekdayWords.set(w.toLowerCase(), { index: i, capital: (prev?.capital ?? true) && CAPITALISED.has(lang) });
    }
  });
}
/** Whether `word` is a month or weekday name in a supported language (`Friday`, `Jumat`, `Februari`). */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return monthWords.has(w) || weekdayWords.has(w);
}

/** The first letter run of every weekday name (`jum` of `Jum'at`, `segunda` of `segunda-feira`), lower case. */
const weekdayHeads = new Set([...weekdayWords.keys()].map((w) => /^\p{L}+/u.exec(w)![0]));
const NON_ASCII = /[^\x00-\x7f]/;
/** A hash of a letter run of ASCII text, lower-cased (`calendarWords`' gate: equal hashes are then compared as strings). */
const runHash = (h: number, lowerCode: number) => (Math.imul(h, 31) + lowerCode) | 0;
/** The `runHash` of every month name, abbreviation and weekday head: other letter runs are none of them. */
const CALENDAR_HASHES = new Set(
  [...monthWords.keys(), ...[...monthAbbrevs.values()].flatMap((m) => [...m.keys()]), ...weekdayHeads].map((w) => {
    let h = 0;
    for (let i = 0; i < w.length; i++) h = runHash(h, w.charCodeAt(i));
    return h;
  }),
);

/** Where month names may start in a text, and whether a weekday name may be there (`calendarWords`). */
interface CalendarWords {
  /** Starts of the letter runs that are a month name or an abbreviation of `abbr` (lower-cased). */
  months: number[];
  weekday: boolean;
}

/**
 * The month and weekday names an ASCII text may hold, from one pass over its letter runs; undefined
 * for other text (there case folding can match a name in other letters, so every pattern runs).
 * In ASCII text a date pattern matches a month name only as a whole letter run (what precedes and
 * follows it is never a letter), and a weekday name only starting with a whole letter run that is
 * the name's first run: a text without them needs no month or weekday pattern.
 */
function calendarWords(text: string, abbr: ReadonlyMap<string, number>): CalendarWords | undefined {
  if (NON_ASCII.test(text)) return undefined;
  const out: CalendarWords = { months: [], weekday: false };
  for (let i = 0; i < text.length; ) {
    let c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) {
      i++;
      continue;
    }
    // The run's hash as it is read; a string only for a run that hashes like a name.
    let h = 0;
    let j = i;
    for (; (c >= 97 && c <= 122) || (c >= 65 && c <= 90); c = text.charCodeAt(++j)) h = runHash(h, c | 32);
    if (CALENDAR_HASHES.has(h)) {
      const word = text.slice(i, j).toLowerCase();
      if (monthWords.has(word) || abbr.has(word)) out.months.push(i);
      if (weekdayHeads.has(word)) out.weekday = true;
    }
    i = j;
  }
  return out;
}

const alt = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Days in `month` of `year` (29 for February when the year is unknown). */
function daysIn(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `day`/`month`(/`year`) is a real date. */
export function isValidDate(day: number, month: number, year?: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month, year);
}

/** The weekday of a date in the proleptic Gregorian calendar. */
export function weekdayOf(year: number, month: number, day: number): Weekday {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() as Weekday;
}

export interface ExtractDatesOptions {
  /** Day/month order of numeric dates. @default NUMERIC_DATE_ORDER[lang] ?? 'dmy' */
  order?: NumericOrder;
}

const yearOf = (s: string | undefined) => {
  if (!s) return undefined;
  const y = Number(s);
  return s.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
};

const patternCache = new Map<string, { abbr: Map<string, number>; re: Record<string, RegExp>; at: Record<'monthDay' | 'monthYear' | 'monthOnly', RegExp> }>();

/**
 * The date patterns for `lang`, compiled once per language: they hold every language's month and
 * weekday names, and building them per call cost most of the check stage on long documents.
 */
function patternsFor(lang: string | undefined) {
  const key = monthAbbrevs.has(lang ?? 'en') ? (lang ?? 'en') : 'en';
  let cached = patternCache.get(key);
  if (cached) return cached;
  const abbr = monthAbbrevs.get(key)!;
  const M = `(${alt(monthWords.keys())}|(?:${alt(abbr.keys())})\\.?)`;
  const D = '(\\d{1,2})';
  const Y = '(\\d{4})';
  const B = '(?<![\\p{L}\\p{N}.,/])';
  const E = '(?![\\p{L}\\p{N}]|[.,/]\\d)';
  const g = (source: string) => new RegExp(source, 'giu');
  const re = {
    iso: g(`${B}${Y}-(\\d{2})-(\\d{2})${E}`),
    // `9. Mai`, and `9.Mai` (no space after the dot, common in typed and OCR'd German).
    dayMonth: g(`${B}${D}(?:(?:\\.|º)\\s*|(?:er|st|nd|rd|th)?\\s+)(?:de\\s+)?${M}(?:,?\\s+(?:de\\s+)?${Y})?${E}`),
    monthDay: g(`${B}${M}\\s+${D}(?:st|nd|rd|th)?(?:,?\\s+${Y})?${E}`),
    monthYear: g(`${B}${M}\\s+(?:de\\s+)?${Y}${E}`),
    numeric: g(`${B}${D}([./-])${D}\\2(\\d{4}|\\d{2})${E}`),
    parenthesised: g(`\\(${D}/${D}(?:/(\\d{4}|\\d{2}))?\\)`),
    weekday: g(`(?<![\\p{L}])(${alt(weekdayWords.keys())})(?![\\p{L}])`),
    // Months on their own: only the full names of the text's own language (`Mac` is March in Malay only).
    monthOnly: g(`(?<![\\p{L}\\p{N}])(${alt((MONTHS[key] ?? []).flatMap((e) => e.split('|')[0]!.split('/')))})(?![\\p{L}\\p{N}])`),
  };
  // The patterns that start with a month name, also sticky: tried only where `calendarWords` found one.
  const sticky = (pattern: RegExp) => new RegExp(pattern.source, 'yiu');
  cached = { abbr, re, at: { monthDay: sticky(re.monthDay), monthYear: sticky(re.monthYear), monthOnly: sticky(re.monthOnly) } };
  patternCache.set(key, cached);
  return cached;
}

/**
 * Finds dates and weekday names in `text`. Month and weekday names of every supported language are
 * recognised whatever `lang` is (quoted posts are often in a third language); abbreviated month names
 * only in `lang` (English when absent). A weekday right before a date (`Friday, February 3`,
 * `Jumat (4/1)`) is one mention with both. Sorted by `start`, never overlapping.
 */
export function extractDates(text: string, lang?: string, options: ExtractDatesOptions = {}): DateMention[] {
  const order = options.order ?? NUMERIC_DATE_ORDER[lang ?? ''] ?? 'dmy';
  const { abbr, re, at } = patternsFor(lang);
  const monthOf = (w: string) => monthWords.get(w.toLowerCase()) ?? abbr.get(w.toLowerCase().replace(/\.$/, ''));
  // Mentions and their priorities side by side: each mention object is made once, in its final shape
  // (the checks read a long document's dates by the hundred thousand; copies were most of the cost).
  const found: DateMention[] = [];
  const prios: number[] = [];
  const push = (d: DateMention, prio: number) => {
    found.push(d);
    prios.push(prio);
  };
  /** Adds `d` (fields in the order given) with the place of match `m`, unless it is no real date. */
  const add = (m: RegExpMatchArray, d: Omit<DateMention, 'start' | 'end' | 'raw'>, prio: number) => {
    if (d.month !== undefined && d.day !== undefined && !isValidDate(d.day, d.month, d.year)) return;
    if (d.month !== undefined && (d.month < 1 || d.month > 12)) return;
    const mention = d as DateMention;
    mention.start = m.index!;
    mention.end = m.index! + m[0].length;
    mention.raw = m[0];
    push(mention, prio);
  };
  // A `gate` is something a pattern cannot match without, far cheaper to test than the pattern (a
  // pattern without one always runs). The cached (global) patterns are run with `exec` from
  // `lastIndex` 0 (no copy per call, as `matchAll` makes); nothing runs in between.
  const hasDigit = /\d/.test(text);
  const DIGIT = /\d/;
  const each = (pattern: RegExp, fn: (m: RegExpMatchArray) => void, gate?: RegExp) => {
    if (gate && !(gate === DIGIT ? hasDigit : hasDigit && gate.test(text))) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0] === '') pattern.lastIndex++;
      fn(m);
    }
  };
  // In ASCII text, the month patterns run only where a month name starts, and none without one.
  const words = calendarWords(text, abbr);
  /** `each` for a pattern that starts with a month name (`at`: its sticky copy). */
  const eachMonth = (pattern: RegExp, sticky: RegExp, fn: (m: RegExpMatchArray) => void, gate?: RegExp) => {
    if (!words) return each(pattern, fn, gate);
    if (gate && !hasDigit) return;
    // Every match starts at a month name: trying each start in turn finds what the scan finds.
    let from = 0;
    for (const start of words.months) {
      if (start < from) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(text);
      if (!m) continue;
      fn(m);
      from = m.index + m[0].length;
    }
  };
  const numeric = (a: number, b: number, y: number | undefined, ord: NumericOrder) => {
    const [d, mo] = ord === 'dmy' ? [a, b] : [b, a];
    if (isValidDate(d, mo, y)) return { day: d, month: mo };
    if (isValidDate(mo, d, y)) return { day: mo, month: d };
    return undefined;
  };

  each(re.iso, (m) => add(m, { year: +m[1], month: +m[2], day: +m[3] }, 5), /\d-\d/);
  if (!words || words.months.length > 0) {
    each(re.dayMonth, (m) =>
      add(m, { day: +m[1], month: monthOf(m[2]), year: yearOf(m[3]) }, 4), DIGIT);
  }
  eachMonth(re.monthDay, at.monthDay, (m) =>
    add(m, { month: monthOf(m[1]), day: +m[2], year: yearOf(m[3]) }, 4), DIGIT);
  eachMonth(re.monthYear, at.monthYear, (m) => add(m, { month: monthOf(m[1]), year: +m[2] }, 3), DIGIT);
  each(re.numeric, (m) => {
    const year = yearOf(m[4]);
    const dm = numeric(+m[1], +m[3], year, m[2] === '.' ? 'dmy' : order);
    if (dm) add(m, { ...dm, year }, 5);
  }, /\d[./-]\d/);
  each(re.parenthesised, (m) => {
    const year = yearOf(m[3]);
    const dm = numeric(+m[1], +m[2], year, order);
    if (dm) add(m, { ...dm, year }, 4);
  }, /\(\d/);
  eachMonth(re.monthOnly, at.monthOnly, (m) => {
    const word = m[1];
    const capital = word[0] !== word[0].toLowerCase();
    if (capital !== CAPITALISED.has(lang ?? 'en')) return;
    if (/^(?:may|march)$/i.test(word) && !/\b(?:in|of|since|until|till|by|from|last|next|early|late|mid|this|during|between|through|to|and|or|each|every|before|after)[\s-]+$/i.test(text.slice(Math.max(0, m.index! - 12), m.index))) return;
    add(m, { month: monthWords.get(word.toLowerCase()) }, 1);
  });
  if (!words || words.weekday) each(re.weekday, (m) => {
    const info = weekdayWords.get(m[1].toLowerCase())!;
    const capital = m[1][0] !== m[1][0].toLowerCase();
    const initial = /(?:^|[.!?:]\s+|["“(«]\s*)$/.test(text.slice(Math.max(0, m.index! - 3), m.index));
    if (info.capital && !capital) return;
    if (!info.capital && capital && !initial) return;
    if (m[1].toLowerCase() === 'minggu' && /^\s+(?:lalu|depan|ini|ke|pertama|kedua|terakhir)\b/i.test(text.slice(m.index! + m[0].length))) return;
    add(m, { weekday: info.index as Weekday }, 2);
  });
  // A short numeric date right after a weekday: `Jumat 4/1`, `Friday 2/3`.
  for (let k = 0, n = found.length; k < n; k++) {
    const w = found[k]!;
    if (w.weekday === undefined) continue;
    const after = /^(,?\s+)(\d{1,2})\/(\d{1,2})(?![\p{L}\p{N}]|[.,/]\d)/u.exec(text.slice(w.end));
    const dm = after && numeric(+after[2], +after[3], undefined, order);
    if (after && dm) push({ day: dm.day, month: dm.month, start: w.end + after[1].length, end: w.end + after[0].length, raw: '' }, 3);
  }
  return mergeWeekdays(text, resolveOverlaps(found, prios));
}

/** The mentions no longer or higher-priority one overlaps (longest first, then by `prios`), in text order. */
function resolveOverlaps(found: DateMention[], prios: readonly number[]): DateMention[] {
  if (found.length <= 1) return found;
  const order = found.map((_, i) => i).sort((a, b) => {
    const fa = found[a]!, fb = found[b]!;
    return fb.end - fb.start - (fa.end - fa.start) || prios[b]! - prios[a]!;
  });
  const kept: DateMention[] = [];
  for (const i of order) {
    const f = found[i]!;
    if (kept.some((k) => k.start < f.end && f.start < k.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Joins a weekday and the date right after it (`Friday, February 3`, `Jumat (4/1)`, `hari Jumat, 3 Februari`). */
function mergeWeekdays(text: string, list: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const d of list) {
    const prev = out[out.length - 1];
    if (prev && prev.weekday !== undefined && prev.day === undefined && d.weekday === undefined && d.day !== undefined &&
        /^[\s,]*(?:(?:den|le|el|il|o|the|tanggal|tgl\.?)\s+)?$/iu.test(text.slice(prev.end, d.start))) {
      out[out.length - 1] = { ...d, weekday: prev.weekday, start: prev.start, raw: text.slice(prev.start, d.end) };
    } else {
      // `d` was made by this call's `extractDates` and is not shared yet: set its text in place.
      d.raw = text.slice(d.start, d.end);
      out.push(d);
    }
  }
  return out;
}
