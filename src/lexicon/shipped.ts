// The lexicons shipped in the package (`lexicons/`, built by `scripts/build-lexicons.ts`), found
// beside the code and loaded lazily, one source file at a time, at most once per process.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

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
  readonly forms: Map<string, string>;
  readonly stems: Map<string, string>;
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

let manifest: readonly ManifestFile[] | undefined;

/** Every shipped file (empty when the folder is missing). */
export function shippedFiles(): readonly ManifestFile[] {
  if (manifest) return manifest;
  const dir = lexiconFolder();
  manifest = dir ? (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }).files : [];
  return manifest;
}

const loaded = new Map<string, LexiconFile>();

/** Reads one shipped file (cached for the process). */
export function loadShipped(meta: ManifestFile): LexiconFile {
  const hit = loaded.get(meta.file);
  if (hit) return hit;
  const text = gunzipSync(readFileSync(join(lexiconFolder()!, meta.file))).toString('utf8');
  const forms = new Map<string, string>();
  const stems = new Map<string, string>();
  for (let i = 0; i < text.length; ) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const tab = text.indexOf('\t', i);
    if (tab > i && tab < nl) {
      if (text.charCodeAt(i) === 126) stems.set(text.slice(i + 1, tab), text.slice(tab + 1, nl));
      else forms.set(text.slice(i, tab), text.slice(tab + 1, nl));
    }
    i = nl + 1;
  }
  const file = { meta, forms, stems };
  loaded.set(meta.file, file);
  return file;
}
