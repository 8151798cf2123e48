// Word stems per language, applied alike to dictionary entries and to text, so `experiences` meets
// `experience` and `Gipfeln` meets `Gipfel`. Snowball stemmers (from `@orama/stemmers`) where one
// exists; small suffix strippers for the covered languages Snowball lacks (Polish, Czech, Icelandic);
// no stemming for Japanese (its words are looked up whole) or unknown languages.
import { stemmer as ar } from '@orama/stemmers/arabic';
import { stemmer as nl } from '@orama/stemmers/dutch';
import { stemmer as en } from '@orama/stemmers/english';
import { stemmer as fi } from '@orama/stemmers/finnish';
import { stemmer as fr } from '@orama/stemmers/french';
import { stemmer as de } from '@orama/stemmers/german';
import { stemmer as id } from '@orama/stemmers/indonesian';
import { stemmer as it } from '@orama/stemmers/italian';
import { stemmer as pt } from '@orama/stemmers/portuguese';
import { stemmer as ru } from '@orama/stemmers/russian';
import { stemmer as es } from '@orama/stemmers/spanish';
import { stemmer as sv } from '@orama/stemmers/swedish';
import { stemmer as tr } from '@orama/stemmers/turkish';
import { icelandicStem as is } from './stem-is.js';

/** Strips the longest of `suffixes` that leaves at least `keep` characters. */
function suffixStripper(suffixes: readonly string[], keep: number): (word: string) => string {
  const sorted = [...suffixes].sort((a, b) => b.length - a.length);
  return (word) => {
    for (const s of sorted) if (word.length - s.length >= keep && word.endsWith(s)) return word.slice(0, -s.length);
    return word;
  };
}

// Case and number endings of nouns and adjectives, and common verb endings: enough to meet the
// dictionary's base form in most inflections (`ministrów`, `ministrem` → `ministr`).
const pl = suffixStripper(['ami', 'ach', 'om', 'ów', 'ego', 'emu', 'ymi', 'imi', 'ych', 'ich', 'owi', 'iem', 'em', 'ie', 'ia', 'ii', 'ą', 'ę', 'y', 'i', 'a', 'u', 'e', 'o', 'ać', 'ić', 'eć', 'ować', 'ował', 'ała', 'ało', 'ali', 'ują', 'uje'], 3);
const cs = suffixStripper(['ech', 'ami', 'ům', 'ové', 'ého', 'ému', 'ými', 'ých', 'ími', 'ích', 'ovi', 'em', 'ou', 'í', 'é', 'ý', 'á', 'y', 'i', 'a', 'u', 'e', 'o', 'ovat', 'ovala', 'oval', 'at', 'it', 'et'], 3);

const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  ar, nl, en, fi, fr, de, id, it, pt, ru, es, sv, tr, pl, cs, is,
};

/** What each language gets, as documented in `lexicons/README.md`. */
export function stemmerKind(lang: string): 'snowball' | 'suffixes' | 'none' {
  if (lang === 'pl' || lang === 'cs' || lang === 'is') return 'suffixes';
  return Object.hasOwn(STEMMERS, lang) ? 'snowball' : 'none';
}

/** The stemmer of `lang` (lower-cased words in, stems out); the identity for languages without one. */
export function stemmerFor(lang: string): (word: string) => string {
  return Object.hasOwn(STEMMERS, lang) ? STEMMERS[lang] : (w) => w;
}

/**
 * Further endings tried when neither a word nor its stem is in the lexicon: inflections the stemmer
 * leaves (German dative plural `Gipfeln`, Indonesian `-nya`, `-lah`, `-kah`).
 */
export const EXTRA_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  de: ['n', 'en', 'er', 's', 'es'],
  id: ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i'],
  nl: ['en', 's'],
  sv: ['na', 'en', 'er'],
};
