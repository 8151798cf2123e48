// The shipped table of characters Chinese writes foreign names with, and their toneless pinyin
// (`lexicons/zh-translit.cc-by-sa.tsv.gz`, listed under `tables` in the manifest; built from
// CC-CEDICT's name entries by scripts/build-transliteration.ts). Lines are `syllable<TAB>characters`.
// Loaded lazily, once per process; without the file every lookup finds nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { lexiconFolder, shippedTables } from './shipped.js';

/** Each character's readings (toneless pinyin syllables). */
export type CharacterReadings = ReadonlyMap<string, readonly string[]>;

/** The readings of a table's text (lines `syllable<TAB>characters`; other lines are skipped). */
export function parseTransliterationTable(text: string): CharacterReadings {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const [syllable, chars] = line.split('\t');
    if (!syllable || !chars) continue;
    for (const c of chars) out.set(c, [...(out.get(c) ?? []), syllable]);
  }
  return out;
}

let table: CharacterReadings | undefined;

/** The shipped table's readings (empty when the file is missing). */
export function transliterationReadings(): CharacterReadings {
  if (table) return table;
  const file = shippedTables().find((t) => t.kind === 'transliteration')?.file;
  table = file && existsSync(join(lexiconFolder()!, file)) ? parseTransliterationTable(gunzipSync(readFileSync(join(lexiconFolder()!, file))).toString('utf8')) : new Map();
  return table;
}
