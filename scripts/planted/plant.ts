// Planting one error into the target of a parallel document whose gold alignment is known.
//
// Every planting site sits in a gold 1-1 bead (one source line translated by one target line), so
// "the right sentence" is unambiguous: the source line and the target line of that bead. Sites are
// found with plain patterns of their own (digits, capitalised words, month and weekday words), not
// with the library's extractors, so that a change to the checks never changes what is planted.
import { MONTHS, WEEKDAYS } from '../../src/text/dates.js';

/** What `eval:planted` plants, one kind at a time. */
export const KINDS = ['number', 'date', 'delete', 'untranslated', 'name', 'url'] as const;
export type PlantKind = (typeof KINDS)[number];

/** One gold bead: line indices of each side (0-based). */
export interface GoldBead { src: number[]; tgt: number[] }

/** A document as `eval:planted` reads it: already-split lines and the gold beads. */
export interface GoldDoc {
  id: string;
  srcLang: string;
  tgtLang: string;
  src: string[];
  tgt: string[];
  gold: GoldBead[];
}

/** Where an error can be planted: the gold 1-1 bead, and for edits the exact span in the target (or source) line. */
export interface Site {
  kind: PlantKind;
  /** Source line and target line of the gold 1-1 bead. */
  srcLine: number;
  tgtLine: number;
  /** The edit: replace `[start, end)` of the line (target, or source for `url`) by `text`. Absent for `delete`/`untranslated`. */
  edit?: { start: number; end: number; text: string };
}

/** A document with one planted error, and where it is, in the lines of the unmodified document. */
export interface Planted {
  site: Site;
  src: string[];
  tgt: string[];
  /** For each line of the planted target, its index in the unmodified target (a deletion shifts the rest). */
  tgtOrig: number[];
  /** What changed, for people: `before → after`. */
  change: string;
}

/** The gold 1-1 beads: [source line, target line]. */
export function oneToOne(doc: GoldDoc): Array<[number, number]> {
  return doc.gold.filter((b) => b.src.length === 1 && b.tgt.length === 1).map((b) => [b.src[0]!, b.tgt[0]!]);
}

const words = (line: string) => line.trim().split(/\s+/).filter(Boolean);
const letters = (line: string) => (line.match(/\p{L}/gu) ?? []).length;
/** A line that says something: at least 4 words and 20 letters (headings and captions are skipped). */
const sentenceLike = (line: string) => words(line).length >= 4 && letters(line) >= 20;

/** Digit groups (`1957`, `3,5`, `1'200`) with their span; the value's digits without separators. */
function digitRuns(line: string): Array<{ start: number; end: number; digits: string }> {
  return [...line.matchAll(/(?<![\p{L}\p{N}])\p{Nd}(?:[\p{Nd}]|[.,'’ ](?=\p{Nd}{3}))*(?![\p{L}\p{N}])/gu)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, digits: m[0].replace(/\D/gu, ''),
  }));
}

/** Changes the last digit of a number (`1957` → `1958`, `9` → `8`): same width, surely a different value. */
export function changeNumber(raw: string): string {
  const i = raw.search(/\d(?!.*\d)/u);
  const d = Number(raw[i]);
  return raw.slice(0, i) + String(d === 9 ? 8 : d + 1) + raw.slice(i + 1);
}

/** Word spans whose lower-cased form is in `table` (name → index), with that index. */
function tableWords(line: string, table: Map<string, number>): Array<{ start: number; end: number; index: number; word: string }> {
  const out = [];
  for (const m of line.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    const index = table.get(m[0].toLowerCase());
    if (index !== undefined) out.push({ start: m.index!, end: m.index! + m[0].length, index, word: m[0] });
  }
  return out;
}

/** Full names of a table (`MONTHS`/`WEEKDAYS` entry), lower-cased, with their index; abbreviations left out. */
function fullNames(entries: readonly string[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  entries?.forEach((e, i) => e.split('|')[0]!.split('/').forEach((w) => out.set(w.toLowerCase(), i)));
  return out;
}

const matchCase = (model: string, word: string) => (model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word);

/** Capitalised words of 4+ letters that do not start the line: likely names. */
function capitalised(line: string): Array<{ start: number; end: number; word: string }> {
  const out = [];
  for (const m of line.matchAll(/(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{3,}(?![\p{L}\p{M}])/gu)) {
    if (line.slice(0, m.index!).trim() === '') continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, word: m[0] });
  }
  return out;
}

/** Misspells a name by one letter inside it (`Finland` → `Finlend`): vowels become another vowel, consonants another consonant. */
export function misspell(word: string, pick: number): string {
  const inner = [...word.slice(1, -1)].map((c, i) => ({ c, i: i + 1 })).filter(({ c }) => /[a-z]/.test(c));
  if (inner.length === 0) return word;
  const { c, i } = inner[pick % inner.length]!;
  const pool = 'aeiou'.includes(c) ? 'aeiou' : 'bcdfgklmnprst';
  const next = pool[(pool.indexOf(c) + 1) % pool.length]!;
  return word.slice(0, i) + next + word.slice(i + 1);
}

/** A URL no document has, unique per line. */
const urlFor = (line: number) => `https://example.org/ref/${line + 1}`;

/** Every place in `doc` where an error of `kind` can be planted. */
export function sites(doc: GoldDoc, kind: PlantKind): Site[] {
  const out: Site[] = [];
  const months = fullNames(MONTHS[doc.tgtLang]);
  const srcMonths = fullNames(MONTHS[doc.srcLang]);
  const days = fullNames(WEEKDAYS[doc.tgtLang]);
  const srcDays = fullNames(WEEKDAYS[doc.srcLang]);
  for (const [s, t] of oneToOne(doc)) {
    const src = doc.src[s] ?? '';
    const tgt = doc.tgt[t] ?? '';
    if (kind === 'delete' && sentenceLike(src)) out.push({ kind, srcLine: s, tgtLine: t });
    else if (kind === 'untranslated' && sentenceLike(src) && src.trim() !== tgt.trim()) out.push({ kind, srcLine: s, tgtLine: t });
    else if (kind === 'number') {
      const srcDigits = new Set(digitRuns(src).map((r) => r.digits));
      for (const r of digitRuns(tgt)) {
        if (srcDigits.has(r.digits)) out.push({ kind, srcLine: s, tgtLine: t, edit: { start: r.start, end: r.end, text: changeNumber(tgt.slice(r.start, r.end)) } });
      }
    } else if (kind === 'date') {
      // A month (or weekday) word on both sides, with the same index: the target's is changed to the next one.
      for (const [table, srcTable, names] of [[months, srcMonths, MONTHS[doc.tgtLang]], [days, srcDays, WEEKDAYS[doc.tgtLang]]] as const) {
        const srcIdx = new Set(tableWords(src, srcTable).map((w) => w.index));
        for (const w of tableWords(tgt, table)) {
          if (!srcIdx.has(w.index) || !names) continue;
          const next = names[(w.index + 1) % names.length]!.split('|')[0]!.split('/')[0]!;
          out.push({ kind, srcLine: s, tgtLine: t, edit: { start: w.start, end: w.end, text: matchCase(w.word, next) } });
        }
      }
    } else if (kind === 'name') {
      const srcWords = new Set(capitalised(src).map((w) => w.word));
      for (const w of capitalised(tgt)) {
        if (srcWords.has(w.word)) out.push({ kind, srcLine: s, tgtLine: t, edit: { start: w.start, end: w.end, text: misspell(w.word, s + t) } });
      }
    } else if (kind === 'url' && sentenceLike(src)) {
      // The data has no URLs: one is inserted into the source line only, as if it had been put in both
      // and then dropped from the target. Before the line's final punctuation, in parentheses.
      const at = src.trimEnd().search(/[.!?:;]*["”»’)]*$/u);
      out.push({ kind, srcLine: s, tgtLine: t, edit: { start: at, end: at, text: ` (${urlFor(s)})` } });
    }
  }
  return out;
}

const splice = (line: string, e: { start: number; end: number; text: string }) => line.slice(0, e.start) + e.text + line.slice(e.end);

/** Applies one site to a copy of `doc`. */
export function plant(doc: GoldDoc, site: Site): Planted {
  const src = doc.src.slice();
  const tgt = doc.tgt.slice();
  const tgtOrig = tgt.map((_, i) => i);
  let change: string;
  if (site.kind === 'delete') {
    change = `deleted “${tgt[site.tgtLine]}”`;
    tgt.splice(site.tgtLine, 1);
    tgtOrig.splice(site.tgtLine, 1);
  } else if (site.kind === 'untranslated') {
    change = `“${tgt[site.tgtLine]}” → its source`;
    tgt[site.tgtLine] = src[site.srcLine]!;
  } else if (site.kind === 'url') {
    const e = site.edit!;
    src[site.srcLine] = splice(src[site.srcLine]!, e);
    change = `source has${e.text}, target not`;
  } else {
    const e = site.edit!;
    const line = tgt[site.tgtLine]!;
    change = `${line.slice(e.start, e.end)} → ${e.text}`;
    tgt[site.tgtLine] = splice(line, e);
  }
  return { site, src, tgt, tgtOrig, change };
}

/** The benchmarks' seeded generator (mulberry32): the same seed plants the same errors. */
export { rng } from '../../bench/util.js';

/** Up to `n` of `items`, drawn without replacement by `random`, in their original order. */
export function sample<T>(items: readonly T[], n: number, random: () => number): T[] {
  const idx = items.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, n).sort((a, b) => a - b).map((i) => items[i]!);
}
