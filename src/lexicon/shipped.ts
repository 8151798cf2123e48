// The lexicons shipped in the package (`lexicons/`, built by `scripts/build-lexicons.ts`), found
// beside the code and loaded lazily, one source file at a time, at most once per process.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { LineTable, SpanBuilder } from './table.js';

/** One shipped file, as listed in `lexicons/manifest.json`. */
export interface ManifestFile {
  /** File name inside `lexicons/`. */
  readonly file: string;
  /** The dictionary it was built from (`freedict-eng-ind`). */
  readonly source: string;
  /** SPDX licence of the data. */
  readonly licence: string;
  /** Language of the forms (two-letter code). */
  readonly lang: string;
  /** Language of the concepts: `en`, or the other language of a direct pair (its concepts carry a `fr:` prefix). */
  readonly concepts: string;
  /** Number of forms. */
  readonly forms: number;
  /** Size unpacked, in bytes. */
  readonly bytes: number;
}

/** Forms and stems of one shipped file, each with its concept ids joined by `|` (split when looked up). */
export interface LexiconFile {
  readonly meta: ManifestFile;
  readonly forms: ReadonlyMap<string, string>;
  readonly stems: ReadonlyMap<string, string>;
}

function here(): string {
  // CJS builds have `__filename`; ESM ones `import.meta.url`.
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

let folder: string | null | undefined;

/** The `lexicons/` folder: the first one found walking up from this module (src/lexicon or dist/). */
export function lexiconFolder(): string | undefined {
  if (folder !== undefined) return folder ?? undefined;
  folder = null;
  for (let dir = dirname(here()), k = 0; k < 5; k++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'lexicons', 'manifest.json'))) return (folder = join(dir, 'lexicons'));
  }
  return undefined;
}

/** One table listed under `tables` in `lexicons/manifest.json` (not a lexicon: the Chinese name characters). */
export interface ManifestTable {
  readonly file: string;
  /** What the table holds (`transliteration`). */
  readonly kind: string;
  readonly source: string;
  readonly licence: string;
  /** Size unpacked, in bytes. */
  readonly bytes: number;
}

let manifest: { files: readonly ManifestFile[]; tables: readonly ManifestTable[] } | undefined;

/** `lexicons/manifest.json`, read once (empty lists when the folder is missing). */
function readManifest(): { files: readonly ManifestFile[]; tables: readonly ManifestTable[] } {
  if (manifest) return manifest;
  const dir = lexiconFolder();
  const json = dir ? (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: ManifestFile[]; tables?: ManifestTable[] }) : undefined;
  manifest = { files: json?.files ?? [], tables: json?.tables ?? [] };
  return manifest;
}

/** Every shipped file (empty when the folder is missing). */
export const shippedFiles = (): readonly ManifestFile[] => readManifest().files;

/** The tables the manifest lists (empty without the folder or the key). */
export const shippedTables = (): readonly ManifestTable[] => readManifest().tables;

const loaded = new Map<string, LexiconFile>();

/**
 * The forms and stems of an unpacked file's text: lines `form\tconcepts` and `~stem\tconcepts`
 * (lines without a tab after the first character are skipped; a repeated key keeps its last value).
 */
export function parseLexicon(text: string): { forms: LineTable; stems: LineTable } {
  const forms = new SpanBuilder();
  const stems = new SpanBuilder();
  for (let i = 0; i < text.length; ) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', i);
    if (tab > i && tab < nl) {
      if (text.charCodeAt(i) === 126) stems.add(i + 1, tab, nl);
      else forms.add(i, tab, nl);
    }
    i = nl + 1;
  }
  return { forms: new LineTable(text, forms), stems: new LineTable(text, stems) };
}

/** Reads one shipped file (cached for the process). */
export function loadShipped(meta: ManifestFile): LexiconFile {
  const hit = loaded.get(meta.file);
  if (hit) return hit;
  // One output buffer of the unpacked size given by the manifest (no chunks to join).
  const chunkSize = Math.max(64 * 1024, meta.bytes + 1);
  const text = gunzipSync(readFileSync(join(lexiconFolder()!, meta.file)), { chunkSize }).toString('utf8');
  const file = { meta, ...parseLexicon(text) };
  loaded.set(meta.file, file);
  return file;
}
