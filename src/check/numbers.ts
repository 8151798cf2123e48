// numbers — across each matched or partial pair, every number should have an equal counterpart.
//
// Matching: numbers are paired by value (`1.000,5` = `1,000.5`, `5 persen` = `5%`, `1,5 juta` = `1.5 million`),
// one to one. What is left then decides the finding, in a `match` pair only:
// - a number left on both sides, of the same kind (plain, percent, year, ordinal): the same fact stated
//   differently — `number-mismatch`, an error;
// - a number left on one side only: `number-missing` / `number-extra`, a warning (it may have been
//   written out differently, rounded away, or moved into a neighbouring pair).
// Numbers written as words up to `lenientWordNumbers` (`two countries` / `kedua negara`) never make a
// finding of their own. In `partial` pairs nothing is reported here: the `partial` finding lists what
// did not make it across.
import { extractNumbers, sameNumber, type NumberMention } from '../text/numbers.js';
import { finding, locate, pairedBeads, type Check, type CheckContext, type Located } from './context.js';
import type { CheckSide, Finding } from './types.js';

export type LocatedNumber = Located<NumberMention>;

/** The numbers of some sentences of a side, located in the original text. */
export function numbersOf(side: CheckSide, indices: readonly number[]): LocatedNumber[] {
  return locate(side, indices, (text, lang) => extractNumbers(text, lang));
}

/** Pairs equal numbers one to one; returns what is left on each side. */
export function unmatchedNumbers(src: LocatedNumber[], tgt: LocatedNumber[], lenient = 10) {
  const left = [...tgt];
  const srcLeft: LocatedNumber[] = [];
  for (const s of src) {
    const j = left.findIndex((t) => sameNumber(s.value, t.value));
    if (j >= 0) left.splice(j, 1);
    else srcLeft.push(s);
  }
  const strict = (n: NumberMention) => !(n.form === 'words' && n.value <= lenient);
  return { src: srcLeft.filter(strict), tgt: left.filter(strict) };
}

export const checkNumbers: Check = (ctx: CheckContext) => {
  const { source, target, beads } = ctx.input;
  const out: Finding[] = [];
  for (const { bead, index } of pairedBeads(beads)) {
    if (bead.label !== 'match') continue;
    const left = unmatchedNumbers(numbersOf(source, bead.src), numbersOf(target, bead.tgt), ctx.options.lenientWordNumbers);
    const tgtLeft = [...left.tgt];
    for (const s of left.src) {
      const j = tgtLeft.findIndex((t) => t.kind === s.kind);
      if (j >= 0) {
        const [t] = tgtLeft.splice(j, 1);
        out.push(finding(ctx, 'number-mismatch', {
          src: [s.sentence], tgt: [t.sentence], srcRange: s.range, tgtRange: t.range, expected: s.raw, actual: t.raw, bead: index,
        }));
      } else {
        out.push(finding(ctx, 'number-missing', { src: [s.sentence], tgt: bead.tgt, srcRange: s.range, expected: s.raw, bead: index }));
      }
    }
    for (const t of tgtLeft) {
      out.push(finding(ctx, 'number-extra', { src: bead.src, tgt: [t.sentence], tgtRange: t.range, actual: t.raw, bead: index }));
    }
  }
  return out;
};
