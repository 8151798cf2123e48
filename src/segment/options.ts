// Options of `splitSentences` and `splitLines`, with their defaults.
import { withDefaults } from '../defaults.js';
import { OptionError } from '../errors.js';
import { isLanguageTag, LANGUAGE_TAG_HINT, primaryLang } from '../text/language-tag.js';

/** Options for {@link splitSentences} and {@link splitLines}. */
export interface SplitOptions {
  /**
   * ISO 639-1 code of the text. When given, detection is skipped and every sentence gets this language;
   * it also picks the abbreviation table.
   * @default undefined (detected)
   */
  lang?: string;
  /**
   * Detect languages with fastText lid.176 (offline). When false and `lang` is absent, sentences get `und`
   * and the shared abbreviation rules are used.
   * @default true
   */
  detectLanguage?: boolean;
  /**
   * A sentence (or line) gets a language other than the document's only when it has at least this many
   * letters; shorter ones inherit their paragraph's or the document's language.
   * @default 40
   */
  minDetectLetters?: number;
  /**
   * fastText probability needed to give a sentence a language other than the document's.
   * @default 0.8
   */
  minConfidence?: number;
  /**
   * A line with no final punctuation and at most this many words is a `heading`.
   * @default 20
   */
  headingMaxWords?: number;
}

/** The defaults of {@link SplitOptions}. */
export const DEFAULT_SPLIT_OPTIONS = {
  lang: undefined,
  detectLanguage: true,
  minDetectLetters: 40,
  minConfidence: 0.8,
  headingMaxWords: 20,
} as const satisfies SplitOptions;

/** Options with every default filled in. */
export type ResolvedSplitOptions = Required<Omit<SplitOptions, 'lang'>> & { lang: string | undefined };

/** Fills in defaults and checks types; misuse throws an `OptionError` naming the option. */
export function resolveSplitOptions(options: SplitOptions | undefined): ResolvedSplitOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new OptionError('splitSentences: `options` must be an object');
  }
  const o = withDefaults<ResolvedSplitOptions, SplitOptions>(DEFAULT_SPLIT_OPTIONS, options ?? {});
  if (o.lang !== undefined && !isLanguageTag(typeof o.lang === 'string' ? o.lang.trim() : o.lang)) {
    throw new OptionError(`splitSentences: \`options.lang\` ${JSON.stringify(o.lang)} is not a language code: ${LANGUAGE_TAG_HINT}.`);
  }
  for (const key of ['minDetectLetters', 'minConfidence', 'headingMaxWords'] as const) {
    if (typeof o[key] !== 'number' || Number.isNaN(o[key])) throw new OptionError(`splitSentences: \`options.${key}\` must be a number`);
  }
  return { ...o, lang: o.lang === undefined ? undefined : primaryLang(o.lang.trim()), detectLanguage: o.detectLanguage !== false };
}
