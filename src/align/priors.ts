// Priors on cosines for documents too small to measure their own statistics. Parallel mode blends
// them with the measured ones (model.ts); comparable and auto mode use them alone when the matrix
// has too few cells for a background (comparable/scores.ts `priorScores`).

/**
 * Expected cosine of two unrelated sentences when the document is too small to measure it. Unrelated
 * sentences share few hashed features (lexical) or sit near the embedder's mean direction (neural,
 * typically 0.1–0.3); 0.1 is between, and a wrong guess only shifts every margin alike.
 */
export const PRIOR_BACKGROUND = 0.1;
/** Prior margin of a true 1-1 pair over the no-match mean (a translation pair is clearly closer than its neighbours). */
export const PRIOR_GAP = 0.15;
/** Prior spread of cosines around either mean: half the gap, so the means are two deviations apart. */
export const PRIOR_SPREAD = PRIOR_GAP / 2;
/** Cells of evidence the measured statistics need to outweigh the priors (a 10 × 10 document weighs both equally). */
export const PRIOR_CELLS = 100;
