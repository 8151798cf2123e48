import { alignWithVectors, type AlignedVectors } from '../align/index.js';
import type { Alignment } from '../align/types.js';
import type { Embedder } from '../embed/types.js';
import type { Sentence } from '../segment/types.js';
import { checkAlignment, computeScores } from '../check/index.js';
import { resolveEmbedder } from '../embed/choose.js';
import { OptionError } from '../errors.js';
import type { Report } from '../report/types.js';
import { REPORT_VERSION } from '../report/types.js';
import { segmentDocument } from '../segment/index.js';
import { VERSION } from '../version.js';
import { resolveCompareOptions, type CompareOptions, type ProgressEvent, type ResolvedCompareOptions } from './options.js';
import { groupCosine, supportSides, unsupportedSentences } from './support.js';
import { placeOmissions } from './gap-span.js';
import type { AlignSide } from '../align/index.js';
import { cheapToLeaveOut, leaveOutRatios } from './leave-out.js';
import { coverageBelow } from './min-coverage.js';
import { numbersAnswered } from './facts.js';
import { condensedAsInfo, partlyCarried } from './carried.js';
import { piecesOfNeighbours } from './pieces.js';
import { numbersNextDoorAsInfo } from './numbers-next-door.js';
import { explainAbsentFacts, factsAbsent } from './absent-facts.js';
import { namesShifted } from './names-shifted.js';
import { placedApartFromWords, wordsShifted } from './words-shifted.js';
import type { UnsupportedSentence } from '../check/types.js';

export { DEFAULT_COMPARE_OPTIONS, resolveCompareOptions } from './options.js';
export type { CompareOptions, ProgressEvent, Stage } from './options.js';

/**
 * Compares two articles: splits both into sentences, embeds and aligns them, checks every aligned pair
 * and scores the document. Translation problems are findings in the report, never exceptions; only
 * misuse (bad options) and cancellation throw.
 *
 * @example
 * const report = await compareArticles(english, indonesian);
 * for (const f of report.findings) console.log(f.severity, f.message);
 */
export async function compareArticles(source: string, target: string, compareOptions: CompareOptions = {}): Promise<Report> {
  if (typeof source !== 'string' || typeof target !== 'string') {
    throw new OptionError('compareArticles(source, target): both texts must be strings.');
  }
  const options = resolveCompareOptions(compareOptions);
  return checkPair(await alignPair(await segmentPair(source, target, options), options), options);
}

/**
 * A pair split into sentences, each side with its language (internal: `compareArticles`' first
 * stage; the batch's staged workers pass it from one thread to another, so it holds plain data).
 */
export interface SegmentedPair {
  source: { lang: string; sentences: Sentence[] };
  target: { lang: string; sentences: Sentence[] };
  /** Milliseconds of each stage so far, by stage (the report's `timings`). */
  timings: Record<string, number>;
}

/** A segmented pair aligned (internal: `compareArticles`' second stage), with the embedder that aligned it. */
export interface AlignedPair extends SegmentedPair, AlignedVectors {
  alignment: Alignment;
  /** The embedder the checks compare sentences with; absent for the built-in lexical one. */
  embedder?: Embedder;
  /** Why the embedder is not the one asked for (`ResolvedEmbedder.note`). */
  note?: string;
}

/** Runs `fn` and records its milliseconds as `timings[stage]`, also when it throws. */
async function timed<T>(timings: Record<string, number>, stage: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[stage] = Math.round((performance.now() - t0) * 10) / 10;
  }
}

/** `compareArticles`' first stage: both sides split into sentences, each side's language settled. */
export async function segmentPair(source: string, target: string, options: ResolvedCompareOptions): Promise<SegmentedPair> {
  const timings: Record<string, number> = {};
  // Each side's language: the caller's, else the one segmentation detected for the document.
  const [sourceSide, targetSide] = await timed(timings, 'segment', async () => {
    const [src, tgt] = await Promise.all([segmentDocument(source), segmentDocument(target)]);
    return [
      { lang: options.from || src.lang, sentences: src.sentences },
      { lang: options.to || tgt.lang, sentences: tgt.sentences },
    ];
  });
  options.onProgress?.({ stage: 'segment', done: 1, total: 1 });
  options.signal?.throwIfAborted();
  return { source: sourceSide, target: targetSide, timings };
}

/** `compareArticles`' second stage: the sentences embedded and aligned. */
export async function alignPair(segmented: SegmentedPair, options: ResolvedCompareOptions): Promise<AlignedPair> {
  const { source: sourceSide, target: targetSide, timings } = segmented;
  const progress = (event: ProgressEvent) => options.onProgress?.(event);
  const { embedder, note } = await resolveEmbedder(options.embedder, {
    cache: options.cache,
    ...(options.model ? { model: options.model } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  });
  if (embedder === 'length') throw new OptionError("compareArticles: `embedder: 'length'` only aligns; use 'lexical', 'neural', 'auto' or an Embedder object.");
  const { alignment, sides } = await timed(timings, 'align', () =>
    alignWithVectors(sourceSide.sentences, targetSide.sentences, {
      mode: options.mode,
      embedder,
      languages: [sourceSide.lang, targetSide.lang],
      leaveOutCosts: true,
      ...(options.dictionaries !== undefined ? { dictionaries: options.dictionaries } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      onProgress: (stage: string, done: number, total: number) =>
        progress({ stage: stage === 'embed' ? 'embed' : 'align', done, total }),
    }),
  );
  options.signal?.throwIfAborted();
  return { ...segmented, alignment, ...(sides ? { sides } : {}), ...(embedder ? { embedder } : {}), ...(note ? { note } : {}) };
}

/** `compareArticles`' last stage: every aligned pair checked, the document scored, the report made. */
export async function checkPair(aligned: AlignedPair, options: ResolvedCompareOptions): Promise<Report> {
  const { source: sourceSide, target: targetSide, timings, alignment, sides, embedder, note } = aligned;
  const { minCoverage } = options;
  const srcSentences = sourceSide.sentences;
  const tgtSentences = targetSide.sentences;
  const progress = (event: ProgressEvent) => options.onProgress?.(event);
  const time = <T>(stage: string, fn: () => Promise<T> | T): Promise<T> => timed(timings, stage, fn);

  const skip = new Set(options.skipChecks);
  const findings = await time('check', async () => {
    // Sentences folded into a neighbour's bead without a counterpart of their own (parallel mode).
    const cost = alignment.mode === 'parallel' ? alignment.stats?.leaveOutCost : undefined;
    const leaveOutRatio = cost ? leaveOutRatios(srcSentences, alignment.beads, cost) : undefined;
    const langs = { source: sourceSide.lang, target: targetSide.lang };
    const vectors = { ...(options.signal ? { signal: options.signal } : {}), ...(options.dictionaries !== undefined ? { dictionaries: options.dictionaries } : {}), ...(sides ? { vectors: sides } : {}) };
    // Both sides' vectors as the omission tests and the gap placements compare them, computed once.
    let compared: Promise<[AlignSide, AlignSide]> | undefined;
    const comparedSides = () => (compared ??= supportSides(srcSentences, tgtSentences, alignment.beads, langs, embedder, vectors));
    const unsupported = alignment.mode === 'parallel'
      ? await unsupportedSentences(srcSentences, tgtSentences, alignment.beads, langs, embedder, { ...vectors, ...(leaveOutRatio ? { leaveOutRatio } : {}), sides: comparedSides })
      : [];
    // …and sentences the aligner gave a partner by shifting its neighbours over a deleted counterpart.
    // A sentence whose numbers its partner all has is translated there, however cheap it is to leave out.
    const answered = (u: UnsupportedSentence) => numbersAnswered(srcSentences[u.sentence]!.text, sourceSide.lang, alignment.beads[u.bead]!.tgt.map((j) => tgtSentences[j]!.text).join(' '), targetSide.lang);
    // Each step adds only source sentences no earlier step reported.
    const unreported = () => {
      const reported = new Set(unsupported.filter((v) => v.side === 'source').map((v) => v.sentence));
      return (u: UnsupportedSentence) => !reported.has(u.sentence);
    };
    if (cost) unsupported.push(...cheapToLeaveOut(srcSentences, alignment.beads, cost).filter(unreported()).filter((u) => !answered(u)));
    // …and sentences whose names and numbers the target has nowhere near them.
    const files = Array.isArray(options.dictionaries) ? options.dictionaries : [];
    const absent = alignment.mode === 'parallel' ? factsAbsent(sourceSide, targetSide, alignment.beads, { files, dictionaries: options.dictionaries !== false }).filter(unreported()) : [];
    unsupported.push(...absent);
    // …and sentences paired with their neighbour's translation, as the names tell.
    if (alignment.mode === 'parallel') unsupported.push(...namesShifted(sourceSide, targetSide, alignment.beads, { transliteration: options.dictionaries !== false }).filter(unreported()));
    // …and, as weak evidence (`info`), sentences paired with their neighbour's translation as the words tell.
    if (alignment.mode === 'parallel' && options.dictionaries !== false) unsupported.push(...wordsShifted(sourceSide, targetSide, alignment.beads, [sourceSide.lang, targetSide.lang], { files }).filter(unreported()));
    // A sentence the other side of its bead partly carries (a condensed or split translation?) is an
    // omission or addition of weak evidence: `info`, with a note; the dictionaries tell (none with
    // `dictionaries: false`).
    const condensed = options.dictionaries === false ? [] : unsupported.filter((u) => partlyCarried(srcSentences, tgtSentences, alignment.beads, u, [sourceSide.lang, targetSide.lang], { files }));
    const found = condensedAsInfo(explainAbsentFacts(checkAlignment({ source: sourceSide, target: targetSide, beads: alignment.beads, unsupported }, { mode: alignment.mode }), absent), condensed);
    // An omitted or added sentence that the next pair's translation carries is likely a piece of it: `info`.
    const pieces = options.dictionaries === false || alignment.mode !== 'parallel' ? found : piecesOfNeighbours(found, srcSentences, tgtSentences, alignment.beads, [sourceSide.lang, targetSide.lang], { files });
    // …and one whose numbers the pair next to it has, grouped with the wrong neighbour: `info` too.
    const weighed = alignment.mode !== 'parallel' ? pieces : numbersNextDoorAsInfo(pieces, srcSentences, tgtSentences, alignment.beads, langs);
    // An omission the alignment could as well have put one or two sentences away names those too
    // (one of evidence `words` stays where it is, and is dropped where another names its sentence).
    const placed = alignment.mode !== 'parallel' ? weighed : await placedApartFromWords(weighed, (gaps) => placeOmissions(gaps, srcSentences, alignment.beads, async () => {
      const [S, T] = await comparedSides();
      return (i, g) => groupCosine(S, i, T, g);
    }));
    return placed.filter((f) => !skip.has(f.code));
  });
  progress({ stage: 'check', done: 1, total: 1 });

  const scores = computeScores(srcSentences, tgtSentences, alignment.beads, findings);
  const below = coverageBelow(scores, minCoverage, alignment.mode);
  if (below && !skip.has(below.code)) {
    findings.push(below);
    scores.conflicts++;
  }

  return {
    version: REPORT_VERSION,
    generator: { name: 'bitext-qa', version: VERSION },
    mode: alignment.mode,
    modeReason: alignment.reason,
    embedder: note ? { ...alignment.embedder, note } : alignment.embedder,
    source: sourceSide,
    target: targetSide,
    beads: alignment.beads,
    findings,
    scores,
    timings,
  };
}
