// Options of the lexical embedder, their defaults, validation, and the embedder id they imply.
import { OptionError } from '../../errors.js';
import { withDefaults } from '../../defaults.js';
import { FNV_OFFSET, fmix32, fnvStep } from './hash.js';

/** Bumped whenever the features or their hashing change, so cached vectors are not reused. */
export const LEXICAL_VERSION = 1;

/** Relative weight of each feature kind (multiplies every feature of that kind before normalisation). */
export interface LexicalWeights {
  /** A number, normalised across locale formats (`1,000.5` = `1.000,5` = `1 000,5`). Single digits count half. @default 2.5 */
  number: number;
  /** A number followed by `%`, on top of its number feature. @default 1.5 */
  percent: number;
  /** A capitalised word that is not sentence-initial (names, acronyms), ASCII-folded. @default 2 */
  name: number;
  /** A whole word, lower-cased and ASCII-folded. @default 1 */
  word: number;
  /** Each character n-gram of a word (with `<` `>` word boundaries): the cognate signal. @default 0.35 */
  ngram: number;
  /** A URL without scheme and `www.` (its host counts again at half weight). @default 3 */
  url: number;
  /** An `@handle`. @default 3 */
  handle: number;
  /** A `#hashtag` (its text also counts as a word). @default 2.5 */
  hashtag: number;
  /** A token mixing letters and digits (`G20`, `F-16` gives `16`, `u6KeMm`). @default 2 */
  code: number;
  /** Each CJK / kana / Hangul character and character bigram. @default 0.3 */
  cjk: number;
  /**
   * A concept id from the dictionaries (`pengalaman` and `experiences` both give `experi`), times
   * its specificity (1 for a concept one word maps to, less for one many words share) and divided
   * by the square root of the word's number of concepts. Only when {@link LexicalOptions.languages}
   * names a pair the dictionaries connect. At 2.5 a specific concept adds about what a shared 8-letter
   * word adds to the dot product; the `parallel` preset uses 0.6, because its lexicon pass learns the
   * document's own word pairs on top and stronger concepts blur bead boundaries (see README).
   * @default 2.5 (0.6 with the `parallel` preset)
   */
  concept: number;
  /**
   * The length signal, as a fraction of the norm of all other features (so its share of the
   * cosine does not depend on how long the text is). Any value above 0 makes the embedder
   * non-additive (see {@link createLexicalEmbedder}). @default 0.2 (0 with the `parallel` preset)
   */
  length: number;
}

/** A named configuration of the lexical embedder, tuned for one alignment mode (see {@link LEXICAL_PRESETS}). */
export type LexicalPreset = 'parallel' | 'comparable';

/**
 * The lexical embedder's configurations per alignment mode. `alignSentences` (and `compareArticles`
 * and the CLI with the default `lexical` embedder) uses them when no embedder object is given:
 * `parallel` to align a translation, `comparable` for comparable mode and for auto mode's decision.
 *
 * - `parallel`: 2048 dimensions, no length signal. The parallel DP models length itself (its
 *   Gale-Church term), so a length feature in the vector counts length twice (on Bible en–zh it put
 *   us below length-only Gale-Church). Without it the embedder is additive, the aligner embeds
 *   single sentences only and scores sentence groups exactly from sentence cosines, which makes
 *   2048 dimensions (fewer n-gram collisions) affordable. Strict F1 against the current 1024 /
 *   length 0.2 config: Bible en–zh 0.881 → 0.888, ParIce 0.841 → 0.928, Text+Berg 0.823 → 0.832.
 * - `comparable`: 1024 dimensions, length signal 0.2 (= {@link DEFAULT_LEXICAL_OPTIONS}). Comparable
 *   and auto mode have no length model of their own and need the length signal (without it auto's
 *   length fallback misjudges translations); 2048 dimensions made comparable mode pair two unrelated
 *   sentences (`test/align/comparable-pairs.test.ts`).
 * - Both weight dictionary concepts (with `languages`): `comparable` strongly (2.5: a translated word
 *   counts like a shared one), `parallel` lightly (0.6, see {@link LexicalWeights.concept}).
 */
export const LEXICAL_PRESETS: Readonly<Record<LexicalPreset, Readonly<Omit<LexicalOptions, 'preset'>>>> = Object.freeze({
  parallel: Object.freeze({ dim: 2048, weights: Object.freeze({ length: 0, concept: 0.6 }) }),
  comparable: Object.freeze({ dim: 1024, weights: Object.freeze({ length: 0.2, concept: 2.5 }) }),
});

/** Options of {@link createLexicalEmbedder}. */
export interface LexicalOptions {
  /**
   * Start from a preset ({@link LEXICAL_PRESETS}); options given beside it override it.
   * @default none: {@link DEFAULT_LEXICAL_OPTIONS}, which equal the `comparable` preset
   */
  preset?: LexicalPreset;
  /**
   * Vector dimension; a power of two hashes fastest. 1024 rather than 512: fewer hash collisions
   * between unrelated n-grams (parallel strict F1, Text+Berg 0.812 → 0.823, ParIce 0.835 → 0.841;
   * Bible en–zh 0.889 → 0.881). 2048 is better for parallel mode without the length signal (the
   * `parallel` preset) but made comparable mode pair an unrelated sentence in
   * `test/align/comparable-pairs.test.ts`.
   * @default 1024 (2048 with the `parallel` preset)
   */
  dim?: number;
  /** Shortest character n-gram. @default 3 */
  ngramMin?: number;
  /** Longest character n-gram. @default 5 */
  ngramMax?: number;
  /** Feature weights; missing ones take their defaults. @default DEFAULT_LEXICAL_OPTIONS.weights */
  weights?: Partial<LexicalWeights>;
  /** Factor applied to the features of very frequent function words (`the`, `und`, `yang`…). @default 0.2 */
  stopwordFactor?: number;
  /** Factor on the name feature of a capitalised word that starts a sentence (maybe a name, maybe not). @default 0.5 */
  initialCapFactor?: number;
  /**
   * Down-weight words that are frequent in the batch being embedded, by `log(1 + N / df)` scaled
   * so a word seen once keeps weight 1. Makes a vector depend on the other texts of the call, and the
   * embedder no longer additive: the parallel aligner then embeds every sentence group and runs no
   * lexicon pass, and aligns worse (measured in docs/tuning.md, "Document frequency weights").
   * @default false
   */
  batchIdf?: boolean;
  /** Texts embedded between two progress reports / abort checks. @default 2048 */
  chunkSize?: number;
  /**
   * The language pair (two-letter codes, source first) whose texts this embedder will embed. With
   * it, words whose dictionary concepts the other side also has count like shared words (concept
   * features), when the shipped lexicons or `dictionaries` connect the two languages; `embed` must
   * then be told each batch's language (`embed(texts, { lang })`). Without it: no concept features.
   * @default none
   */
  languages?: readonly [string, string];
  /**
   * Which dictionaries give concepts: `true` the shipped lexicons (`lexicons/`) plus dictd
   * dictionaries installed for the pair (`/usr/share/dictd`, `$DICTD_PATH`); a list of files (dictd
   * `.index`, FreeDict `.tei`, or `source<TAB>target` TSV) adds those; `false` none (for measuring).
   * @default true
   */
  dictionaries?: boolean | readonly string[];
}

/** Every option resolved (a preset is expanded into the options it stands for). */
export type ResolvedLexicalOptions = Required<Omit<LexicalOptions, 'weights' | 'preset' | 'languages' | 'dictionaries'>> & { weights: LexicalWeights };

/** The defaults of every lexical option. */
export const DEFAULT_LEXICAL_OPTIONS: Readonly<ResolvedLexicalOptions> = Object.freeze({
  dim: 1024,
  ngramMin: 3,
  ngramMax: 5,
  weights: Object.freeze({
    number: 2.5, percent: 1.5, name: 2, word: 1, ngram: 0.35, url: 3, handle: 3, hashtag: 2.5, code: 2, cjk: 0.3, concept: 2.5, length: 0.2,
  }),
  stopwordFactor: 0.2,
  initialCapFactor: 0.5,
  batchIdf: false,
  chunkSize: 2048,
});

function check(ok: boolean, what: string): void {
  if (!ok) throw new OptionError(`Invalid lexical embedder option: ${what}.`);
}

const nonNegative = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;

/** Fills in defaults and validates; throws `OptionError` naming the bad option. */
export function resolveLexicalOptions(options: LexicalOptions = {}): ResolvedLexicalOptions {
  const { preset, languages: _l, dictionaries: _d, ...given } = options;
  check(preset === undefined || Object.hasOwn(LEXICAL_PRESETS, preset), `preset must be one of ${Object.keys(LEXICAL_PRESETS).join(', ')} (got ${String(preset)})`);
  const p = preset === undefined ? {} : LEXICAL_PRESETS[preset];
  const d = { ...DEFAULT_LEXICAL_OPTIONS, ...p, weights: { ...DEFAULT_LEXICAL_OPTIONS.weights, ...p.weights } };
  const weights = withDefaults(d.weights, given.weights ?? {});
  const r: ResolvedLexicalOptions = {
    dim: given.dim ?? d.dim,
    ngramMin: given.ngramMin ?? d.ngramMin,
    ngramMax: given.ngramMax ?? d.ngramMax,
    weights,
    stopwordFactor: given.stopwordFactor ?? d.stopwordFactor,
    initialCapFactor: given.initialCapFactor ?? d.initialCapFactor,
    batchIdf: given.batchIdf ?? d.batchIdf,
    chunkSize: given.chunkSize ?? d.chunkSize,
  };
  check(Number.isInteger(r.dim) && r.dim >= 8 && r.dim <= 1 << 20, `dim must be an integer from 8 to 1048576 (got ${r.dim})`);
  check(Number.isInteger(r.ngramMin) && r.ngramMin >= 1, `ngramMin must be an integer ≥ 1 (got ${r.ngramMin})`);
  check(Number.isInteger(r.ngramMax) && r.ngramMax >= r.ngramMin && r.ngramMax <= 12, `ngramMax must be an integer from ngramMin to 12 (got ${r.ngramMax})`);
  check(Number.isInteger(r.chunkSize) && r.chunkSize >= 1, `chunkSize must be a positive integer (got ${r.chunkSize})`);
  check(nonNegative(r.stopwordFactor) && nonNegative(r.initialCapFactor), 'stopwordFactor and initialCapFactor must be finite and ≥ 0');
  for (const [k, v] of Object.entries(weights)) {
    check(k in d.weights, `unknown weight "${k}"`);
    check(nonNegative(v), `weights.${k} must be finite and ≥ 0 (got ${String(v)})`);
  }
  return r;
}

/**
 * The settings that change vectors (all but `dim` and `chunkSize`), as canonical JSON. The concept
 * weight counts only when the embedder has concepts (`languages` connected by dictionaries).
 */
function settingsJson(r: ResolvedLexicalOptions, concepts: boolean): string {
  const { dim: _d, chunkSize: _c, ...rest } = r;
  const { concept: _k, ...weights } = rest.weights;
  const settings = concepts ? rest : { ...rest, weights };
  return JSON.stringify(settings, Object.keys({ ...settings, ...settings.weights }).sort());
}

/**
 * `lexical@<version>:d<dim>` for the default features; `lexical@<version>:d<dim>:<preset>` for the
 * exact settings of a preset that differs from the defaults (`lexical@1:d2048:parallel`); any other
 * setting that changes the vectors (weights, n-gram sizes, factors, batch IDF) appends a hash of the
 * settings, so a cache keyed by the id never mixes vectors of different settings. `chunkSize` does
 * not change vectors. `concepts`: whether concept features are on (the caller then appends what
 * dictionaries it uses, `+lex:en,id`).
 */
export function lexicalId(r: ResolvedLexicalOptions, concepts = false): string {
  const base = `lexical@${LEXICAL_VERSION}:d${r.dim}`;
  const json = settingsJson(r, concepts);
  if (json === settingsJson(DEFAULT_LEXICAL_OPTIONS, concepts)) return base;
  for (const name of Object.keys(LEXICAL_PRESETS) as LexicalPreset[]) {
    const p = resolveLexicalOptions({ preset: name });
    if (p.dim === r.dim && settingsJson(p, concepts) === json) return `${base}:${name}`;
  }
  let h = FNV_OFFSET;
  for (let i = 0; i < json.length; i++) h = fnvStep(h, json.charCodeAt(i));
  return `${base}:${(fmix32(h) >>> 0).toString(16).padStart(8, '0')}`;
}
