// `withCache(embedder)`: an Embedder that answers from disk what it has seen before and embeds
// only the rest. Results are the same with or without the cache; a cache that cannot be read is
// empty and one that cannot be written is skipped, silently.
import { join } from 'node:path';
import { OptionError } from '../../errors.js';
import { defaultCacheDir } from '../neural/paths.js';
import type { EmbedOptions, Embedder } from '../types.js';
import { textKey } from './format.js';
import { embedderDir, ensureDir, readShard, shardName, writeShard } from './store.js';

/** Options of {@link withCache}. */
export interface CacheOptions {
  /** Folder of the embedding cache. @default `<defaultCacheDir()>/embeddings` */
  dir?: string;
  /** Set to `false` to return the embedder unwrapped (e.g. `--no-cache`). @default true */
  enabled?: boolean;
}

/** What a cached embedder did so far (for a "cache: 812 hits, 40 embedded" line). */
export interface CacheStats {
  /** Texts answered from the cache. */
  hits: number;
  /** Texts passed to the wrapped embedder. */
  misses: number;
  /** False when the cache is switched off (`enabled: false`): every call goes to the wrapped embedder. */
  enabled: boolean;
  /** False once the cache folder turned out to be unwritable: nothing more is written this run. */
  writable: boolean;
}

/** An embedder wrapped by {@link withCache}: same `id`, `dim` and vectors, plus `stats`. */
export interface CachedEmbedder extends Embedder {
  readonly inner: Embedder;
  readonly stats: Readonly<CacheStats>;
}

/** The default folder of the embedding cache. */
export const defaultEmbeddingCacheDir = (): string => join(defaultCacheDir(), 'embeddings');

/**
 * Wraps `embedder` with an on-disk cache keyed by its `id` (which for neural embedders includes a
 * hash of the model files) and the sha256 of each text, so a second run over the same texts embeds
 * nothing. `enabled: false` (`--no-cache`) passes every call through.
 * @example
 * ```ts
 * const embedder = withCache(createNeuralEmbedder({ model: 'Xenova/LaBSE' }), { dir: '.cache/embeddings' });
 * ```
 */
export function withCache(embedder: Embedder, options: CacheOptions = {}): CachedEmbedder {
  const { id, dim } = embedder;
  if (options.enabled === false) {
    const stats: CacheStats = { hits: 0, misses: 0, enabled: false, writable: false };
    return {
      id,
      dim,
      inner: embedder,
      stats,
      embed: (texts, opts) => ((stats.misses += texts.length), embedder.embed(texts, opts)),
    };
  }
  if (!id) throw new OptionError('withCache needs an embedder with a non-empty `id` (it keys the cache)');
  const dir = embedderDir(options.dir ?? defaultEmbeddingCacheDir(), id);
  const stats: CacheStats = { hits: 0, misses: 0, enabled: true, writable: true };

  async function embed(texts: readonly string[], opts: EmbedOptions = {}): Promise<Float32Array[]> {
    opts.signal?.throwIfAborted();
    const keys = texts.map(textKey);
    const found = new Map<string, Float32Array>();
    const shards = new Map<string, Map<string, Float32Array>>();
    for (const key of keys) {
      const name = shardName(key);
      if (!shards.has(name)) shards.set(name, readShard(join(dir, name), id, dim));
      const hit = shards.get(name)?.get(key);
      if (hit) found.set(key, hit);
    }
    // Embed each missing text once, even if it appears several times.
    const todo = new Map<string, string>();
    keys.forEach((key, i) => found.has(key) || todo.has(key) || todo.set(key, texts[i]));
    const hits = keys.filter((key) => found.has(key)).length;
    stats.hits += hits;
    stats.misses += todo.size;
    const total = texts.length;
    let reported = 0;
    const report = (done: number) => {
      if (!opts.onProgress || done <= reported) return;
      reported = done;
      opts.onProgress(done, total);
    };
    if (todo.size > 0) {
      report(hits);
      const vectors = await embedder.embed([...todo.values()], {
        signal: opts.signal,
        // Progress counts every text of the call: hits are done at once, the rest as they embed.
        onProgress: (done, n) => report(hits + Math.round((done / n) * (total - hits))),
      });
      const fresh = new Map<string, Float32Array>();
      [...todo.keys()].forEach((key, i) => fresh.set(key, vectors[i]));
      for (const [key, v] of fresh) found.set(key, v);
      store(fresh);
    }
    report(total);
    return keys.map((key) => found.get(key) as Float32Array);
  }

  function store(fresh: Map<string, Float32Array>): void {
    if (!stats.writable) return;
    if ([...fresh.values()].some((v) => v?.length !== dim)) return; // never cache a wrong-sized vector
    if (!ensureDir(dir)) return void (stats.writable = false);
    const byShard = new Map<string, Map<string, Float32Array>>();
    for (const [key, v] of fresh) {
      const name = shardName(key);
      if (!byShard.has(name)) byShard.set(name, new Map());
      byShard.get(name)?.set(key, v);
    }
    try {
      for (const [name, records] of byShard) writeShard(join(dir, name), id, dim, records);
    } catch {
      stats.writable = false;
    }
  }

  return { id, dim, inner: embedder, stats, embed };
}
