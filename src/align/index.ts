// The align stage: `alignSentences` and the pieces it is built from.
import { embedderKind, embedderUsed, lexicalForMode, LENGTH_EMBEDDER } from '../embed/choose.js';
import type { Embedder } from '../embed/types.js';
import { OptionError } from '../errors.js';
import type { Sentence } from '../segment/types.js';
import { beadTypes, maxGroup } from './parallel/beadTypes.js';
import { resolveAlignOptions, type AlignOptions } from './options.js';
import { alignParallel } from './parallel/index.js';
import { alignWithLexicon } from './parallel/lexicon.js';
import { copyVectors, describeSide, embedSides, type AlignSide } from './side.js';
import type { AlignMode, AlignStats, Alignment } from './types.js';
import { alignComparable, type ComparableOptions } from './comparable/index.js';
import { comparableFits, comparableTooLarge, DEFAULT_COMPARABLE_OPTIONS } from './comparable/options.js';
import { decideMode } from './auto.js';

/** Comparable mode and auto's decision read single-sentence vectors only. */
const SENTENCES_ONLY = { src: 1, tgt: 1 } as const;

/** Largest copy of the sentence vectors `alignWithVectors` keeps (256 MiB: about 32,000 sentences at 2,048 dimensions). */
const MAX_KEPT_COPY_BYTES = 2 ** 28;

/** Bytes of a side's sentence vectors. */
const vectorBytes = (side: AlignSide): number => side.overlaps?.[0]?.data.byteLength ?? 0;

/**
 * Aligns source and target sentences (strings, or `Sentence` objects from `splitSentences`).
 * Every source and target index appears in exactly one bead; nothing throws on content.
 *
 * Without an `embedder`, the lexical embedder runs in the preset of the mode (`LEXICAL_PRESETS` in
 * `src/embed/lexical`): `parallel` to align a translation, `comparable` for comparable mode and for
 * auto mode's decision (auto then re-embeds with `parallel` when it decides on a translation).
 * `Alignment.embedder` says which one produced the beads. An embedder you pass is used as is.
 */
export async function alignSentences(
  source: readonly (string | Sentence)[],
  target: readonly (string | Sentence)[],
  options: AlignOptions & Partial<ComparableOptions> = {},
): Promise<Alignment> {
  return (await alignWithVectors(source, target, options, false)).alignment;
}

/** The sentence vectors behind an alignment (internal: what `compareArticles` passes on to its checks). */
export interface AlignedVectors {
  /**
   * Each side's sentence vectors (`overlaps[0]`, and `parts` for an additive embedder) from the embedder
   * that produced the beads, as it embedded them: without the lexicon pass's word-pair features.
   * Absent for the length-only baseline, and when keeping them would take a large copy.
   */
  sides?: [AlignSide, AlignSide];
}

/**
 * `alignSentences`, also returning (with `keepVectors`) the sentence vectors the beads came from, so a
 * later stage (`compare/support.ts`) compares sentences as the aligner did without embedding them
 * again. Keeping them costs a copy of the vectors when the lexicon pass runs; over
 * `MAX_KEPT_COPY_BYTES` none is kept (`sides` is absent). Not part of the package's public API.
 */
export async function alignWithVectors(
  source: readonly (string | Sentence)[],
  target: readonly (string | Sentence)[],
  options: AlignOptions & Partial<ComparableOptions> = {},
  keepVectors = true,
): Promise<{ alignment: Alignment } & AlignedVectors> {
  if (!Array.isArray(source) || !Array.isArray(target)) throw new OptionError('alignSentences: `source` and `target` must be arrays of strings or Sentence objects');
  const o = resolveAlignOptions(options);
  o.signal?.throwIfAborted();
  let src = describeSide(source);
  let tgt = describeSide(target);
  const types = beadTypes(o.maxBeadSize, o.maxOneToMany);
  const t0 = performance.now();
  if (o.embedder === 'length') {
    if (o.mode === 'comparable') throw new OptionError("alignSentences: comparable mode needs an embedder; `embedder: 'length'` only aligns translations");
    const { beads, stats } = alignParallel(src, tgt, o);
    stats.alignMs = performance.now() - t0;
    const reason = o.mode === 'auto' ? 'auto: parallel — the length-only baseline can only align translations' : 'parallel mode was requested (length-only Gale-Church baseline)';
    return { alignment: { beads, mode: 'parallel', reason, stats, embedder: { ...LENGTH_EMBEDDER } } };
  }
  // Comparable mode scores every pair of sentences: over `maxComparablePairs` it would need memory
  // quadratic in the document length, so comparable mode refuses before embedding anything, and auto
  // mode skips its decision and aligns as a translation (parallel memory grows with N + M).
  const maxPairs = o.maxComparablePairs ?? DEFAULT_COMPARABLE_OPTIONS.maxComparablePairs;
  const fits = comparableFits(src.n, tgt.n, maxPairs);
  if (o.mode === 'comparable' && !fits) throw new OptionError(`alignSentences: ${comparableTooLarge(src.n, tgt.n, maxPairs)}`);
  const forcedParallel = o.mode === 'auto' && !fits;
  const runs = maxGroup(types);
  const plain: [AlignSide, AlignSide] = [src, tgt];
  let embedMs = 0;
  const embed = async (e: Embedder, maxRun: { src: number; tgt: number }): Promise<void> => {
    const start = performance.now();
    [src, tgt] = await embedSides(plain[0], plain[1], e, maxRun, {
      signal: o.signal,
      onProgress: o.onProgress && ((done, total) => o.onProgress!('embed', done, total)),
    }, o.languages);
    embedMs += performance.now() - start;
  };
  // Your embedder is embedded once, with sentence runs unless only comparable mode reads it. Without
  // one, the lexical preset of the mode; auto decides on sentences with the comparable preset.
  let embedder = o.embedder ?? lexicalForMode(o.mode === 'parallel' || forcedParallel ? 'parallel' : 'comparable', o);
  const sentencesOnly = o.mode === 'comparable' || (o.mode === 'auto' && !o.embedder && !forcedParallel);
  await embed(embedder, sentencesOnly ? SENTENCES_ONLY : runs);
  const t1 = performance.now();
  let mode: AlignMode = o.mode === 'auto' ? 'parallel' : o.mode;
  let reason = `${mode} mode was requested`;
  let diagonalShare: number | undefined;
  if (forcedParallel) {
    const f = (v: number) => v.toLocaleString('en');
    reason = `auto: parallel — ${f(src.n)} × ${f(tgt.n)} sentences is over comparable mode's ${f(maxPairs)}-pair limit (\`maxComparablePairs\`), so the documents are aligned as a translation without deciding; split them to compare two write-ups`;
  } else if (o.mode === 'auto') {
    const decision = decideMode(src, tgt, o);
    ({ mode, reason, diagonalShare } = decision);
  }
  let decideMs = performance.now() - t1;
  if (o.mode === 'auto' && !forcedParallel && mode === 'parallel' && !o.embedder) {
    embedder = lexicalForMode('parallel', o);
    await embed(embedder, runs);
  }
  const t2 = performance.now();
  o.onProgress?.('align', 0, 1);
  // The lexicon pass adds its word-pair features to the sentence vectors in place: the vectors kept
  // are a copy taken before, unless the copy would be large (a book), where embedding again later
  // costs less than holding two sets at once.
  const copy = mode === 'parallel' && o.lexicon && src.parts !== undefined && tgt.parts !== undefined;
  const keep = keepVectors && (!copy || vectorBytes(src) + vectorBytes(tgt) <= MAX_KEPT_COPY_BYTES);
  const vectors: [AlignSide, AlignSide] | undefined = !keep ? undefined : copy ? [copyVectors(src), copyVectors(tgt)] : [src, tgt];
  const result =
    mode === 'parallel'
      ? alignWithLexicon(src, tgt, o, (done, total) => o.onProgress?.('align', done, total))
      : { beads: alignComparable(src, tgt, { ...o, lexicon: o.lexicon && embedderKind(embedder) === 'lexical' }), stats: { nSrc: src.n, nTgt: tgt.n, cells: src.n * tgt.n, banded: false } as AlignStats };
  if (mode !== 'parallel') o.onProgress?.('align', 1, 1);
  decideMs += performance.now() - t2;
  const stats: AlignStats = { ...result.stats, embedMs, alignMs: decideMs };
  if (diagonalShare !== undefined) stats.diagonalShare = diagonalShare;
  return { alignment: { beads: result.beads, mode, reason, stats, embedder: embedderUsed(embedder), embedderId: embedder.id }, ...(vectors ? { sides: vectors } : {}) };
}

export { DEFAULT_ALIGN_OPTIONS, resolveAlignOptions, type AlignOptions, type ResolvedAlignOptions } from './options.js';
export { alignParallel, planParallel, type LengthPlan, type ParallelOptions } from './parallel/index.js';
export { alignWithLexicon, learnLexicon, sideWords, addLexiconFeatures, type Lexicon, type SideWords } from './parallel/lexicon.js';
export { alignComparable, DEFAULT_COMPARABLE_OPTIONS, type ComparableOptions } from './comparable/index.js';
export { decideMode, type ModeDecision } from './auto.js';
export { marginMatrix, type MarginMatrix } from './similarity.js';
export { anchorPath, type AnchorOptions } from './parallel/anchors.js';
export { fillDp, traceback, pathBeads, type DpTable, type BeadCostFn } from './parallel/dp.js';
export { fullBand, bandAroundPath, type Band } from './parallel/band.js';
export { beadTypes, beadPrior } from './parallel/beadTypes.js';
export { galeChurchCost, lengthCost, textLength, lengthRatio } from './length.js';
export { describeSide, embedSides, type AlignSide } from './side.js';
export { ALIGN_MODES } from './types.js';
export type { Alignment, AlignStats, AlignStage, AlignModeOption, BeadType, Bead, BeadLabel, AlignMode } from './types.js';
