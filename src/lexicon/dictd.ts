// Reads a dictd dictionary (`name.index` + `name.dict` or `name.dict.dz`), the format FreeDict and
// WikDict dictionaries install in `/usr/share/dictd`. The index has one line per headword: the word,
// then the base64 offset and length of its entry in the `.dict` file (dictzip is gzip, so the whole
// file gunzips at once). An entry is a headword line (word, `/IPA/`, `<pos>`), then translation lines;
// WikDict entries follow each translation line with a gloss line, which is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { type Dictionary, type DictionaryEntry, splitTerms } from './entries.js';
import { readDictionaryText } from './file-text.js';
import { pairFromFileName } from './languages.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decode64(s: string): number {
  let n = 0;
  for (const ch of s) {
    const d = B64.indexOf(ch);
    if (d < 0) return -1;
    n = n * 64 + d;
  }
  return s.length > 0 ? n : -1;
}

/** The `.dict` or `.dict.dz` file beside an `.index` file, or `undefined`. */
export function dictFileOf(indexPath: string): string | undefined {
  const base = indexPath.replace(/\.index$/, '');
  return [`${base}.dict.dz`, `${base}.dict`].find((p) => existsSync(p));
}

/** Lines of an entry that are notes rather than translations (Ding's indented notes, examples, cross references). */
const NOTE = /^(?:Synonyms?:|see:|Note:|"|\(|Example|Usage)/;

/** Translations of one entry's text (its first line is the headword line). */
export function entryTranslations(text: string, wikdict: boolean): string[] {
  const lines = text.split('\n').slice(1);
  const out: string[] = [];
  let previousWasTranslation = false;
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || NOTE.test(t)) {
      previousWasTranslation = false;
      continue;
    }
    const numbered = /^(?:[IVX]+\.\s+)?(?:<[^>]*>\s*)?\d+\.\s/.test(t);
    // WikDict: the first line and every numbered line are translations, each followed by a gloss.
    if (wikdict && !numbered && previousWasTranslation) {
      previousWasTranslation = false;
      continue;
    }
    if (wikdict && !numbered && out.length > 0 && !previousWasTranslation) continue;
    out.push(...splitTerms(t));
    previousWasTranslation = true;
  }
  return out;
}

/**
 * Reads a dictd dictionary from its `.index` path. Throws `InputError` naming the file and line when
 * an index line is not `word<TAB>offset<TAB>length` or points outside the `.dict` file.
 */
export function readDictd(indexPath: string): Dictionary {
  const dictPath = dictFileOf(indexPath);
  if (!dictPath) throw new InputError(`Dictionary ${indexPath}: no .dict or .dict.dz file beside it; a dictd dictionary is a pair of files.`);
  let data: Buffer;
  try {
    const raw = readFileSync(dictPath);
    data = dictPath.endsWith('.dz') ? gunzipSync(raw) : raw;
  } catch (error) {
    throw new InputError(`Dictionary ${dictPath}: cannot read it (${(error as Error).message}).`);
  }
  const index = readDictionaryText(indexPath).split('\n');
  const byOffset = new Map<number, { heads: string[]; length: number }>();
  let wikdict = false;
  index.forEach((line, i) => {
    if (line === '') return;
    const f = line.split('\t');
    const offset = f.length === 3 ? decode64(f[1]) : -1;
    const length = f.length === 3 ? decode64(f[2]) : -1;
    if (offset < 0 || length < 0 || offset + length > data.length) {
      throw new InputError(`Dictionary ${indexPath}, line ${i + 1}: expected "word<TAB>offset<TAB>length" (base64) inside the .dict file; is this a dictd index?`);
    }
    if (/^00-?database/.test(f[0])) {
      if (/wikdict/i.test(data.toString('utf8', offset, offset + length))) wikdict = true;
      return;
    }
    const e = byOffset.get(offset);
    if (e) e.heads.push(f[0]);
    else byOffset.set(offset, { heads: [f[0]], length });
  });
  const entries: DictionaryEntry[] = [];
  for (const [offset, { heads, length }] of byOffset) {
    const translations = entryTranslations(data.toString('utf8', offset, offset + length), wikdict);
    if (translations.length === 0) continue;
    for (const head of heads) entries.push({ head, translations });
  }
  return { path: indexPath, languages: pairFromFileName(indexPath.replace(/\.index$/, '')), entries };
}
