// Language codes as users write them: an ISO 639 code (`en`, `id`; three letters where a language has
// no two-letter code, `ceb`), or a tag that starts with one (`pt-BR`, `en_US`, `zh-Hant`, as XLIFF files
// and locales write them). Every stage reads the primary subtag.

/** A code or a tag starting with one; a name such as `english` is neither. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

/** Whether `value` is a language code or a tag that starts with one (see the module comment). */
export const isLanguageTag = (value: unknown): value is string => typeof value === 'string' && LANGUAGE_TAG.test(value);

/** What to give instead of a value `isLanguageTag` refuses, for error messages. */
export const LANGUAGE_TAG_HINT = 'give an ISO 639-1 code such as en, id, de, fr or zh (a region may follow: pt-BR)';

/** The primary subtag of a language tag, lower-cased: `en-US` → `en`. */
export const primaryLang = (lang: string): string => lang.toLowerCase().split(/[-_]/)[0] ?? '';
