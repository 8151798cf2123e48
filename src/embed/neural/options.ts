// Options of the neural embedder, their defaults, and the pooling each known model needs.
import { basename } from 'node:path';

/** How token vectors become one sentence vector. */
export type Pooling = 'mean' | 'cls';

/**
 * The default model: small (≈120 MB quantized), 50+ languages, mean pooling.
 * For the best cross-lingual accuracy use `Xenova/LaBSE` (≈480 MB quantized, CLS pooling).
 */
export const DEFAULT_NEURAL_MODEL = 'Xenova/paraphrase-multilingual-MiniLM-L12-v2';

/** The accurate choice for sentence alignment (Language-agnostic BERT Sentence Embedding). */
export const ACCURATE_NEURAL_MODEL = 'Xenova/LaBSE';

/** Texts per forward pass. */
export const DEFAULT_BATCH_SIZE = 32;

/**
 * Pooling of known sentence-embedding models, keyed by the model's last path segment in lower case
 * (so `Xenova/LaBSE`, `sentence-transformers/LaBSE` and a local `./models/LaBSE` all match). Models
 * not listed use `mean`.
 */
export const KNOWN_MODEL_POOLING: Readonly<Record<string, Pooling>> = {
  labse: 'cls',
  'bge-m3': 'cls',
  'paraphrase-multilingual-minilm-l12-v2': 'mean',
  'paraphrase-multilingual-mpnet-base-v2': 'mean',
  'distiluse-base-multilingual-cased-v2': 'mean',
  'multilingual-e5-small': 'mean',
  'multilingual-e5-base': 'mean',
  'multilingual-e5-large': 'mean',
};

/** The pooling `model` needs: from {@link KNOWN_MODEL_POOLING}, else `mean`. */
export function poolingFor(model: string): Pooling {
  const key = basename(model.replace(/[\\/]+$/, '')).toLowerCase();
  return KNOWN_MODEL_POOLING[key] ?? 'mean';
}

/** Options of {@link createNeuralEmbedder}. */
export interface NeuralOptions {
  /**
   * A hub id (looked up in `<cacheDir>/models/<id>`) or a local directory holding `config.json`,
   * `tokenizer.json`, `tokenizer_config.json` and `onnx/model_quantized.onnx` (or `onnx/model.onnx`).
   * A string starting with `.`, `/` or `~`, or naming an existing directory with a `config.json`,
   * is a directory. Use `Xenova/LaBSE` for the most accurate alignment.
   * @default DEFAULT_NEURAL_MODEL ('Xenova/paraphrase-multilingual-MiniLM-L12-v2')
   */
  model?: string;
  /**
   * Root of bitext-qa's cache: models live in `<cacheDir>/models`, embeddings in `<cacheDir>/embeddings`.
   * @default $BITEXT_QA_CACHE, else $XDG_CACHE_HOME/bitext-qa, else ~/.cache/bitext-qa
   */
  cacheDir?: string;
  /** Prefer the 8-bit quantized ONNX file (falls back to the other file when only one exists). @default true */
  quantized?: boolean;
  /** Overrides the model's pooling (see {@link KNOWN_MODEL_POOLING}). @default poolingFor(model) */
  pooling?: Pooling;
  /** Texts per forward pass. @default DEFAULT_BATCH_SIZE (32) */
  batchSize?: number;
}
