// Any object with `id`, `dim` and `embed()` is an embedder: here a stand-in for a remote embedding API.
// `npx tsx examples/custom-embedder.ts`
import { compareArticles, createLexicalEmbedder, type Embedder } from '../src/index.js';

/** Wraps an HTTP embedding service. This demo computes vectors locally instead of calling out. */
function remoteEmbedder(endpoint: string): Embedder {
  const local = createLexicalEmbedder(); // stands in for the service in this offline demo
  return {
    id: `remote:${endpoint}`, // part of the cache key: change it when the service's model changes
    dim: local.dim,
    async embed(texts, options) {
      // A real one would do:
      //   const res = await fetch(endpoint, { method: 'POST', body: JSON.stringify({ texts }), signal: options?.signal });
      //   return (await res.json()).vectors.map((v: number[]) => Float32Array.from(v));  // L2-normalised
      return local.embed(texts, options);
    },
  };
}

const report = await compareArticles('The summit ends on 12 May in Lisbon.', 'A cimeira termina a 12 de maio em Lisboa.', {
  embedder: remoteEmbedder('https://embeddings.example.com/v1'),
  from: 'en',
  to: 'pt',
});
console.log(report.embedder, report.beads);
