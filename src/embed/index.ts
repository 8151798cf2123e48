// The embed stage's door: texts → L2-normalised vectors. Nothing here loads transformers.js; the
// neural embedder imports it on its first `embed`.
export type { Embedder, EmbedOptions } from './types.js';
export { createLexicalEmbedder, DEFAULT_LEXICAL_OPTIONS, LEXICAL_PRESETS } from './lexical/index.js';
export type { LexicalOptions, LexicalPreset, LexicalWeights } from './lexical/index.js';
export { createEmbedder, DEFAULT_EMBEDDER_KIND, type CreateEmbedderOptions, type EmbedderKind } from './create.js';
export {
  embedderKind,
  embedderUsed,
  lexicalForMode,
  resolveEmbedder,
  LENGTH_EMBEDDER,
  type EmbedderChoice,
  type EmbedderFamily,
  type EmbedderUsed,
  type ResolvedEmbedder,
  type ResolveEmbedderOptions,
} from './choose.js';
export {
  ACCURATE_NEURAL_MODEL,
  CACHE_ENV_VAR,
  DEFAULT_BATCH_SIZE,
  DEFAULT_NEURAL_MODEL,
  DEFAULT_REMOTE_HOST,
  KNOWN_MODEL_POOLING,
  createNeuralEmbedder,
  defaultCacheDir,
  isModelAvailable,
  isTransformersLoaded,
  locateModel,
  modelsDir,
  poolingFor,
  pullModel,
  type DownloadProgress,
  type ModelLocation,
  type NeuralEmbedder,
  type NeuralOptions,
  type Pooling,
  type PullOptions,
} from './neural/index.js';
export { withCache, defaultEmbeddingCacheDir, type CacheOptions, type CacheStats, type CachedEmbedder } from './cache/index.js';
