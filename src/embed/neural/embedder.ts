// The neural embedder: transformers.js feature extraction over a model found on disk, pooled per
// model, normalised, batched, cancellable. Creating it is cheap and synchronous (it reads the
// model's config); transformers.js is imported and the model loaded on the first `embed`.
import { basename } from 'node:path';
import { OptionError } from '../../errors.js';
import type { EmbedOptions, Embedder } from '../types.js';
import { configDim, modelFingerprint } from './fingerprint.js';
import { modelLoadError, modelMissingError } from './messages.js';
import { DEFAULT_BATCH_SIZE, DEFAULT_NEURAL_MODEL, type NeuralOptions, type Pooling, poolingFor } from './options.js';
import { type ModelLocation, isModelPath, locateModel } from './paths.js';
import { poolHidden, splitPooled } from './pool.js';
import { type LoadedPipeline, loadLocalPipeline } from './runtime.js';

/** An {@link Embedder} backed by a neural model, with what it was built from. */
export interface NeuralEmbedder extends Embedder {
  /** Where the model was found and which ONNX file is used. */
  readonly location: ModelLocation;
  /** The pooling in use. */
  readonly pooling: Pooling;
  /** Releases the ONNX session; the next `embed` loads it again. */
  dispose(): Promise<void>;
}

/** Loaded pipelines, shared by embedders over the same ONNX file. */
const pipelines = new Map<string, Promise<LoadedPipeline>>();

function loadShared(location: ModelLocation, key: string): Promise<LoadedPipeline> {
  let p = pipelines.get(key);
  if (!p) {
    p = loadLocalPipeline(location.dir, location.quantized).catch((cause: unknown) => {
      pipelines.delete(key);
      if (cause instanceof Error && cause.name === 'ModelUnavailableError') throw cause;
      throw modelLoadError(location.model, location.dir, cause);
    });
    pipelines.set(key, p);
  }
  return p;
}

/** Runs one batch through the model and pools it. */
async function embedBatch(pipe: LoadedPipeline, texts: string[], pooling: Pooling): Promise<Float32Array[]> {
  const inputs = pipe.tokenizer(texts, { padding: true, truncation: true });
  const outputs = await pipe.model(inputs);
  // LaBSE's sentence vector is its pooled [CLS] output; use it when the export has one.
  const pooled = pooling === 'cls' ? (outputs.pooler_output ?? outputs.sentence_embedding) : undefined;
  if (pooled) return splitPooled(pooled.data, pooled.dims);
  const hidden = outputs.last_hidden_state ?? outputs.token_embeddings ?? outputs.logits;
  if (!hidden) throw new Error(`the model returned none of last_hidden_state, token_embeddings, logits`);
  return poolHidden(hidden.data, hidden.dims, inputs.attention_mask.data, pooling);
}

/**
 * Creates a neural embedder over a model already on disk: a directory (`model: './LaBSE'`) or a hub
 * id previously fetched with {@link pullModel}. Nothing is downloaded.
 *
 * @throws ModelUnavailableError when the model is not on disk, saying where it looked and what to do.
 * @example
 * ```ts
 * const embedder = createNeuralEmbedder({ model: 'Xenova/LaBSE' }); // after `bitext-qa model pull Xenova/LaBSE`
 * const vectors = await embedder.embed(['Hello.', 'Halo.'], { onProgress: (done, total) => bar.update(done / total) });
 * ```
 */
export function createNeuralEmbedder(options: NeuralOptions = {}): NeuralEmbedder {
  const model = options.model ?? DEFAULT_NEURAL_MODEL;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new OptionError(`batchSize must be a positive integer, got ${String(options.batchSize)}`);
  }
  const { found: location, looked } = locateModel(model, options);
  if (!location) throw modelMissingError(model, looked);
  const pooling = options.pooling ?? poolingFor(model);
  let dim: number | undefined;
  let fingerprint: string;
  try {
    dim = configDim(location.dir);
    fingerprint = modelFingerprint(location, `${pooling}`);
  } catch (cause) {
    throw modelLoadError(model, location.dir, cause);
  }
  if (dim === undefined) throw modelLoadError(model, location.dir, new Error('config.json does not give hidden_size'));
  const name = isModelPath(model) ? basename(location.dir) : model;
  const key = `${location.onnxFile}#${fingerprint}`;

  return {
    id: `neural:${name}@${fingerprint}`,
    dim,
    location,
    pooling,
    async embed(texts: readonly string[], opts: EmbedOptions = {}): Promise<Float32Array[]> {
      const { signal, onProgress } = opts;
      signal?.throwIfAborted();
      if (texts.length === 0) return [];
      const pipe = await loadShared(location, key);
      const out: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        signal?.throwIfAborted();
        let vectors: Float32Array[];
        try {
          vectors = await embedBatch(pipe, texts.slice(start, start + batchSize), pooling);
        } catch (cause) {
          throw modelLoadError(model, location.dir, cause);
        }
        if (vectors[0]?.length !== dim) {
          throw modelLoadError(model, location.dir, new Error(`vectors have ${vectors[0]?.length} dimensions, config.json says ${dim}`));
        }
        out.push(...vectors);
        onProgress?.(out.length, texts.length);
      }
      return out;
    },
    async dispose(): Promise<void> {
      const p = pipelines.get(key);
      pipelines.delete(key);
      await (await p?.catch(() => undefined))?.dispose();
    },
  };
}
