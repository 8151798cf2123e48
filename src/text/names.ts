// Proper names in running text, and how two spellings of a name relate across languages.
//
// A name is a run of capitalised words (`Nicolas Maduro`, `Hossein Amir-Abdollahian`), possibly with
// lower-case particles inside (`Gil de Pinto`, `Ludwig van Beethoven`, `Mohammed bin Salman`,
// `Charter of the United Nations`) or an
// Arabic article glued on (`al-Assad`). A sentence-initial word that is an ordinary function word
// (`The`, `During`, `Pada`) is not part of a name; any other sentence-initial single word is kept but
// marked `initial`, because nothing tells `Maduro stresses…` from `Referring to…` without a lexicon.
// Month and weekday names are dates, not names. Possessive `'s` is not part of the name.
import { asciiFold, foldAccents } from './fold.js';
import levenshtein from 'fast-levenshtein';
import { withDefaults } from '../defaults.js';
import { isCalendarWord } from './dates.js';
import { letterOrMarkWidth } from './letters.js';
import { linkSpans } from './links.js';

/** One word of a name, with its span in the text. */
export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence (`Menggambarkan Venezuela`): maybe part of the name, maybe not. */
  initial: boolean;
  /**
   * Capitalisation alone is no evidence that this word is a name: it is sentence-initial, or the text is
   * in a language that capitalises every noun (German `vom Jahr`, `vier Jahren Bauzeit`). Such words are
   * compared across languages (spelling variants, and names of the other side are looked up among them)
   * but never reported missing or extra on their own.
   */
  ambiguous: boolean;
}

/** One name found in a text. `text.slice(start, end) === raw`. */
export interface NameMention {
  raw: string;
  start: number;
  end: number;
  /** The capitalised words (particles left out): what is compared across languages. */
  tokens: NameToken[];
  /** A single word at the start of a sentence: maybe a name, maybe an ordinary capitalised word. */
  initial: boolean;
}

/** Lower-case words that may sit inside a name. */
const PARTICLES = new Set([
  'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'do', 'du', 'des', 'van', 'von', 'der', 'den', 'ten', 'ter',
  'le', 'la', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'y', 'of', 'the', 'for',
]);

/** Function words that start sentences in the supported languages; never a name on their own. */
const STOPWORDS = new Set(
  (
    'the a an in on at after before during while when where this that these those it he she they we i you his her their its our as but and or ' +
    'for from with by to of if however meanwhile elsewhere earlier later also there here what who why how then now so yet thus today yesterday ' +
    'di ke dari pada dan yang ini itu dia ia mereka kami kita saya namun tetapi sementara selain sebelumnya kemudian baik dalam untuk oleh ' +
    'dengan bagi jika karena sebagai setelah sejak menurut adapun maka para sang juga ' +
    'el la los las un una en y o pero para por con del al de es que según tras como ' +
    'o os as um uma em e mas pelo pela no na nos nas ' +
    'le les une des et mais pour par avec dans sur selon après ' +
    'der die das ein eine und aber mit von für auf nach im am zum zur ' +
    'il lo gli i uno e ma per con nel nella dopo secondo ' +
    'de het een en maar voor met op na volgens'
  ).split(' '),
);

/** A word is what `/[\p{L}\p{M}][\p{L}\p{M}'’.-]*\/gu` matches (read by `wordEnd`, without the expression). */
/** Characters trimmed off the end of a word (`Jr.`, `Maduro'`): `.`, `'`, `’`, `-`. */
const isTrailing = (c: number) => c === 46 || c === 39 || c === 0x2019 || c === 45;
type RunWord = { text: string; start: number; end: number; particle: boolean };
const isCapital = (w: string) => /^\p{Lu}/u.test(w);
/** `al-Assad`, `el-Sisi`: a lower-case article glued to a capitalised word. */
const GLUED_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|bani)-\p{Lu}/u;

/** Languages that capitalise every noun: there a capitalised word may as well be a noun as a name. */
const NOUN_CAPITALISING = new Set(['de', 'lb']);

/**
 * Finds the names of `text`. Sorted by `start`, never overlapping. Particles and stopwords of all
 * supported languages apply, except that `di` is a preposition, not a particle, in Indonesian and Malay.
 * Words inside URLs, e-mail addresses, handles and hashtags are not names.
 */
export function extractNames(text: string, lang?: string): NameMention[] {
  const masks = linkSpans(text);
  const out: NameMention[] = [];
  // Most words are lower case and outside any name: they are read without a string or object of their own.
  let run: RunWord[] = [];
  const flush = () => {
    while (run.length && run[run.length - 1]!.particle) run.pop();
    if (run.length) {
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const nounCase = NOUN_CAPITALISING.has(lang ?? '');
      const tokens: NameToken[] = [];
      for (const t of run) {
        if (t.particle) continue;
        const initial = isSentenceInitial(text, t.start);
        tokens.push({ text: t.text, start: t.start, end: t.end, initial, ambiguous: initial || nounCase });
      }
      const initial = tokens.length === 1 && tokens[0]!.initial;
      out.push({ raw: text.slice(start, end), start, end, tokens, initial });
      run = [];
    }
  };
  let prevEnd = -1; // end of the previous word (as trimmed below); -1 before the first
  // Word by word, read by position (`wordEnd`): no match object or string per word.
  for (let i = 0; i < text.length; ) {
    const first = text.charCodeAt(i);
    if (!((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) && (first < 128 || letterOrMarkWidth(text, i) === 0)) {
      i++;
      continue;
    }
    const start = i;
    const rawEnd = (i = wordEnd(text, i));
    if (masks.length && masks.some(([a, b]) => start < b && a < rawEnd)) continue;
    // The word without trailing `.`, `'`, `’`, `-`, then without a possessive `'s`.
    let end = rawEnd;
    while (end > start + 1 && isTrailing(text.charCodeAt(end - 1))) end--;
    if (end - start >= 2 && (text[end - 1] === 's' || text[end - 1] === 'S') && (text[end - 2] === "'" || text[end - 2] === '’')) end -= 2;
    const len = end - start;
    const gapStart = prevEnd;
    prevEnd = end;
    if (run.length && gapStart >= 0 && !joinsName(text, gapStart, start)) flush();
    // The first character survives the trimming: it is a letter or a mark.
    const code = text.charCodeAt(start);
    // Most words are lower case and outside any name: they end here without a string of their own.
    if (code >= 97 && code <= 122 && !run.length && !hyphenIn(text, start, rawEnd)) continue;
    const raw = text.slice(start, rawEnd);
    const upper = code < 128 ? code >= 65 && code <= 90 : isCapital(raw);
    if (!upper && !run.length && !(raw.includes('-') && GLUED_ARTICLE.test(raw.slice(0, len)))) continue;
    const w = len === raw.length ? raw : raw.slice(0, len);
    const capital = upper || GLUED_ARTICLE.test(w);
    // `I` and its contractions (`I'm`, `I'd`) are capitalised pronouns, not names.
    if (capital && !isCalendarWord(w) && !/^\p{Lu}$/u.test(w) && !/^I['’]\p{L}+$/u.test(w)) {
      if (!run.length && isSentenceInitial(text, start) && STOPWORDS.has(w.toLowerCase())) continue;
      run.push({ text: w, start, end, particle: false });
    } else if (run.length && PARTICLES.has(w.toLowerCase()) && !isCapital(w) && !(w === 'di' && (lang === 'id' || lang === 'ms'))) {
      run.push({ text: w, start, end, particle: true });
    } else flush();
  }
  flush();
  return out;
}

/** Where the word (`[\p{L}\p{M}][\p{L}\p{M}'’.-]*`) that starts with the letter or mark at `i` ends. */
function wordEnd(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    // ASCII letters, `'`, `.` and `-` without a call; past the end `c` is NaN and fails every test.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 || c === 45) i++;
    else if (!(c >= 128)) return i;
    else if (c === 0x2019) i++; // ’
    else {
      const w = letterOrMarkWidth(text, i);
      if (w === 0) return i;
      i += w;
    }
  }
}

/**
 * Whether the gap `[from, to)` between two words keeps them in one name: after a possessive `'s`,
 * white space, or one hyphen with white space around it (`/^\s+$|^\s*-\s*$/` on the gap less a
 * leading `'s`), read without a copy of the gap.
 */
function joinsName(text: string, from: number, to: number): boolean {
  if (to - from >= 2 && (text[from] === "'" || text[from] === '’') && text[from + 1] === 's') from += 2;
  let spaces = 0;
  let hyphens = 0;
  for (let k = from; k < to; k++) {
    const ch = text[k]!;
    if (ch === '-') {
      if (++hyphens > 1) return false;
    } else if (SPACE.test(ch)) spaces++;
    else return false;
  }
  return hyphens === 1 || spaces > 0;
}
const SPACE = /\s/;

/** Whether `text` has a hyphen in `[start, end)`. */
function hyphenIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

function isSentenceInitial(text: string, index: number): boolean {
  const before = text.slice(0, index);
  // A hyphen opening a line or a sentence is a dialogue dash (subtitles: `- Go on in the back.`).
  return /(?:^|[.!?:;]\s+|[\n"“«(—–]\s*)$/u.test(before.slice(-4)) || /^\s*$/.test(before) || /(?:^|\n|[.!?]\s)\s*-\s+$/u.test(before.slice(-6));
}

/** How two spellings relate: `inflection` is a derived form (`Iran`/`Iranian`, `Venezuela`/`Venezuelan`). */
export type NameRelation = 'identical' | 'accent' | 'inflection' | 'spelling' | 'different';

export interface CompareNamesOptions {
  /** Largest edit distance, as a share of the shorter key, still called a spelling variant. @default 0.25 */
  maxDistanceRatio?: number;
  /** Shortest key (characters) that can be a spelling variant or an inflection. @default 4 */
  minLength?: number;
}

export const DEFAULT_COMPARE_NAMES_OPTIONS: Required<CompareNamesOptions> = { maxDistanceRatio: 0.25, minLength: 4 };

const nameKeys = new Map<string, string>();

/** The key names are compared under: transliterated, accent-free, lower case. Remembered per word (a bounded cache). */
export const nameKey = (s: string): string => {
  let key = nameKeys.get(s);
  if (key === undefined) {
    if (nameKeys.size >= 50_000) nameKeys.clear();
    key = asciiFold(foldAccents(s)).replace(/[’']/g, '');
    nameKeys.set(s, key);
  }
  return key;
};

/**
 * Compares two spellings of a name word with `fast-levenshtein` on accent-folded, transliterated keys:
 * `Maduro`/`Maduro` identical, `Rodriguez`/`Rodríguez` accent, `Hossein`/`Hussein` spelling
 * (distance ≤ max(1, ⌊ratio × shorter length⌋)), `Iran`/`Iranian` inflection, else different.
 * Words in different scripts with the same transliteration are identical (`Москва`/`Moskva`).
 */
export function compareNames(a: string, b: string, options: CompareNamesOptions = {}): NameRelation {
  const { maxDistanceRatio, minLength } = withDefaults(DEFAULT_COMPARE_NAMES_OPTIONS, options);
  return relateNames(a, b, maxDistanceRatio, minLength);
}

/** `compareNames` with its options as arguments (no options object per call: the names check compares every pair of name words). */
export function relateNames(a: string, b: string, maxDistanceRatio: number, minLength = DEFAULT_COMPARE_NAMES_OPTIONS.minLength): NameRelation {
  if (a.toLowerCase() === b.toLowerCase()) return 'identical';
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === kb) return foldAccents(a).toLowerCase() === foldAccents(b).toLowerCase() ? 'accent' : 'identical';
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length < minLength) return 'different';
  if (long.startsWith(short) && long.length - short.length <= 3) return 'inflection';
  const distance = levenshtein.get(ka, kb);
  return distance <= Math.max(1, Math.floor(maxDistanceRatio * short.length)) ? 'spelling' : 'different';
}

/** Informal English names of peoples, singular and plural. */
const INFORMAL_DEMONYMS: ReadonlySet<string> = new Set(
  'yankee yankees yank yanks brit brits aussie aussies gringo gringos gringa gringas limey limeys pommie pommies kiwi kiwis'.split(' '),
);

/**
 * A capitalised adjective of nationality or place (`Iranian`, `Venezuelan`, `Chinese`, `Spanish`,
 * `Korean`): a demonym, which translations routinely turn into another construction (`the top Iranian
 * diplomat` → `Kepala diplomat Iran`, or just the minister's name). Hyphenated words are never
 * demonyms (`Amir-Abdollahian`). English suffixes only, six letters or more: -ian, -ean, -ese,
 * -ish, and -dic/-tic (`Nordic`, `Baltic`, `Celtic`, `Arctic`: adjectives a translation inflects or
 * folds into a compound, `norrænu`). `Venezuelan` is not caught here (nothing tells it from `Tehran` without a lexicon), but
 * `compareNames` relates it to `Venezuela` wherever that is near. Informal names of peoples
 * (`Yankee`, `Brit`, `Aussie`, `Gringo`) are demonyms too: a translation renders them with its own
 * slang, often inside a compound (`this little Yankee ass` → `þennan litla óheillakrákukanadjöful`).
 */
export function isDemonym(word: string): boolean {
  return (word.length >= 6 && /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|dic|tic)$/u.test(word)) || INFORMAL_DEMONYMS.has(word.toLowerCase());
}

/** Capitalised titles and offices, which a translation translates (`Foreign Minister` → `Menteri Luar Negeri`). */
const TITLE_WORDS = new Set(
  ('minister ministers president vice prime foreign interior defence defense finance oil energy deputy secretary general ' +
    'chief executive director chairman chairwoman chair mayor governor senator king queen prince princess emperor pope ' +
    'ambassador spokesman spokeswoman spokesperson leader commander council court party national state federal supreme ' +
    'mr mrs ms dr prof sir lord lady').split(' '),
);

/** An English title or office word (`Minister`, `Vice`, `President`): never reported as a missing name on its own. */
export const isTitleWord = (word: string): boolean => TITLE_WORDS.has(word.toLowerCase());
