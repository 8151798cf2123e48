// The manifest: JSONL, one pair a line —
//   {"id": "…", "source": "a.txt", "target": "b.txt", "from"?, "to"?, "mode"?, …}
// with file paths relative to the manifest, or the texts inline as "sourceText" / "targetText".
// Whole-manifest problems (a line that is not JSON, a missing, unsafe or repeated id) stop the run
// before any work with one line naming the line number; a pair whose fields are wrong is kept and
// recorded as failed, so the rest of the batch still runs.
import { isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { ALIGN_MODES } from '../align/types.js';
import type { PairInput, PairOptions, PairTask } from './types.js';

/** One usable manifest line, before it becomes a task. */
export interface ManifestEntry {
  id: string;
  /** 1-based line number in the manifest, for messages. */
  line: number;
  source?: PairInput;
  target?: PairInput;
  options: PairOptions;
  /** What is wrong with this pair's fields; the pair is recorded as failed with it. */
  invalid?: string;
}

/** File names a pair's report may not take: the batch's own files in the same folder. */
const RESERVED_IDS = new Set(['index', 'summary']);
/** A file name on every common file system: letters, digits, `.`, `_`, `-`; no leading dot. */
const SAFE_ID = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** Why `id` cannot name a pair's report file, or undefined when it can. */
export function unsafeIdReason(id: string): string | undefined {
  if (!SAFE_ID.test(id)) {
    return id.length > 128
      ? 'is longer than 128 characters'
      : 'must be 1–128 letters, digits, ".", "_" or "-", not starting with "." (it names the report file)';
  }
  if (RESERVED_IDS.has(id.toLowerCase())) return `is taken by the batch's own ${id.toLowerCase()} file`;
  return undefined;
}

const STRING_FIELDS = ['from', 'to', 'model', 'cacheDir'] as const;
const KNOWN = new Set(['id', 'source', 'target', 'sourceText', 'targetText', 'mode', 'embedder', 'cache', 'skipChecks', ...STRING_FIELDS]);
const MODES: readonly string[] = ALIGN_MODES;
const EMBEDDERS = ['auto', 'lexical', 'neural'];

/** One side: `source` (a file, relative to `baseDir`) or `sourceText` (inline), exactly one of them. */
function side(record: Record<string, unknown>, name: 'source' | 'target', baseDir: string): PairInput | string {
  const file = record[name];
  const text = record[`${name}Text`];
  if (file !== undefined && text !== undefined) return `give "${name}" or "${name}Text", not both`;
  if (typeof text === 'string') return { text };
  if (text !== undefined) return `"${name}Text" must be a string`;
  if (typeof file !== 'string' || file === '') return `"${name}" (a file) or "${name}Text" (the text) is missing`;
  return { file: isAbsolute(file) ? file : resolve(baseDir, file) };
}

/** The pair's options, or what is wrong with them. */
function pairOptions(record: Record<string, unknown>): PairOptions | string {
  const unknown = Object.keys(record).filter((k) => !KNOWN.has(k));
  if (unknown.length) return `unknown field ${unknown.map((k) => `"${k}"`).join(', ')}; known fields: ${[...KNOWN].join(', ')}`;
  const options: PairOptions = {};
  for (const key of STRING_FIELDS) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return `"${key}" must be a string`;
    options[key] = value;
  }
  if (record.mode !== undefined) {
    if (!MODES.includes(record.mode as string)) return `"mode" must be one of ${MODES.join(', ')}`;
    options.mode = record.mode as PairOptions['mode'];
  }
  if (record.embedder !== undefined) {
    if (!EMBEDDERS.includes(record.embedder as string)) return `"embedder" must be one of ${EMBEDDERS.join(', ')}`;
    options.embedder = record.embedder as PairOptions['embedder'];
  }
  if (record.cache !== undefined) {
    if (typeof record.cache !== 'boolean') return '"cache" must be true or false';
    options.cache = record.cache;
  }
  if (record.skipChecks !== undefined) {
    if (!Array.isArray(record.skipChecks) || !record.skipChecks.every((c) => typeof c === 'string')) return '"skipChecks" must be a list of finding codes';
    options.skipChecks = record.skipChecks as string[];
  }
  return options;
}

/**
 * Parses a JSONL manifest. `name` is how messages call it (a path, or `standard input`); relative
 * file paths are resolved against `baseDir` (the manifest's folder). Blank lines are skipped.
 */
export function parseManifest(text: string, name: string, baseDir: string): ManifestEntry[] {
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const where = `${name}, line ${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${where} is not valid JSON (${(error as Error).message}). Each line must be one JSON object: {"id": "…", "source": "a.txt", "target": "b.txt"}.`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new InputError(`${where} is not a JSON object. Each line must be {"id": "…", "source": "a.txt", "target": "b.txt"}.`);
    }
    const fields = record as Record<string, unknown>;
    const id = fields.id;
    if (typeof id !== 'string') throw new InputError(`${where}: "id" is ${id === undefined ? 'missing' : 'not a string'}. Every pair needs a unique string id.`);
    const unsafe = unsafeIdReason(id);
    if (unsafe) throw new InputError(`${where}: id ${JSON.stringify(id)} ${unsafe}.`);
    const key = id.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      const again = entries.find((e) => e.line === first)!.id;
      throw new InputError(
        `${where}: id ${JSON.stringify(id)} ${again === id ? 'is already used' : `differs only in case from ${JSON.stringify(again)}`} on line ${first}. Ids must be unique (their reports share one folder).`,
      );
    }
    seen.set(key, i + 1);
    const source = side(fields, 'source', baseDir);
    const target = side(fields, 'target', baseDir);
    const options = pairOptions(fields);
    const invalid = [source, target, options].find((x): x is string => typeof x === 'string');
    entries.push({
      id, line: i + 1, options: typeof options === 'string' ? {} : options,
      ...(typeof source === 'string' ? {} : { source }),
      ...(typeof target === 'string' ? {} : { target }),
      ...(invalid ? { invalid: `${where}: ${invalid}.` } : {}),
    });
  }
  return entries;
}

/** The task a worker runs for an entry: defaults first, the line's own options win. */
export function entryTask(entry: ManifestEntry, defaults: PairOptions): PairTask {
  return {
    id: entry.id,
    source: entry.source ?? { text: '' },
    target: entry.target ?? { text: '' },
    options: { ...defaults, ...entry.options },
    ...(entry.invalid ? { invalid: entry.invalid } : {}),
  };
}
