// The shared gold alignment data (../shared/eval/align, layout in its README) as the eval scripts read it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One document of a set's `index.json`. */
export interface DocEntry { id: string; src: string; tgt: string; gold_json: string; src_verse?: string; tgt_verse?: string }
/** A set's `index.json`. */
export interface SetIndex { set: string; src_lang: string; tgt_lang: string; docs: DocEntry[] }

/** The default folder of the gold alignments, beside the project. */
export const GOLD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/eval/align');

/** `dir` when it exists; otherwise says so for `script` and ends the process cleanly (the data is external). */
export function goldDirOrExit(script: string, dir = GOLD_DIR): string {
  if (existsSync(dir)) return dir;
  console.log(`${script}: no gold data at ${dir}; nothing to score.`);
  process.exit(0);
}

/** The lines of an already-split file: BOM dropped, no empty last line for a final newline. */
export function readLines(file: string): string[] {
  const out = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
  if (out.at(-1) === '') out.pop();
  return out;
}
