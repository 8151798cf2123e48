/** Options every embedder accepts. */
export interface EmbedOptions {
  /** Abort the work; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after each batch with the number of texts embedded so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Turns texts into L2-normalised vectors of a fixed dimension. Any object with this shape can be
 * passed where an embedder is expected (for example one that calls a remote embedding API).
 */
export interface Embedder {
  /** Stable identifier, part of the cache key and recorded in the report (e.g. `lexical@1`). */
  readonly id: string;
  /** Length of every vector returned. */
  readonly dim: number;
  /** Why this embedder runs instead of the one asked for (e.g. `auto` falling back to lexical). */
  readonly note?: string;
  embed(texts: readonly string[], options?: EmbedOptions): Promise<Float32Array[]>;
}
