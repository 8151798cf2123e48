// The additivity promise of an embedder (the lexical one makes it), in its own small module so the
// aligner can test for it without loading the lexical embedder.
import type { EmbedOptions, Embedder } from '../types.js';

/**
 * An embedder whose vectors add up: the vector of several texts joined by spaces is (up to the
 * exceptions documented on {@link createLexicalEmbedder}) the L2-normalised sum of the texts'
 * vectors before normalisation. Consumers may then combine sentence vectors into the vector of a
 * sentence group instead of embedding the group's text (the aligner does, see `src/align/side.ts`).
 * This is an explicit promise of the embedder, never inferred: a neural embedder does not add up.
 */
export interface AdditiveEmbedder extends Embedder {
  /** The promise that vectors add up. */
  readonly additive: true;
  /**
   * The same unit vectors as `embed`, plus each text's norm before normalisation (0 for a blank
   * text): the group of texts a..b has the vector `normalise(Σ norms[k] · vectors[k])`. With `out`
   * (`texts.length · dim` zeros), text k's vector is written at `out[k · dim, (k + 1) · dim)` and
   * `vectors[k]` is a view of it: a caller packing vectors into one array saves a copy per text.
   */
  embedWithNorms(texts: readonly string[], options?: EmbedOptions, out?: Float32Array): Promise<{ vectors: Float32Array[]; norms: Float64Array }>;
}

/** Whether `embedder` promises additive vectors ({@link AdditiveEmbedder}). */
export function isAdditive(embedder: Embedder): embedder is AdditiveEmbedder {
  const e = embedder as Partial<AdditiveEmbedder>;
  return e.additive === true && typeof e.embedWithNorms === 'function';
}
