// The concept lexicons of one language pair: which shipped files, installed dictionaries and user
// dictionaries apply to each side, and the words → concept ids tables built from them.
//
// Each side gets "maps" (its word forms → concept ids) and "identities" (its own words ARE concept
// ids of the other side's maps: English words for every X→English lexicon, French words for a
// German→French one). A concept found on both sides counts like a shared word.
import { conceptCounts } from './counts.js';
import { readDictionary } from './read.js';
import type { Dictionary } from './entries.js';
import { conceptOf, formKey, isStopConcept } from './normalise.js';
import { type LexiconFile, type ManifestFile, loadShipped, shippedFiles } from './shipped.js';
import { synonymMap } from './synonyms.js';

/** Words → concepts of one source, for one side (concept ids joined by `|`). */
export interface ConceptMap {
  readonly forms: ReadonlyMap<string, string>;
  readonly stems: ReadonlyMap<string, string>;
}

/** What one side of a pair looks words up in. */
export interface SideLexicons {
  readonly lang: string;
  readonly maps: readonly ConceptMap[];
  /**
   * Concept prefix (`''` for English, `fr:` …) → the concept ids this side's words may stand for,
   * each with the number of the other side's forms that map to it.
   */
  readonly identities: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * Maps that take this side's concepts back into its own language, each with the prefix of the
   * concepts it reads: the other side's direct pair files (`fr:sommet` → `de:spitz`), and for
   * English the synonyms of the other side's X→English files (`worri` → `concern`, synonyms.ts).
   */
  readonly back?: readonly { readonly prefix: string; readonly map: ConceptMap }[];
}

/** The lexicons of a pair and the names of what they came from (for the embedder id and the report). */
export interface PairLexicons {
  readonly source: SideLexicons;
  readonly target: SideLexicons;
  /** Shipped files used (`id-en.cc-by-sa.tsv.gz` …). */
  readonly shipped: readonly string[];
  /** Dictionary files read at run time (installed or given by the user). */
  readonly dictionaries: readonly string[];
}

/** A dictionary turned into a concept map for its first language (concepts in its second). */
export function dictionaryMap(dict: Dictionary, from: string, to: string, reversed: boolean): LexiconFile {
  const forms = new Map<string, string[]>();
  const add = (form: string, concept: string): void => {
    const key = formKey(form);
    if (key === '' || !concept || isStopConcept(concept)) return;
    const list = forms.get(key) ?? [];
    if (!list.includes(concept)) list.push(concept);
    forms.set(key, list);
  };
  for (const { head, translations } of dict.entries) {
    if (reversed) {
      const c = conceptOf(head, to);
      for (const t of translations) add(t, c);
    } else for (const t of translations) add(head, conceptOf(t, to));
  }
  const meta: ManifestFile = { file: dict.path, source: dict.path, licence: 'user', lang: from, concepts: to, forms: forms.size, bytes: 0 };
  return { meta, forms: new Map([...forms].map(([f, cs]) => [f, cs.join('|')])), stems: new Map() };
}

const prefixOf = (lang: string): string => (lang === 'en' ? '' : `${lang}:`);

interface Building {
  maps: ConceptMap[];
  back: { prefix: string; map: ConceptMap }[];
  /** Concept prefix → the maps (of the other side) whose concepts this side's words are. */
  identities: Map<string, ConceptMap[]>;
}

function identity(side: Building, lang: string, map: ConceptMap): void {
  const p = prefixOf(lang);
  const maps = side.identities.get(p) ?? [];
  maps.push(map);
  side.identities.set(p, maps);
}

/**
 * Builds the lexicons of the pair `source`–`target` (two-letter codes): shipped files that reach a
 * shared concept space (both X→English, or English and X→English, or a direct pair file), plus
 * `dictionaries` whose languages (from the file name or header; unknown = `source`→`target`) are
 * the pair's, either way round; others are ignored. Returns `undefined` when nothing connects the two languages.
 */
export function pairLexicons(source: string, target: string, dictionaries: readonly Dictionary[] = []): PairLexicons | undefined {
  const sides: [Building, Building] = [{ maps: [], back: [], identities: new Map() }, { maps: [], back: [], identities: new Map() }];
  const langs = [source, target];
  const shipped: string[] = [];
  const files = shippedFiles();
  const toEnglish = (lang: string): ManifestFile[] => files.filter((f) => f.lang === lang && f.concepts === 'en');
  if (source !== target) {
    for (let s = 0; s < 2; s++) {
      const lang = langs[s];
      const other = langs[1 - s];
      // Through English: this side's X→English files, when the other side is English or has its own.
      if (lang !== 'en' && (other === 'en' || toEnglish(other).length > 0)) {
        for (const meta of toEnglish(lang)) {
          const file = loadShipped(meta);
          sides[s].maps.push(file);
          shipped.push(meta.file);
          if (other === 'en') {
            identity(sides[1 - s], 'en', file);
            sides[1 - s].back.push({ prefix: '', map: synonymMap(file) });
          }
        }
      }
      // A direct pair file (de→fr): this side's words map to the other side's words. With English on
      // the other side, that file is this side's X→English one, loaded above.
      for (const meta of files.filter((f) => f.lang === lang && f.concepts === other && other !== 'en')) {
        const file = loadShipped(meta);
        sides[s].maps.push(file);
        identity(sides[1 - s], other, file);
        sides[1 - s].back.push({ prefix: prefixOf(lang), map: file });
        shipped.push(meta.file);
      }
    }
  }
  const used: string[] = [];
  for (const dict of dictionaries) {
    const [a, b] = dict.languages ?? [source, target];
    if (!((a === source && b === target) || (a === target && b === source))) continue; // another pair's dictionary
    // Concepts go into English when one side is English (they meet the shipped lexicons there).
    const reversed = a === 'en';
    const [from, to] = reversed ? [b, a] : [a, b];
    const map = dictionaryMap(dict, from, to, reversed);
    sides[from === source ? 0 : 1].maps.push(map);
    identity(sides[from === source ? 1 : 0], to, map);
    used.push(dict.path);
  }
  if (sides.every((side) => side.maps.length === 0)) return undefined;
  const done = (b: Building, lang: string): SideLexicons => ({ lang, maps: b.maps, back: b.back, identities: new Map([...b.identities].map(([p, maps]) => [p, conceptCounts(maps)])) });
  return { source: done(sides[0], source), target: done(sides[1], target), shipped, dictionaries: used };
}

/** Reads user dictionary files (see {@link readDictionary}). */
export const readDictionaries = (paths: readonly string[]): Dictionary[] => paths.map(readDictionary);
