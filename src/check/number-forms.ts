// Numbers the general extractor reads in pieces or not at all, for the numbers check:
// - clock times (`15.30 Uhr`, `15 h. 30`, `15h30`, `15:30`): one number, hours + minutes / 100, so
//   a German `15.30 Uhr` meets a French `15 h. 30` instead of leaving a `15` and a `30` over;
// - the short second year of a range (`1952/53` holds 1953, not 53);
// - German compounds of a number word and `-tausender` (`Achttausender`, a mountain of 8000 m):
//   only as counterparts of the other side's digits (`« 8000 »`), never reported on their own.
import type { NumberMention } from '../text/numbers.js';

const clock = (h: string, m: string) => Number(h) + Number(m) / 100;

/** Clock times with their value (`15.30`) and span. The hour is 0–23 and the minutes 00–59. */
export function findClockTimes(text: string): Array<NumberMention & { kind: 'number'; form: 'digits' }> {
  const out: Array<NumberMention & { kind: 'number'; form: 'digits' }> = [];
  // Each pattern below needs a digit before `h`/`Uhr` (at most one space between) or before `.`/`:` and
  // a digit: most sentences have neither.
  if (!CLOCK_GATE.test(text)) return out;
  const patterns = [
    // 15 h. 30, 15h30, 15 Uhr 30 (the unit between hours and minutes)
    /(?<![\p{N}.,])([01]?\d|2[0-3])\s?(?:h\.?|Uhr)\s?([0-5]\d)(?![\p{N}])/gu,
    // 15.30 Uhr, 15:30 h (a separator, then the unit)
    /(?<![\p{N}.,])([01]?\d|2[0-3])[.:]([0-5]\d)\s?(?:Uhr|h\b)/gu,
    // 15:30
    /(?<![\p{N}.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}:])/gu,
  ];
  const taken = new Uint8Array(text.length + 1);
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
      out.push({ value: clock(m[1]!, m[2]!), raw: m[0], start, end, kind: 'number', form: 'digits' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const CLOCK_GATE = /\d\s?(?:h|Uhr)|\d[.:]\d/u;

const GERMAN_UNITS: Readonly<Record<string, number>> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 };

/** German `<number word>tausender` compounds (`Achttausender`, `Siebentausendern`): value and span. */
export function findThousanders(text: string): Array<{ value: number; start: number; end: number }> {
  const out: Array<{ value: number; start: number; end: number }> = [];
  if (!/tausender/iu.test(text)) return out; // in every match, read with the same flags
  for (const m of text.matchAll(/(?<![\p{L}])(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)tausender(?:n|s)?(?![\p{L}])/giu)) {
    out.push({ value: GERMAN_UNITS[m[1]!.toLowerCase()]! * 1000, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * The short second year of a year range (`1952/53`, `1954-55`): its digits' span and the full year
 * (1953), which the general extractor would read as the number 53.
 */
export function findShortRangeYears(text: string): Array<NumberMention & { kind: 'year'; form: 'digits' }> {
  const out: Array<NumberMention & { kind: 'year'; form: 'digits' }> = [];
  if (!/\d[/–-]\d/u.test(text)) return out; // in every match
  for (const m of text.matchAll(/(?<![\p{N}.,])(1[5-9]|20)(\d{2})[/–-](\d{2})(?![\p{N}])/gu)) {
    const first = Number(m[1]! + m[2]!);
    let second = Number(m[1]!) * 100 + Number(m[3]!);
    if (second <= first) second += 100;
    if (second - first > 10) continue;
    const start = m.index! + m[0].length - 2;
    out.push({ value: second, raw: m[3]!, start, end: start + 2, kind: 'year', form: 'digits' });
  }
  return out;
}
