// Ways of writing one name that are not misspellings, for the names check:
// - the same letters once initials, hyphens and German umlaut spellings are set aside
//   (`E.Schneider`/`Schneider`, `Touristenzeitung`/`Touristen-Zeitung`, `Österr`/`Oesterr`);
// - a name the pair's dictionaries translate (`Alpen`/`Alpes`, `Ozean`/`Océan`: an exonym), or a
//   generic word of a place name written in another language (`Mount Everest`/`Mont Everest`);
// - two usual transliterations of one foreign name (`Tensing`/`Tenzing`, `Pobeda`/`Pobjeda`): still a
//   `name-spelling` finding, but `info` (the reviewer may want one spelling; nothing was mistyped);
// - a change of ending the document makes to several names (Icelandic `Eyjafjallajökull` →
//   `Eyjafjallajökli`, `Mýrdalsjökull` → `Mýrdalsjökli`: a case ending, not a slip). A misspelling
//   changes one letter of one name; the same change at the end of two different names is grammar.
// And a name missing from every pair it occurs in (`Presidium` → `Forsætisnefnd` four times) is
// the translation's rendering of it; a one-off gap is a slip a reviewer should see.
import levenshtein from 'fast-levenshtein';
import { pairConcepts } from '../embed/lexical/concepts.js';
import type { Finding } from './types.js';

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** `name` without leading initials (`E.`, `A.J.M.`), hyphens and case, umlauts spelled out. */
export function plainForm(name: string): string {
  return name
    .replace(/^(?:\p{Lu}\.\s?)+(?=\p{L}{3})/u, '')
    .toLowerCase()
    .replace(/[-‐]/gu, '')
    .replace(/[äöüß]/gu, (c) => UMLAUTS[c]!);
}

/**
 * Generic words of place names, by meaning, in the languages a text quotes them in (a German text says
 * `Mount Everest`, its French translation `Mont Everest`): words of one group translate each other.
 */
const GENERIC_PLACE_WORDS: readonly (readonly string[])[] = [
  ['mount', 'mt', 'mont', 'monte', 'monts', 'montes', 'mountains', 'monti'],
  ['saint', 'st', 'sankt', 'san', 'santa', 'santo', 'sainte', 'sao', 'são'],
  ['cape', 'cap', 'capo', 'cabo', 'kap'],
  ['lake', 'lac', 'lago', 'loch'],
  ['port', 'porto', 'puerto'],
];
const GENERIC_GROUP = new Map(GENERIC_PLACE_WORDS.flatMap((group, k) => group.map((w) => [w, k] as const)));

/** Whether `a` and `b` are the same generic word of a place name in two languages (`Mount`/`Mont`). */
export function sameGenericWord(a: string, b: string): boolean {
  const ga = GENERIC_GROUP.get(a.toLowerCase());
  return ga !== undefined && ga === GENERIC_GROUP.get(b.toLowerCase());
}

/**
 * `name` with the letters that transliterations of one foreign name differ in made the same
 * (lower case, umlauts spelled out): German `sch` and French `ch` as English `sh` (`Tien-Schan`/`Tian
 * Chan`), `z`, `tz` and `ts` as `s` (`Tensing`/`Tenzing`, `Beletzky`/`Beletski`), `y` as `i`, and a `j`
 * between a consonant and a vowel dropped (`Pobjeda`/`Pobeda`).
 */
export function transliterationKey(name: string): string {
  return plainForm(name)
    .replace(/s?ch/gu, 'sh')
    .replace(/t[sz]|z/gu, 's')
    .replace(/y/gu, 'i')
    .replace(/(?<=[b-df-hk-np-tv-xz])j(?=[aeiou])/gu, '');
}

/**
 * `transliterationKey` with accents dropped rather than spelled out (`ö` as `o`) and the affricates
 * that romanisations write `dz`, `dsch`, `dj` or `j` made one letter (`Kangchendzönga`/`Kangchenjunga`).
 */
export function transliterationSkeleton(name: string): string {
  const bare = plainForm(name.normalize('NFD').replace(/\p{M}/gu, ''));
  return transliterationKey(bare.replace(/ds?ch|dzh|dz|dj/gu, 'j'));
}

const VOWEL = /^[aeiou]$/u;

/** Whether `a` and `b` have one length and differ in one letter, a vowel for a vowel. */
function oneVowelApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  return diff >= 0 && VOWEL.test(a[diff]!) && VOWEL.test(b[diff]!);
}

/**
 * Whether `a` and `b` are two usual transliterations of one foreign name: the same `transliterationKey`
 * (`Tensing`/`Tenzing`), or written apart in two places or more that the romanisations differ in,
 * leaving one vowel between their `transliterationSkeleton`s (`Kangchendzönga`/`Kangchenjunga`: `dzö`
 * for `ju`). A slip changes one letter, so a one-letter difference is never excused here. A different
 * choice of the translation's language or edition, which the names check reports as `info`.
 */
export function transliterated(a: string, b: string): boolean {
  if (transliterationKey(a) === transliterationKey(b)) return true;
  const sa = transliterationSkeleton(a);
  const sb = transliterationSkeleton(b);
  return (sa === sb || oneVowelApart(sa, sb)) && levenshtein.get(plainForm(a), plainForm(b)) >= 2;
}

/** Whether the two spellings are one name written two ways (see the module comment), not a variant. */
export function sameForm(a: string, b: string): boolean {
  return plainForm(a) === plainForm(b) || sameGenericWord(a, b);
}

/** Whether the dictionaries of `languages` (source first) translate source word `a` by target word `b`. */
export function translates(a: string, b: string, languages: readonly [string, string]): boolean {
  const pair = pairConcepts(languages, []);
  if (!pair) return false;
  const want = pair.source.wordConcepts(a);
  if (want.size === 0) return false;
  for (const h of pair.target.wordConcepts(b)) if (want.has(h)) return true;
  return false;
}

/** The ending change from `a` to `b` (`ull→li`) when they differ in their last three letters at most. */
function endingChange(a: string, b: string): string | undefined {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  if (p < 4 || p < Math.max(x.length, y.length) - 3) return undefined;
  return `${x.slice(p)}→${y.slice(p)}`;
}

/**
 * `spellings` (`name-spelling` findings) without those whose ending change the document also makes
 * to another name (see the module comment).
 */
export function withoutInflections(spellings: readonly Finding[]): Finding[] {
  const names = new Map<string, Set<string>>();
  const change = (f: Finding) => endingChange(f.expected ?? '', f.actual ?? '');
  for (const f of spellings) {
    const c = change(f);
    if (c) names.set(c, (names.get(c) ?? new Set()).add((f.expected ?? '').toLowerCase()));
  }
  return spellings.filter((f) => {
    const c = change(f);
    return !c || (names.get(c)?.size ?? 0) < 2;
  });
}

/**
 * `name-missing` findings with those turned into `info` whose name is missing from every one of the
 * (at least two) pairs it occurs in: `occurrences` counts, per lower-cased name, the pairs that hold it.
 */
export function consistentlyTranslated(missing: readonly Finding[], occurrences: ReadonlyMap<string, number>): Finding[] {
  const misses = new Map<string, number>();
  for (const f of missing) {
    const k = (f.expected ?? '').toLowerCase();
    misses.set(k, (misses.get(k) ?? 0) + 1);
  }
  return missing.map((f) => {
    const k = (f.expected ?? '').toLowerCase();
    const n = occurrences.get(k) ?? 0;
    return n >= 2 && (misses.get(k) ?? 0) >= n ? { ...f, severity: 'info' } : f;
  });
}

/**
 * `spellings` (`name-spelling` findings, in document order) with every repeat of the same variant
 * (`Mustagh` written `Muztagh` again) turned into `info`: the first one is the decision a reviewer
 * makes for all of them (one finding to act on, as a passage is for its sentences).
 */
export function repeatsAsInfo(spellings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return spellings.map((f) => {
    const key = `${(f.expected ?? '').toLowerCase()}|${(f.actual ?? '').toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      return f;
    }
    return { ...f, severity: 'info' };
  });
}
