// `createEmbedder`: one entry point that builds the lexical or the neural embedder, or picks
// between them (`auto`), and puts the neural one behind the disk cache.
import { join } from 'node:path';
import { ModelUnavailableError, OptionError } from '../errors.js';
import { withCache } from './cache/index.js';
import { DEFAULT_LEXICAL_OPTIONS, createLexicalEmbedder } from './lexical/index.js';
import { createNeuralEmbedder } from './neural/embedder.js';
import { DEFAULT_NEURAL_MODEL, type NeuralOptions } from './neural/options.js';
import { defaultCacheDir, isModelAvailable } from './neural/paths.js';
import { loadTransformers } from './neural/runtime.js';
import { type PullOptions, pullModel } from './neural/pull.js';
import type { Embedder } from './types.js';

/** Which embedder to build. `auto`: neural when its model is on disk, else lexical. */
export type EmbedderKind = 'lexical' | 'neural' | 'auto';

/** What ran, as read from an embedder's id: ours, or one the caller brought. */
export type EmbedderFamily = 'lexical' | 'neural' | 'custom';

/** The kind {@link createEmbedder} builds when none is given. */
export const DEFAULT_EMBEDDER_KIND: EmbedderKind = 'auto';

type LexicalOptions = NonNullable<Parameters<typeof createLexicalEmbedder>[0]>;

/** Options of {@link createEmbedder}: the kind, the neural options, the lexical options. */
export interface CreateEmbedderOptions extends NeuralOptions, LexicalOptions {
  /** Which embedder. @default DEFAULT_EMBEDDER_KIND ('auto') */
  kind?: EmbedderKind;
  /**
   * Cache neural vectors on disk in `<cacheDir>/embeddings` (`--no-cache` sets `false`). The lexical
   * embedder is never cached: computing it is faster than reading it back.
   * @default true
   */
  cache?: boolean;
  /**
   * With `kind: 'neural'`, download a missing model into the cache first (needs network access).
   * Off by default: bitext-qa never goes online unless asked.
   * @default false
   */
  allowDownload?: boolean;
  /** Hub to download from when `allowDownload` is on (e.g. a mirror). @default DEFAULT_REMOTE_HOST */
  remoteHost?: string;
  /** Download progress, when `allowDownload` fetches a model. */
  onDownloadProgress?: PullOptions['onProgress'];
}

const KINDS: readonly EmbedderKind[] = ['lexical', 'neural', 'auto'];

function lexicalOptions(options: CreateEmbedderOptions): LexicalOptions {
  const keys = ['preset', ...Object.keys(DEFAULT_LEXICAL_OPTIONS)] as (keyof LexicalOptions)[];
  return Object.fromEntries(keys.filter((k) => options[k] !== undefined).map((k) => [k, options[k]])) as LexicalOptions;
}

async function neural(options: CreateEmbedderOptions): Promise<Embedder> {
  // The optional package first: without it neither a download nor a load can work.
  await loadTransformers();
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const model = options.model ?? DEFAULT_NEURAL_MODEL;
  if (options.allowDownload && !isModelAvailable(model, { cacheDir, quantized: options.quantized })) {
    await pullModel(model, {
      dir: cacheDir,
      quantized: options.quantized,
      remoteHost: options.remoteHost,
      onProgress: options.onDownloadProgress,
    });
  }
  const embedder = createNeuralEmbedder({ ...options, model, cacheDir });
  return withCache(embedder, { dir: join(cacheDir, 'embeddings'), enabled: options.cache ?? true });
}

/**
 * Builds an embedder. `kind: 'auto'` uses the neural model only when it is already on disk (see
 * {@link isModelAvailable}) and the lexical embedder otherwise; {@link embedderKind} of the result,
 * or its `id`, tells which one it is. The lexical embedder takes the lexical options, `preset`
 * included (without one: the defaults, i.e. the `comparable` preset). An embedder built here and
 * passed to `alignSentences` is used as is in every mode; to let the aligner pick the lexical preset
 * per mode (`parallel` for translations), pass no embedder at all.
 *
 * Anywhere an embedder is expected you can also pass your own object with `id`, `dim` and `embed`,
 * for example one that calls a remote embedding API:
 * @example
 * ```ts
 * const remote: Embedder = {
 *   id: 'openai:text-embedding-3-small', // keys the cache: change it when the model changes
 *   dim: 1536,
 *   async embed(texts, { signal, onProgress } = {}) {
 *     const res = await fetch('https://api.openai.com/v1/embeddings', {
 *       method: 'POST', signal,
 *       headers: { authorization: `Bearer ${process.env.OPENAI_API_KEY}`, 'content-type': 'application/json' },
 *       body: JSON.stringify({ model: 'text-embedding-3-small', input: texts }),
 *     });
 *     const { data } = await res.json();
 *     onProgress?.(texts.length, texts.length);
 *     return data.map((d: { embedding: number[] }) => Float32Array.from(d.embedding)); // already unit length
 *   },
 * };
 * const report = await compareArticles(source, target, { embedder: withCache(remote) });
 * ```
 * With `auto`, a model that is on disk but cannot run (the optional `@xenova/transformers` package not
 * installed, a broken export) falls back to the lexical embedder, whose `note` says so.
 * @throws ModelUnavailableError for `kind: 'neural'` when `@xenova/transformers` is not installed, or
 *   the model is not on disk (and
 *   `allowDownload` is off or the download fails); OptionError for an unknown kind or bad option.
 */
export async function createEmbedder(options: CreateEmbedderOptions = {}): Promise<Embedder> {
  const kind = options.kind ?? DEFAULT_EMBEDDER_KIND;
  if (!KINDS.includes(kind)) throw new OptionError(`Unknown embedder kind "${String(kind)}": use one of ${KINDS.join(', ')}.`);
  if (kind === 'lexical') return createLexicalEmbedder(lexicalOptions(options));
  if (kind === 'neural') return neural(options);
  const model = options.model ?? DEFAULT_NEURAL_MODEL;
  if (isModelAvailable(model, { cacheDir: options.cacheDir, quantized: options.quantized })) {
    try {
      return await neural({ ...options, allowDownload: false });
    } catch (error) {
      if (!(error instanceof ModelUnavailableError)) throw error;
      const note = `auto: the model ${model} is on disk but cannot run (${error.message.split(':')[0]}), so the lexical embedder ran.`;
      return { ...createLexicalEmbedder(lexicalOptions(options)), note };
    }
  }
  return createLexicalEmbedder(lexicalOptions(options));
}

/** Which family an embedder belongs to, from its id: `neural:…`, `lexical…`, or anything else. */
export function embedderKind(embedder: Pick<Embedder, 'id'>): EmbedderFamily {
  if (embedder.id.startsWith('neural:')) return 'neural';
  if (/^lexical(?:$|[@:])/.test(embedder.id)) return 'lexical';
  return 'custom';
}
