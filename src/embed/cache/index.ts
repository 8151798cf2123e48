// The embedding cache's door.
export { withCache, defaultEmbeddingCacheDir, type CacheOptions, type CacheStats, type CachedEmbedder } from './with-cache.js';
export { SHARD_COUNT } from './store.js';
