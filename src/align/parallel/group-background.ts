// The neighbour background of a group of consecutive sentences (the part of a merged bead on one
// side): what the group's margin subtracts from its cosine, as a 1-1 pair's margin subtracts each
// sentence's mean similarity to its k nearest neighbours (`neighbourMeans`, margin.ts).

/**
 * The background of sentences [from, to): the mean of their neighbour similarities `knn`, each
 * weighted by its sentence's norm before normalisation (`norms`, an additive embedder's
 * `side.parts.norms`), so each sentence counts as much as it counts in the group's summed vector.
 * A line with no features (norm 0: a row of dots, an OCR fragment) is similar to nothing, so its
 * neighbour similarity is low; an unweighted mean let it lower the group's background, and merging
 * it into a bead raised the bead's margin. Without norms (an embedder that embeds the group itself),
 * or when every sentence has norm 0, the plain mean.
 */
export function groupBackground(knn: Float64Array, norms: Float64Array | undefined, from: number, to: number): number {
  let sum = 0;
  let plain = 0;
  let weight = 0;
  for (let x = from; x < to; x++) {
    plain += knn[x];
    if (norms) {
      sum += norms[x] * knn[x];
      weight += norms[x];
    }
  }
  return weight > 0 ? sum / weight : plain / (to - from);
}

/**
 * `out[d − 1][e]` = {@link groupBackground} of sentences [e − d, e), for d = 1..maxRun and e ≥ d:
 * the background of every group the cost table reads, computed once.
 */
export function groupBackgrounds(knn: Float64Array, norms: Float64Array | undefined, maxRun: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let d = 1; d <= maxRun; d++) {
    const means = new Float64Array(knn.length + 1);
    for (let e = d; e <= knn.length; e++) means[e] = groupBackground(knn, norms, e - d, e);
    out.push(means);
  }
  return out;
}
