import { ALIGN_MODES, type AlignModeOption } from '../align/types.js';
import { OptionError } from '../errors.js';
import { isLanguageTag, LANGUAGE_TAG_HINT } from '../text/language-tag.js';
import type { EmbedderKind } from '../embed/create.js';
import type { Embedder } from '../embed/types.js';

/** Which stage a progress event is about. */
export type Stage = 'segment' | 'embed' | 'align' | 'check';

export interface ProgressEvent {
  stage: Stage;
  done: number;
  total: number;
}

/** Options of `compareArticles`. Every field is optional; the defaults are in `DEFAULT_COMPARE_OPTIONS`. */
export interface CompareOptions {
  /** Source language (ISO 639-1). Detected with fastText lid.176 when absent. */
  from?: string;
  /** Target language (ISO 639-1). Detected when absent. */
  to?: string;
  /**
   * `parallel` for a translation, `comparable` for two write-ups of one story, `auto` to decide from the texts.
   * @default 'auto'
   */
  mode?: AlignModeOption;
  /**
   * `lexical` (offline, no model), `neural` (transformers.js; needs the model locally), `auto` (neural when the
   * model is present locally, else lexical), or your own `Embedder` object.
   * @default 'lexical'
   */
  embedder?: EmbedderKind | Embedder;
  /** Neural model: a hub id or a local directory. @default the neural embedder's default model */
  model?: string;
  /**
   * Cache neural embeddings on disk so a second run over the same texts embeds nothing (the lexical
   * embedder is faster to recompute than to read back, so it is never cached).
   * @default true
   */
  cache?: boolean;
  /**
   * Dictionaries of the lexical embedder: `true` the shipped lexicons (`lexicons/`) and dictd
   * dictionaries installed for the pair (`/usr/share/dictd`, `$DICTD_PATH`); a list of files (dictd
   * `.index`, FreeDict `.tei`, `source<TAB>target` TSV) adds those (CLI `--dict`); `false` none
   * (CLI `--no-dict`). The report's `embedder.id` names what was used (`+lex:en,id`, `+dict:…`).
   * @default true
   */
  dictionaries?: boolean | string[];
  /** Cache root (models in `models/`, vectors in `embeddings/`). @default `$BITEXT_QA_CACHE`, else `$XDG_CACHE_HOME/bitext-qa`, else `~/.cache/bitext-qa` */
  cacheDir?: string;
  /**
   * Least coverage (0..1) the target must reach: below it the report gets a `coverage-below` error
   * (an empty translation has coverage 0). `bitext-qa compare --min-coverage` exits 1 then.
   * @default undefined (no minimum)
   */
  minCoverage?: number;
  /** Finding codes to leave out (e.g. `['length-ratio']`). @default [] */
  skipChecks?: string[];
  /** Cancels the work; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called as each stage progresses. */
  onProgress?: (event: ProgressEvent) => void;
}

/** Defaults of {@link CompareOptions}. */
export const DEFAULT_COMPARE_OPTIONS = {
  mode: 'auto',
  embedder: 'lexical',
  cache: true,
  skipChecks: [] as string[],
} as const satisfies CompareOptions;

/** `CompareOptions` with every default filled in. */
export type ResolvedCompareOptions = CompareOptions & Required<Pick<CompareOptions, 'mode' | 'embedder' | 'cache' | 'skipChecks'>>;

/** Fills in the defaults of `options` and validates them; misuse throws an `OptionError` naming the option. */
export function resolveCompareOptions(options: CompareOptions = {}): ResolvedCompareOptions {
  if (typeof options !== 'object' || options === null) throw new OptionError('compareArticles: `options` must be an object.');
  const o: ResolvedCompareOptions = {
    ...options,
    mode: options.mode ?? DEFAULT_COMPARE_OPTIONS.mode,
    embedder: options.embedder ?? DEFAULT_COMPARE_OPTIONS.embedder,
    cache: options.cache ?? DEFAULT_COMPARE_OPTIONS.cache,
    skipChecks: options.skipChecks ?? DEFAULT_COMPARE_OPTIONS.skipChecks,
  };
  for (const key of ['from', 'to'] as const) {
    const lang = o[key];
    if (lang !== undefined && !isLanguageTag(lang)) throw new OptionError(`compareArticles: \`${key}\` ${JSON.stringify(lang)} is not a language code: ${LANGUAGE_TAG_HINT}.`);
  }
  if (!ALIGN_MODES.includes(o.mode)) throw new OptionError(`mode '${String(o.mode)}' is not one of ${ALIGN_MODES.join(', ')}.`);
  const { minCoverage } = o;
  if (minCoverage !== undefined && !(typeof minCoverage === 'number' && minCoverage >= 0 && minCoverage <= 1)) {
    throw new OptionError(`minCoverage must be a number from 0 to 1 (0.9 = 90 %), got ${String(minCoverage)}.`);
  }
  return o;
}
