// Per-language rules for the boundary scanner: abbreviations, words that start sentences, extra sentence
// marks. Built once per language and cached.
import { abbreviationsFor } from './abbreviations.js';
import { primaryLang } from '../text/language-tag.js';

/** Everything the scanner needs to know about one language. */
export interface LanguageRules {
  lang: string;
  /** Titles before names: a period after them never ends a sentence. */
  prepositive: Set<string>;
  /** Abbreviations before numbers (`No. 5`). */
  numeric: Set<string>;
  /** Other known abbreviations. */
  other: Set<string>;
  /** Lower-cased words that usually start a sentence; after an abbreviation they signal a boundary. */
  starters: Set<string>;
  /** Lower-cased words that follow an ordinal number with a period (`12. Juni`) without ending a sentence. */
  ordinalFollowers: Set<string>;
  /** Extra characters that end a sentence in this language when white space follows (Armenian `:`). */
  terminals: Set<string>;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

const STARTERS: Record<string, string> = {
  en: "a an the i he she it we they you this that these those there here his her its our their my your but and so yet if when where what why who how however after before in on at for as since while although though because then thus also meanwhile still once one some many most all no not did do does is are was were can could will would should has have had there's it's i'm we're they're don't let",
  id: 'ini itu dia ia mereka kami kita saya dan tetapi namun jika ketika saat pada di dalam sementara selain sebelumnya menurut',
  de: 'der die das ein eine er sie es wir ihr ich aber und doch wenn als dann so in im auf am dies diese dieser',
  es: 'el la los las un una él ella ellos nosotros yo pero y si cuando en este esta estos estas hay',
  fr: 'le la les un une il elle ils elles nous je mais et si quand en ce cette ces il y',
  it: 'il lo la i gli le un una egli lui lei loro noi io ma e se quando in questo questa',
  pt: 'o a os as um uma ele ela eles nós eu mas e se quando em este esta',
  nl: 'de het een hij zij ze wij ik maar en als toen in dit deze',
};

const MONTHS: Record<string, string> = {
  de: 'januar jänner februar märz april mai juni juli august september oktober november dezember jh jahrhundert',
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  da: 'januar februar marts april maj juni juli august september oktober november december',
  no: 'januar februar mars april mai juni juli august september oktober november desember',
  fi: 'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  cs: 'ledna února března dubna května června července srpna září října listopadu prosince',
  hu: 'január február március április május június július augusztus szeptember október november december',
};

const TERMINALS: Record<string, string> = { hy: ':', el: ';' };

const cache = new Map<string, LanguageRules>();

/** The rules for `lang` (ISO 639-1; region subtags are ignored, unknown codes get the shared rules). */
export function rulesFor(lang: string): LanguageRules {
  const key = primaryLang(lang);
  let rules = cache.get(key);
  if (!rules) {
    const abbr = abbreviationsFor(key);
    rules = {
      lang: key,
      ...abbr,
      starters: new Set(words(STARTERS[key] ?? STARTERS.en ?? '')),
      ordinalFollowers: new Set(words(MONTHS[key] ?? '')),
      terminals: new Set([...(TERMINALS[key] ?? '')]),
    };
    cache.set(key, rules);
  }
  return rules;
}
