import { withDefaults } from '../defaults.js';
import { OptionError } from '../errors.js';
import type { NumericOrder } from '../text/dates.js';

/** The checks `checkAlignment` can run, one module each. */
export const CHECK_NAMES = ['numbers', 'dates', 'names', 'links', 'language', 'length', 'coverage'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface CheckOptions {
  /** Which checks run. @default all of CHECK_NAMES */
  checks?: readonly CheckName[];
  /**
   * `parallel` for a translation, `comparable` for two write-ups of one story: in comparable mode
   * additions and partial pairs are normal, so they are `info` instead of `warning`.
   * @default 'parallel'
   */
  mode?: 'parallel' | 'comparable';
  /** Largest edit distance, as a share of the shorter name, still called a spelling variant. @default 0.25 */
  nameMaxDistanceRatio?: number;
  /** Numbers written as words up to this value may go missing without a finding (`two countries` / `kedua negara`). @default 10 */
  lenientWordNumbers?: number;
  /** Fewest letters a sentence needs before it is judged untranslated, copied or in a third language. @default 20 */
  minLetters?: number;
  /** A pair's log length ratio is an outlier beyond this many robust standard deviations (MAD × 1.4826) from the median. @default 3.5 */
  lengthRatioMaxZ?: number;
  /** …and only when it is also at least this factor away from the document's median ratio. @default 1.5 */
  lengthRatioMinFactor?: number;
  /** Fewest matched pairs needed to judge length ratios at all. @default 5 */
  lengthRatioMinPairs?: number;
  /**
   * A run of consecutive sentences of one side left without counterpart is one `omission-passage` /
   * `addition-passage` finding (an error) when it holds at least this many content sentences…
   * @default 3
   */
  passageMinSentences?: number;
  /** …or at least two that make up this share (0..1) of the side's content characters. @default 0.02 */
  passageMinShare?: number;
  /** Year used for weekday-versus-date checks when neither side dates anything with a year. @default undefined */
  referenceYear?: number | undefined;
  /** Day/month order of numeric dates per side, overriding the language's (`NUMERIC_DATE_ORDER`). @default undefined */
  dateOrder?: { source?: NumericOrder; target?: NumericOrder } | undefined;
}

export type ResolvedCheckOptions = Required<Omit<CheckOptions, 'referenceYear' | 'dateOrder'>> &
  Pick<CheckOptions, 'referenceYear' | 'dateOrder'>;

export const DEFAULT_CHECK_OPTIONS: Readonly<ResolvedCheckOptions> = Object.freeze({
  checks: CHECK_NAMES,
  mode: 'parallel',
  nameMaxDistanceRatio: 0.25,
  lenientWordNumbers: 10,
  minLetters: 20,
  lengthRatioMaxZ: 3.5,
  lengthRatioMinFactor: 1.5,
  lengthRatioMinPairs: 5,
  passageMinSentences: 3,
  passageMinShare: 0.02,
  referenceYear: undefined,
  dateOrder: undefined,
});

/** Fills in defaults; throws `OptionError` on options that make no sense. */
export function resolveCheckOptions(options: CheckOptions = {}): ResolvedCheckOptions {
  const o = withDefaults(DEFAULT_CHECK_OPTIONS, options) as ResolvedCheckOptions;
  const unknown = o.checks.filter((c) => !(CHECK_NAMES as readonly string[]).includes(c));
  if (unknown.length) throw new OptionError(`Unknown check \`${unknown.join('`, `')}\`: use one of ${CHECK_NAMES.join(', ')}.`);
  if (o.mode !== 'parallel' && o.mode !== 'comparable') throw new OptionError(`Unknown mode \`${String(o.mode)}\`: use 'parallel' or 'comparable'.`);
  for (const key of ['nameMaxDistanceRatio', 'lenientWordNumbers', 'minLetters', 'lengthRatioMaxZ', 'lengthRatioMinFactor', 'lengthRatioMinPairs', 'passageMinSentences', 'passageMinShare'] as const) {
    if (!(typeof o[key] === 'number' && o[key] >= 0)) throw new OptionError(`\`${key}\` must be a number ≥ 0, got ${String(o[key])}.`);
  }
  return o;
}
