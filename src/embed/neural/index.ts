// The neural embedder's door.
export { createNeuralEmbedder, type NeuralEmbedder } from './embedder.js';
export { pullModel, DEFAULT_REMOTE_HOST, type PullOptions } from './pull.js';
export {
  ACCURATE_NEURAL_MODEL,
  DEFAULT_BATCH_SIZE,
  DEFAULT_NEURAL_MODEL,
  KNOWN_MODEL_POOLING,
  poolingFor,
  type NeuralOptions,
  type Pooling,
} from './options.js';
export { CACHE_ENV_VAR, defaultCacheDir, isModelAvailable, locateModel, modelsDir, type ModelLocation } from './paths.js';
export { isTransformersLoaded } from './runtime.js';
export type { DownloadProgress } from './runtime.js';
