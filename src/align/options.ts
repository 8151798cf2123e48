// Options of `alignSentences`: the interface (every field optional, defaults documented), the
// defaults constant, and `resolveAlignOptions`, the one place they are filled in and validated.
import type { Embedder } from '../embed/types.js';
import { withDefaults } from '../defaults.js';
import { OptionError } from '../errors.js';
import { checkComparable, type ComparableOptions } from './comparable/options.js';
import { ALIGN_MODES, type AlignModeOption, type AlignStage } from './types.js';

/** Options of `alignSentences`. Every field is optional; the defaults are `DEFAULT_ALIGN_OPTIONS`. */
export interface AlignOptions {
  /**
   * `parallel` for a translation (monotonic beads), `comparable` for two write-ups of one story
   * (reordering allowed), `auto` to decide from the similarity structure.
   * @default 'auto'
   */
  mode?: AlignModeOption;
  /**
   * How sentences are compared: any `Embedder`, or `'length'` for the Gale-Church length-only
   * baseline (no embeddings; parallel mode only). An embedder you pass is used as is in every mode.
   * @default the lexical embedder in the preset of the mode (`LEXICAL_PRESETS`):
   *   `createLexicalEmbedder({ preset: 'parallel' })` to align a translation,
   *   `createLexicalEmbedder({ preset: 'comparable' })` for comparable mode and auto's decision
   */
  embedder?: Embedder | 'length';
  /** Most sentences (source + target) in one bead; 4 allows 1-3, 2-2 and 3-1. @default 4 */
  maxBeadSize?: number;
  /**
   * Most sentences in a one-to-many bead (1-k or k-1), which may go beyond `maxBeadSize`: a
   * translation often breaks one long sentence into several. 6 allows 1-5 and 5-1; set it to
   * `maxBeadSize` for no extra shapes. It also caps the total size of the 2-3 / 3-2 / 2-4 / 3-3 / 4-2 beads the
   * regrouping pass may form when it moves one side's boundary (`parallel/regroup.ts`). Parallel mode only.
   * @default 6
   */
  maxOneToMany?: number;
  /**
   * Half-width, in sentences, of the band around the anchor path (from the vectors' evidence, else from
   * lengths: see `parallel/evidence.ts`) in which the model's
   * statistics (margins, skip cost) are measured; the final DP starts in half of it and widens while
   * its path touches the band's edge. @default 10
   */
  band?: number;
  /** Largest (N+1)·(M+1) grid solved by a full DP without anchors. @default 250000 */
  fullDpCells?: number;
  /** Neighbours averaged for the margin. @default 4 */
  marginK?: number;
  /** Skip cost = this quantile of the 1-1 bead costs in the band (Vecalign uses 0.2). @default 0.2 */
  skipQuantile?: number;
  /** Weight of the length-ratio cost next to the similarity. @default 0.25 */
  lengthWeight?: number;
  /** Weight of the similarity (in standard deviations of the band's margin scores). @default 1 */
  similarityWeight?: number;
  /** Extra cost of a bead that crosses a paragraph break on either side (when both sides have paragraphs). @default 3 */
  paragraphPenalty?: number;
  /**
   * Parallel mode: an aligned bead whose `score` is below this is labelled `partial` (opt-in). By
   * default every aligned bead of a translation is a `match`: the DP places beads by length and
   * similarity, and a low score says only that the embedder found little evidence (with the lexical
   * embedder, a correct pair that shares no word scores 0), not that part of the content is missing.
   * Missing names, numbers and the like inside a pair are reported by the checks. Set it (e.g. 0.1)
   * with an embedder whose scores you trust to flag weakly similar pairs for review. Comparable mode
   * has its own rule for `partial` (`partialLength`: partly shared content).
   * @default 0
   */
  partialBelow?: number;
  /**
   * Parallel mode with an additive embedder (the lexical one): after a first alignment, learn the
   * document's own translation lexicon from its 1-1 beads (word pairs that co-occur far above chance,
   * such as `Gipfel`/`sommet` or `God`/神) and align again with those pairs as shared features (Moore
   * 2002). It is what lets the offline embedder align scripts that share no words (measurements:
   * docs/tuning.md, "Lexicon pass"). Costs a second DP pass. A document too short to repeat words learns nothing and keeps the first
   * pass. Ignored with a non-additive (neural) embedder. Comparable mode with the lexical embedder does the
   * same from the pairs its first matching accepted, and matches again (src/align/comparable/lexicon-pass.ts).
   * @default true
   */
  lexicon?: boolean;
  /**
   * The language pair (two-letter codes, source first). With it the default lexical embedder adds
   * dictionary concepts (see `LexicalOptions.languages`) and each side is embedded with its
   * language. `compareArticles` sets it from `from`/`to` or detection.
   * @default none
   */
  languages?: readonly [string, string];
  /**
   * Dictionaries of the default lexical embedder (`LexicalOptions.dictionaries`): `true` the shipped
   * lexicons and installed dictd dictionaries, a list of files adds those, `false` none.
   * @default true
   */
  dictionaries?: boolean | readonly string[];
  /**
   * Parallel mode: also measure, for each source sentence, how much worse the best alignment that
   * leaves it out is (`stats.leaveOutCost`; `compareArticles` reads it to find deleted sentences
   * the aligner shifted its neighbours over). Costs one more pass over the final DP band.
   * @default false
   */
  leaveOutCosts?: boolean;
  /** Abort the work; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Progress: stage, units done, units in total. */
  onProgress?: (stage: AlignStage, done: number, total: number) => void;
}

/** The fields of `AlignOptions` that have a default value. */
type Defaulted = Exclude<keyof AlignOptions, 'embedder' | 'languages' | 'dictionaries' | 'signal' | 'onProgress'>;

/** `AlignOptions` with every default filled in (and comparable mode's options, checked, as given). */
export type ResolvedAlignOptions = Required<Pick<AlignOptions, Defaulted>> & Omit<AlignOptions, Defaulted> & Partial<ComparableOptions>;

/** Defaults of `AlignOptions` (the embedder defaults to the lexical one in the mode's preset, created on first use). */
export const DEFAULT_ALIGN_OPTIONS: Readonly<Required<Pick<AlignOptions, Defaulted>>> = Object.freeze({
  mode: 'auto',
  maxBeadSize: 4,
  maxOneToMany: 6,
  band: 10,
  fullDpCells: 250_000,
  marginK: 4,
  skipQuantile: 0.2,
  lengthWeight: 0.25,
  similarityWeight: 1,
  paragraphPenalty: 3,
  partialBelow: 0,
  lexicon: true,
  leaveOutCosts: false,
});

/**
 * Fills in the defaults of `options` and validates every field (comparable mode's too, whose defaults
 * `alignComparable` fills in). Throws an `OptionError` naming the first bad option and what it accepts.
 */
export function resolveAlignOptions(options: AlignOptions & Partial<ComparableOptions> = {}): ResolvedAlignOptions {
  if (typeof options !== 'object' || options === null) throw new OptionError('alignSentences: `options` must be an object');
  const o: ResolvedAlignOptions = withDefaults(DEFAULT_ALIGN_OPTIONS, options);
  if (!ALIGN_MODES.includes(o.mode)) throw new OptionError(`alignSentences: unknown mode "${String(o.mode)}"; use one of ${ALIGN_MODES.join(', ')}`);
  if (!Number.isInteger(o.maxBeadSize) || o.maxBeadSize < 2) throw new OptionError('alignSentences: `maxBeadSize` must be an integer ≥ 2 (2 allows only 1-1 beads and skips)');
  if (!Number.isInteger(o.maxOneToMany) || o.maxOneToMany < 2) throw new OptionError('alignSentences: `maxOneToMany` must be an integer ≥ 2');
  if (!(o.band >= 1)) throw new OptionError('alignSentences: `band` must be ≥ 1');
  if (!(o.marginK >= 1)) throw new OptionError('alignSentences: `marginK` must be ≥ 1');
  if (!(o.skipQuantile >= 0 && o.skipQuantile <= 1)) throw new OptionError('alignSentences: `skipQuantile` must be in [0, 1]');
  if (o.maxComparablePairs !== undefined && !(o.maxComparablePairs >= 0)) throw new OptionError('alignSentences: `maxComparablePairs` must be a number ≥ 0');
  checkComparable(o);
  return o;
}
