// The null document of comparable mode: the target side as it would look if it told an unrelated
// story in the same words. Each target vector is split into the side's mean (what every target
// sentence shares: the story's names, the language's function words, typical lengths) and its own
// residual; the residuals' dimensions are shuffled (one permutation for the side), so a null
// sentence keeps its share of the document's vocabulary and the side keeps its spread, but no
// sentence-specific likeness to the source survives. Scores against it are what chance gives.
import { permutation, seededRandom } from '../random.js';
import type { VectorSet } from '../vectors.js';

/** Rows `rows` of `set` as null sentences (see the file comment), L2-normalised, for seed `seed`. */
export function nullDocument(set: VectorSet, rows: readonly number[], seed: number): VectorSet {
  const { dim } = set;
  const mean = new Float64Array(dim);
  for (const i of rows) for (let d = 0; d < dim; d++) mean[d] += set.data[i * dim + d];
  for (let d = 0; d < dim; d++) mean[d] /= Math.max(1, rows.length);
  const perm = permutation(dim, seededRandom(seed));
  const data = new Float32Array(rows.length * dim);
  rows.forEach((i, r) => {
    const base = i * dim;
    const out = r * dim;
    let norm = 0;
    for (let d = 0; d < dim; d++) {
      const v = mean[d] + set.data[base + perm[d]] - mean[perm[d]];
      data[out + d] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let d = 0; d < dim; d++) data[out + d] *= inv;
    }
  });
  return { n: rows.length, dim, data };
}
