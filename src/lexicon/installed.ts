// Dictionaries installed on the machine for a language pair: dictd files in /usr/share/dictd and in
// the folders of `$DICTD_PATH` (colon-separated) whose name is `…-<xxx>-<yyy>.index` for the pair, in
// either direction. Those the shipped lexicons were built from are skipped (already in), and so are
// very large ones (reading them would take seconds on every run).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dictFileOf } from './dictd.js';
import { ISO3 } from './languages.js';
import { shippedFiles } from './shipped.js';

/** Largest `.dict(.dz)` file used without being asked for (Ding's German–English is 16 MB). */
export const MAX_INSTALLED_BYTES = 8_000_000;

/** The folders searched: `$DICTD_PATH`'s, then /usr/share/dictd. */
export function dictdFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...(env.DICTD_PATH ?? '').split(':').filter(Boolean), '/usr/share/dictd'];
}

/** `.index` files of installed dictionaries for the pair (see the module comment). */
export function installedDictionaries(source: string, target: string, folders: readonly string[] = dictdFolders()): string[] {
  const a = ISO3[source];
  const b = ISO3[target];
  if (!a || !b || a === b) return [];
  const shipped = new Set(shippedFiles().flatMap((f) => f.source.split(' + ')));
  const out: string[] = [];
  for (const dir of folders) {
    if (!existsSync(dir)) continue;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const m = /^(.*)-([a-z]{3})-([a-z]{3})\.index$/.exec(name);
      if (!m || !((m[2] === a && m[3] === b) || (m[2] === b && m[3] === a))) continue;
      if (shipped.has(name.slice(0, -'.index'.length))) continue;
      const index = join(dir, name);
      const dict = dictFileOf(index);
      if (dict && statSync(dict).size <= MAX_INSTALLED_BYTES && !out.includes(index)) out.push(index);
    }
  }
  return out;
}
