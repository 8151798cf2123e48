// Months without a day (`in January` / `en febrero`, `January 2025` / `febrero de 2025`): in each
// matched or partial pair, a source month that no target date shares is `date-mismatch` (error) when
// the target names another month there, else `date-missing` (warning, in `match` pairs, unless a
// neighbouring target bead has it; `info` when the target gives the date's year without the month,
// `yearKept`). Full dates are compared by the dates check; a month-only mention
// is satisfied by any target date of that month (`March` / `le 4 mars`).
import type { DateMention } from '../text/dates.js';
import { finding, pairedBeads, type Check, type Located } from './context.js';
import { describeDate } from './dates.js';
import { neighbourSentences } from './neighbours.js';
import type { Finding } from './types.js';

type LocatedDate = Located<DateMention>;

const monthOnly = (d: DateMention) => d.month !== undefined && d.day === undefined;
const sameMonth = (a: DateMention, b: DateMention) => a.month === b.month && (a.year === undefined || b.year === undefined || a.year === b.year);

/** The note on a month–year date whose year the target gives without the month. */
export const YEAR_ONLY_NOTE = 'the target gives the year without the month';

/**
 * Whether the target sentences `texts` give the year of month–year date `s` as a number of its own
 * (`im Jänner 1957` / `Wien 1957`): the date lost its month, not its year, and no other month stands
 * there (that would be a mismatch).
 */
export function yearKept(s: DateMention, texts: readonly string[]): boolean {
  if (s.year === undefined) return false;
  const year = new RegExp(`(?<![\\p{N}])${s.year}(?![\\p{N}])`, 'u');
  return texts.some((t) => year.test(t));
}

/** The month check, given how the dates check reads the dates of some sentences of a side. */
export function checkMonths(datesOf: (which: 'source' | 'target', indices: readonly number[]) => LocatedDate[]): Check {
  return (ctx) => {
    const out: Finding[] = [];
    for (const { bead, index } of pairedBeads(ctx.input.beads)) {
      const src = datesOf('source', bead.src).filter(monthOnly);
      if (src.length === 0) continue;
      const tgt = datesOf('target', bead.tgt).filter((d) => d.month !== undefined);
      const others = tgt.filter(monthOnly).filter((t) => !src.some((s) => sameMonth(s, t)));
      for (const s of src) {
        if (tgt.some((t) => sameMonth(s, t))) continue;
        const t = others.shift();
        if (t) {
          out.push(finding(ctx, 'date-mismatch', {
            src: [s.sentence], tgt: [t.sentence], srcRange: s.range, tgtRange: t.range, expected: s.raw, actual: t.raw, bead: index,
            detail: `${describeDate(s)} vs ${describeDate(t)}`,
          }));
        } else if (bead.label === 'match' && !datesOf('target', neighbourSentences(ctx.input.beads, index, 'tgt')).some((n) => sameMonth(s, n))) {
          const found = finding(ctx, 'date-missing', { src: [s.sentence], tgt: bead.tgt, srcRange: s.range, expected: s.raw, bead: index });
          out.push(yearKept(s, bead.tgt.map((i) => ctx.input.target.sentences[i]?.text ?? '')) ? { ...found, severity: 'info', note: YEAR_ONLY_NOTE } : found);
        }
      }
    }
    return out;
  };
}
