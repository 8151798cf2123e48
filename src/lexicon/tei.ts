// Reads a FreeDict TEI dictionary (`*.tei`): `<entry>` elements with `<orth>` headwords and
// `<cit type="trans"><quote>` translations. The languages come from the file name
// (`eng-ind.tei`) or the `xml:lang` of `<TEI>`/`<body>`/`<text>` when it names two-letter codes.
import { InputError } from '../errors.js';
import { type Dictionary, type DictionaryEntry, splitTerms } from './entries.js';
import { DICTIONARY_FORMATS, readDictionaryText } from './file-text.js';
import { pairFromFileName } from './languages.js';

const decodeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&amp;/g, '&');

const lineAt = (text: string, index: number): number => text.slice(0, index).split('\n').length;

/** Reads a TEI dictionary. Throws `InputError` naming the file and line of an entry without `</entry>` or headword. */
export function readTei(path: string): Dictionary {
  const text = readDictionaryText(path);
  if (!/<TEI[\s>]/.test(text)) throw new InputError(`Dictionary ${path}, line 1: not a TEI file (no <TEI> element); give ${DICTIONARY_FORMATS}.`);
  const entries: DictionaryEntry[] = [];
  const open = /<entry[\s>]/g;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const end = text.indexOf('</entry>', m.index);
    const next = text.indexOf('<entry', m.index + 6);
    if (end < 0 || (next >= 0 && next < end)) throw new InputError(`Dictionary ${path}, line ${lineAt(text, m.index)}: <entry> is not closed by </entry>.`);
    const body = text.slice(m.index, end);
    const heads = [...body.matchAll(/<orth[^>]*>([^<]*)<\/orth>/g)].map((x) => decodeXml(x[1]).trim()).filter(Boolean);
    if (heads.length === 0) throw new InputError(`Dictionary ${path}, line ${lineAt(text, m.index)}: <entry> has no <orth> headword.`);
    const translations: string[] = [];
    for (const cit of body.matchAll(/<cit[^>]*type="trans"[^>]*>([\s\S]*?)<\/cit>/g)) {
      for (const q of cit[1].matchAll(/<quote[^>]*>([^<]*)<\/quote>/g)) translations.push(...splitTerms(decodeXml(q[1])));
    }
    if (translations.length > 0) for (const head of heads) entries.push({ head, translations });
    open.lastIndex = end;
  }
  return { path, languages: pairFromFileName(path.replace(/\.(?:tei|xml)$/i, '')) ?? teiLanguages(text), entries };
}

function teiLanguages(text: string): [string, string] | undefined {
  const langs = [...text.slice(0, 20_000).matchAll(/xml:lang="([a-z]{2,3})(?:-[^"]*)?"/g)].map((m) => m[1]);
  const distinct = [...new Set(langs)];
  return distinct.length >= 2 && distinct[0].length === 2 && distinct[1].length === 2 ? [distinct[0], distinct[1]] : undefined;
}
