// numbers — across each matched or partial pair, every number should have an equal counterpart.
//
// Matching: numbers are paired by value (`1.000,5` = `1,000.5`, `5 persen` = `5%`, `1,5 juta` = `1.5 million`),
// one to one. What is left then decides the finding, in a `match` pair only:
// - a number left on both sides, of the same kind (plain, percent, year, ordinal): the same fact stated
//   differently — `number-mismatch`, an error;
// - a number left on one side only: `number-missing` / `number-extra`, a warning (it may have been
//   written out differently or rounded away). A number found in a neighbouring bead of the other
//   side has only moved there and is not reported at all.
// Numbers written as words up to `lenientWordNumbers` (`two countries` / `kedua negara`) never make a
// finding of their own; larger ones are missing or extra only when the other side of the pair has a
// numeral left over too (`twenty` / `三十`): alone (`seit hundert Jahren` / `depuis un siècle`,
// `zwei Wochen` / `quinze jours`) they are a fact worded another way far more often than one lost.
// Measures converted to other units count as the same number (number-units.ts), and so does an amount
// written whole and fraction apart (`2 fr. 70` for `Fr. 2.70`, split-amounts.ts).
// In `partial` pairs nothing is reported here: the `partial` finding lists what did not make it across.
// A number missing from one pair and a number one digit apart extra in the next are one changed
// number, a `number-mismatch` (changed-nearby.ts).
// Page numbers, list item numbers and numbered issues or entries (number-roles.ts) and numbers that
// moved as a block with a running head (moved-numbers.ts) are still reported, as `info`.
import { findCjkNumbers } from '../text/cjk-numbers.js';
import { findRomanNumerals } from './roman-numerals.js';
import { findClockTimes, findShortRangeYears, findThousanders } from './number-forms.js';
import type { DateMention } from '../text/dates.js';
import { extractNumbers, sameNumber, type NumberMention } from '../text/numbers.js';
import { neighbourSentences, notNearby } from './neighbours.js';
import { movedBlocksAsInfo } from './moved-numbers.js';
import { lazy } from './names.js';
import { changedNearby, NEXT_BEAD_NOTE } from './changed-nearby.js';
import { markMeasures, withoutConversions, type Measured } from './number-units.js';
import { withoutSplitAmounts } from './split-amounts.js';
import { debrisMask } from './ocr-debris.js';
import { inAside, listLabelSpan, numberRole, pageSpans, referenceSpans, ROLE_NOTE, type NumberRole } from './number-roles.js';
import { finding, locate, pairedBeads, sentenceDates, type Check, type CheckContext, type Located } from './context.js';
import type { CheckSide, Finding } from './types.js';

export type LocatedNumber = Located<NumberMention> & {
  /** Only a counterpart for the other side's numbers, never reported itself (a Chinese numeral, a date's year). */
  counterpartOnly?: boolean;
  /** A page number or a list item's number (number-roles.ts): reported as `info`. */
  role?: NumberRole;
} & Pick<Measured, 'unit' | 'convertedAt' | 'converts'>;

/** The numbers of some sentences of a side, located in the original text. */
export function numbersOf(side: CheckSide, indices: readonly number[]): LocatedNumber[] {
  // Dates are not numbers: their spans are masked, from the dates the dates check also reads.
  return locate(side, indices, (text, lang, sentence) => {
    const dates = sentenceDates(text, lang, sentence);
    // Clock times are one number each (`15 h. 30` = `15.30 Uhr`), read before the general extractor.
    // …and so is a range's short second year (`1952/53` holds 1953).
    const times = [...findClockTimes(text), ...findShortRangeYears(text)];
    const exclude = [...dates, ...times].map((d) => [d.start, d.end] as const);
    const found: Array<NumberMention & { role?: NumberRole }> = [...extractNumbers(text, lang, { skipDates: false, exclude }), ...times, ...counterparts(text, dates, lang)];
    const pages = pageSpans(text);
    const refs = referenceSpans(text);
    const label = listLabelSpan(text);
    if (pages.length || refs.length || label) for (const n of found) n.role = numberRole(n.start, n.end, pages, label, refs);
    const debris = debrisMask(text);
    if (debris) for (const n of found) if (!n.role && debris[n.start] === 1) n.role = 'debris';
    markMeasures(text, found.filter((n) => n.form === 'digits' && !('counterpartOnly' in n)).sort((a, b) => a.start - b.start));
    return found;
  }, 'numbers');
}

/**
 * Numbers that only answer the other side's: Chinese/Japanese numerals (`二十`; `一` is also part of
 * ordinary words), Roman numerals (`camp III` for `Lager 3`; `I` is also a word), German
 * `-tausender` compounds (`Achttausender` for `« 8000 »`, number-forms.ts) and the years and days of
 * dates (`novembre 1956` is a date, so its 1956 is not a number of its own, but it is the counterpart
 * of a bare `1956`; `11. Juli` answers the `11` of `le 11 au matin`).
 */
function counterparts(text: string, dates: readonly DateMention[], lang: string): Array<NumberMention & { counterpartOnly: true }> {
  const out: Array<NumberMention & { counterpartOnly: true }> = [];
  for (const c of findCjkNumbers(text)) out.push({ ...c, raw: text.slice(c.start, c.end), kind: 'number', form: 'words', counterpartOnly: true });
  for (const r of [...findRomanNumerals(text, lang), ...findThousanders(text)]) out.push({ ...r, raw: text.slice(r.start, r.end), kind: 'number', form: 'words', counterpartOnly: true });
  for (const d of dates) {
    if (d.year !== undefined) out.push({ value: d.year, raw: d.raw, start: d.start, end: d.end, kind: 'year', form: 'digits', counterpartOnly: true });
    // …and its day answers a bare day number (`le 11 au matin` for `am 11. Juli`, the month said before).
    if (d.day !== undefined && d.month !== undefined) out.push({ value: d.day, raw: d.raw, start: d.start, end: d.end, kind: 'number', form: 'digits', counterpartOnly: true });
  }
  return out;
}

/**
 * Pairs equal numbers one to one; returns what is left on each side. Numerals are paired with
 * numerals first (`1` with `1.`, not with the `Erste` before it), then what is left with anything
 * equal: each source number takes the earliest unpaired target number equal to it, of its own kind
 * (ordinal, year…) if there is one. Targets are grouped by value and looked up by binary search, so a
 * pair with tens of thousands of numbers stays fast (n log n, not n·m).
 */
export function unmatchedNumbers(src: LocatedNumber[], tgt: LocatedNumber[], lenient = 10) {
  // Distinct target values, sorted; each with its target indices in text order.
  const groups = new Map<number, number[]>();
  tgt.forEach((t, i) => {
    const g = groups.get(t.value);
    if (g) g.push(i);
    else groups.set(t.value, [i]);
  });
  const values = [...groups.keys()].sort((a, b) => a - b);
  const used = new Uint8Array(tgt.length);
  const paired = new Uint8Array(src.length);
  const digits = (n: LocatedNumber) => n.form === 'digits' && !n.counterpartOnly;
  for (const pass of [true, false]) {
    src.forEach((s, si) => {
      if (paired[si] || (pass && !digits(s))) return;
      const v = s.value;
      // A superset of the values `sameNumber` accepts; each is then checked exactly.
      const slack = 2e-9 * Math.max(1, Math.abs(v));
      let lo = 0;
      for (let hi = values.length; lo < hi; ) {
        const mid = (lo + hi) >> 1;
        if ((values[mid] as number) < v - slack) lo = mid + 1;
        else hi = mid;
      }
      // The earliest equal target, one of the same kind first (`zweiten` takes `2e`, not the `deux` before it).
      let best = -1;
      let sameKind = -1;
      for (let k = lo; k < values.length && (values[k] as number) <= v + slack; k++) {
        if (!sameNumber(v, values[k] as number)) continue;
        const group = groups.get(values[k] as number)!;
        const i = group.find((j) => !used[j] && (!pass || digits(tgt[j]!)));
        if (i !== undefined && (best < 0 || i < best)) best = i;
        const ik = group.find((j) => !used[j] && (!pass || digits(tgt[j]!)) && tgt[j]!.kind === s.kind);
        if (ik !== undefined && (sameKind < 0 || ik < sameKind)) sameKind = ik;
      }
      if (sameKind >= 0) best = sameKind;
      if (best >= 0) {
        used[best] = 1;
        paired[si] = 1;
      }
    });
  }
  const srcLeft = src.filter((_, i) => !paired[i]);
  const left = tgt.filter((_, i) => !used[i]);
  const strict = (n: LocatedNumber) => !n.counterpartOnly && !(n.form === 'words' && n.value <= lenient);
  // A numeral the other side could have meant (digits, or a Chinese or Roman numeral; not a date's parts).
  const numeral = (n: LocatedNumber) => (n.counterpartOnly ? n.form === 'words' : n.form === 'digits');
  return { src: srcLeft.filter(strict), tgt: left.filter(strict), numeralLeft: { src: srcLeft.some(numeral), tgt: left.some(numeral) } };
}

/**
 * The role of a mismatch: either side's, except two issue numbers that differ (`Nr. 293` / `n° 294`):
 * the same citation with another number is a slip, not another edition.
 */
const mismatchRole = (a: NumberRole, b: NumberRole): NumberRole => (a === 'reference' && b === 'reference' ? undefined : a ?? b);

/** A finding about a page number or a list item's number is `info`, with a note saying why (number-roles.ts). */
const asRole = (f: Finding, role: NumberRole): Finding => (role ? { ...f, severity: 'info', note: ROLE_NOTE[role] } : f);

/** `aside` when number `n` of `side` stands alone in brackets (number-roles.ts `inAside`). */
const asideRole = (side: CheckSide, n: LocatedNumber): NumberRole => {
  const s = side.sentences[n.sentence];
  return s && inAside(s.text, n.range[0] - s.start, n.range[1] - s.start) ? 'aside' : undefined;
};

export const checkNumbers: Check = (ctx: CheckContext) => {
  const { source, target, beads } = ctx.input;
  const out: Finding[] = [];
  for (const { bead, index } of pairedBeads(beads)) {
    if (bead.label !== 'match') continue;
    const all = { src: numbersOf(source, bead.src), tgt: numbersOf(target, bead.tgt) };
    const byValue = unmatchedNumbers(all.src, all.tgt, ctx.options.lenientWordNumbers);
    // …and by quantity: a conversion in brackets, a measure in other units (number-units.ts), an
    // amount written whole and fraction apart (split-amounts.ts).
    const pairLeft = { ...byValue, ...withoutSplitAmounts(withoutConversions(byValue, all)) };
    // A number the neighbouring bead of the other side has moved there; it is neither missing nor extra.
    const left = {
      src: notNearby(pairLeft.src, pairLeft.src.length ? numbersOf(target, neighbourSentences(beads, index, 'tgt')) : []),
      tgt: notNearby(pairLeft.tgt, pairLeft.tgt.length ? numbersOf(source, neighbourSentences(beads, index, 'src')) : []),
    };
    // Left-over targets by kind, in text order: each left-over source number takes the first of its kind.
    const byKind = new Map<string, LocatedNumber[]>();
    for (const t of left.tgt) {
      const list = byKind.get(t.kind);
      if (list) list.push(t);
      else byKind.set(t.kind, [t]);
    }
    const taken = new Set<LocatedNumber>();
    const nextOfKind = new Map<string, number>();
    for (const s of left.src) {
      const ofKind = byKind.get(s.kind) ?? [];
      const k = nextOfKind.get(s.kind) ?? 0;
      const t = ofKind[k];
      if (t) {
        nextOfKind.set(s.kind, k + 1);
        taken.add(t);
        out.push(asRole(finding(ctx, 'number-mismatch', {
          src: [s.sentence], tgt: [t.sentence], srcRange: s.range, tgtRange: t.range, expected: s.raw, actual: t.raw, bead: index,
        }), mismatchRole(s.role, t.role)));
      } else if (s.form === 'digits' || pairLeft.numeralLeft.tgt) {
        out.push(asRole(finding(ctx, 'number-missing', { src: [s.sentence], tgt: bead.tgt, srcRange: s.range, expected: s.raw, bead: index }), s.role ?? asideRole(source, s)));
      }
    }
    for (const t of left.tgt.filter((x) => !taken.has(x) && (x.form === 'digits' || pairLeft.numeralLeft.src))) {
      out.push(asRole(finding(ctx, 'number-extra', { src: bead.src, tgt: [t.sentence], tgtRange: t.range, actual: t.raw, bead: index }), t.role));
    }
  }
  // A changed number the aligner put one bead over: one mismatch, not a missing and an extra (changed-nearby.ts).
  const changed = changedNearby(out, (m, e) => finding(ctx, 'number-mismatch', {
    src: m.src, tgt: e.tgt, srcRange: m.srcRange, tgtRange: e.tgtRange, expected: m.expected, actual: e.actual, bead: m.bead, note: NEXT_BEAD_NOTE,
  }));
  // Target sentences no pair holds, for a block whose line was left alone there (moved-numbers.ts).
  const unpaired = lazy(() => beads.flatMap((b) => (b.src.length === 0 ? b.tgt.map((i) => numbersOf(target, [i]).filter((n) => !n.counterpartOnly).map((n) => n.raw)) : [])));
  return movedBlocksAsInfo(changed, unpaired);
};
