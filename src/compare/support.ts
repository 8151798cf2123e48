// Sentences inside a merged bead that nothing on the other side supports.
//
// When a target sentence is deleted, the aligner often folds the orphaned source sentence into its
// neighbour's bead (a 2-1 bead) instead of leaving it alone as an omission, so the coverage check
// never sees it. Here each sentence of the larger side of a many-to-one bead is checked on its own:
// it is supported when it shares a number or a name with the other side, when its similarity to
// the other side is above what unrelated sentences of this document reach (the 95th percentile of
// sentences paired with a target several beads away), or when it is the most similar sentence of its
// group. Otherwise it is reported as an omission (source side) or an addition (target side) when the
// bead's lengths fit the document's usual length ratio better without it (Gale and Church's evidence:
// the other side has no room for it). Low similarity alone is not enough: on documents the embedder
// relates weakly it raised more false alarms than it caught deletions. An added target sentence needs
// more evidence than that (`minLengthGain`), and a short clause leading into the next sentence is
// never one: translations split sentences (a verse into two, a sentence at its semicolons) far more
// often than they add a sentence.
//
// The similarities are those of the embedder that aligned the document, with the lexicon pass's word
// pairs added for the built-in lexical embedder (learned again from the final beads), so an
// English–Chinese document is compared through its own word pairs as the aligner compared it.
import { addLexiconFeatures, describeSide, embedSides, learnLexicon, sideWords, type AlignSide } from '../align/index.js';
import { isPairedBead, type Bead } from '../align/types.js';
import { dotRows } from '../align/vectors.js';
import { letterCount } from '../check/context.js';
import type { UnsupportedSentence } from '../check/types.js';
import { lexicalForMode } from '../embed/choose.js';
import type { Embedder } from '../embed/types.js';
import type { Sentence } from '../segment/types.js';
import { compareNames, extractNames } from '../text/names.js';
import { extractNumbers, sameNumber } from '../text/numbers.js';
import { followsOn, leadsOn } from '../text/clauses.js';
import { anyCheapEnough, oneToOneMatches, weaklyPaired, type WeakPairOptions } from './weak-pair.js';
import { shiftedOrphans, type ShiftOptions } from './shifted.js';
import { loneSentences, numbersAbsent, numbersNotInPair, type NumbersAbsentOptions } from './numbers-absent.js';

/** `SupportOptions.minLengthGain`'s default (log length ratio; see docs/tuning.md). */
const DEFAULT_MIN_LENGTH_GAIN = 0.2;
/** `SupportOptions.manyToManyShare`'s default (share of the peers' median leave-out cost; see docs/tuning.md). */
const DEFAULT_MANY_TO_MANY_SHARE = 0.55;

export interface SupportOptions {
  /** Fewest letters a sentence needs to be judged (headings and fragments carry too little to tell). @default 20 */
  minLetters?: number;
  /**
   * How much closer (in log length ratio) to the document's usual ratio the bead must come without a
   * target sentence for it to be reported as added: a short clause hardly moves a long bead's ratio.
   * @default 0.2
   */
  minLengthGain?: number;
  /** Quantile of the similarities of unrelated pairs a supported sentence must exceed. @default 0.95 */
  nullQuantile?: number;
  /** Beads away from a 1-1 bead whose target serves as an unrelated partner. @default [3, 5, 8] */
  offsets?: readonly number[];
  signal?: AbortSignal;
  /** Dictionaries of the lexical embedder when none is given (`CompareOptions.dictionaries`). @default true */
  dictionaries?: boolean | readonly string[];
  /**
   * The sentence vectors the aligner compared (`alignWithVectors`): used as they are instead of
   * embedding both sides again (the lexicon's word-pair features are then added to them in place).
   * @default none: both sides are embedded with `embedder`
   */
  vectors?: [AlignSide, AlignSide];
  /**
   * Each source sentence's leave-out cost as a share of its peers' (`leaveOutRatios`). With it, a source
   * sentence of a bead with two or more sentences on both sides is unsupported when it is not the most
   * similar of its group and its share is below `manyToManyShare`.
   * @default none: that test is not made
   */
  leaveOutRatio?: ReadonlyMap<number, number>;
  /**
   * The leave-out share under which a sentence of a many-to-many bead (see `leaveOutRatio`) is reported.
   * Higher than `LeaveOutOptions.share`: such a bead is itself a sign of a sentence without counterpart
   * (a deleted sentence's source folded in with a neighbour's one-to-two pair).
   * @default 0.55
   */
  manyToManyShare?: number;
  /**
   * With `leaveOutRatio`: the test for a source sentence alone on its side of a bead that is cheap to
   * leave out and weakly similar to its target (`weaklyPaired`); `false` leaves it out.
   * @default DEFAULT_WEAK_PAIR_OPTIONS
   */
  weakPair?: WeakPairOptions | false;
  /**
   * The test for a source sentence next to a run of 1-1 pairs shifted by one (`shiftedOrphans`);
   * `false` leaves it out.
   * @default DEFAULT_SHIFT_OPTIONS
   */
  shift?: ShiftOptions | false;
  /**
   * The test for a source sentence alone in its bead whose target has none of its numbers and is no
   * closer to it than unrelated sentences (`numbersAbsent`); `false` leaves it out.
   * @default DEFAULT_NUMBERS_ABSENT_OPTIONS
   */
  numbersAbsent?: NumbersAbsentOptions | false;
  /**
   * Both sides' vectors as the tests compare them, when the caller also needs them (`supportSides`
   * with the same options, computed once for both).
   * @default computed here with `supportSides`
   */
  sides?: () => Promise<[AlignSide, AlignSide]>;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

/** Cosine of sentence `i` of `a` with the group `g` of `b` (the group's vector: the weighted sum of its sentences'). */
export function groupCosine(a: AlignSide, i: number, b: AlignSide, g: readonly number[]): number {
  const A = a.overlaps![0]!;
  const B = b.overlaps![0]!;
  if (!b.parts) return Math.max(...g.map((j) => dotRows(A, i, B, j)));
  const w = b.parts.norms;
  let num = 0, den = 0;
  for (const j of g) {
    num += w[j]! * dotRows(A, i, B, j);
    for (const k of g) den += w[j]! * w[k]! * (j === k ? 1 : dotRows(B, j, B, k));
  }
  return den > 0 ? num / Math.sqrt(den) : 0;
}

/** Whether sentence `text` shares a number or a name word with `other` (hard evidence of a counterpart). */
function sharesFacts(text: string, lang: string, other: string, otherLang: string): boolean {
  const theirs = extractNumbers(other, otherLang);
  if (extractNumbers(text, lang).some((n) => n.form === 'digits' && theirs.some((t) => sameNumber(t.value, n.value)))) return true;
  const words = [...other.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)].map((m) => m[0]);
  return extractNames(text, lang).some((n) => n.tokens.some((t) => !t.ambiguous && t.text.length >= 4 && words.some((w) => compareNames(t.text, w) !== 'different')));
}

/**
 * The source sentences of many-to-many bead `bead` (number `index`) that the alignment could leave out
 * for less than `share` of their peers' cost and that are not the most similar of their group
 * (`sims`, one per source sentence): a deleted target sentence whose source the aligner grouped with a
 * neighbour's one-to-two pair. Neither side of such a bead is a single sentence, so the length and
 * similarity tests of `unsupportedSentences` have no fixed reference to measure against; the
 * alignment's own cost of leaving the sentence out is the evidence.
 */
function cheapInManyToMany(bead: Bead, index: number, sims: readonly number[], source: readonly Sentence[], ratio: ReadonlyMap<number, number>, share: number, minLetters: number): UnsupportedSentence[] {
  const best = Math.max(...sims);
  return bead.src.flatMap((i, k) => {
    const s = source[i]!;
    const r = ratio.get(i);
    if (r === undefined || !(r < share) || sims[k]! >= best || letterCount(s.text) < minLetters || (followsOn(s.text) && bead.src.includes(i - 1))) return [];
    return [{ side: 'source' as const, sentence: i, bead: index, similarity: sims[k]!, evidence: 'leave-out' as const }];
  });
}

/** The sentence vectors of both sides from `embedder` (see `unsupportedSentences`), when the aligner's are not at hand. */
function sentenceVectors(source: readonly Sentence[], target: readonly Sentence[], langs: { source: string; target: string }, embedder: Embedder | undefined, options: SupportOptions): Promise<[AlignSide, AlignSide]> {
  const pair = [langs.source, langs.target] as const;
  const e = embedder ?? lexicalForMode('parallel', { languages: pair, ...(options.dictionaries !== undefined ? { dictionaries: options.dictionaries } : {}) });
  return embedSides(describeSide(source), describeSide(target), e, { src: 1, tgt: 1 }, options.signal ? { signal: options.signal } : {}, pair);
}

/**
 * The similarity a supported sentence must exceed: the `nullQuantile` of the similarities of the
 * document's 1-1 match beads' source sentences with targets `offsets` beads away (unrelated pairs).
 * `undefined` when the document has too few 1-1 beads for it to mean anything.
 */
export function unrelatedThreshold(S: AlignSide, T: AlignSide, beads: readonly Bead[], options: Pick<SupportOptions, 'offsets' | 'nullQuantile'> = {}): number | undefined {
  const ones = oneToOneMatches(beads);
  const unrelated = ones.flatMap((b, k) => (options.offsets ?? [3, 5, 8]).flatMap((d) => {
    const other = ones[k + d] ?? ones[k - d];
    return other ? [dotRows(S.overlaps![0]!, b.src[0]!, T.overlaps![0]!, other.tgt[0]!)] : [];
  }));
  return ones.length < 5 || unrelated.length < 10 ? undefined : quantile(unrelated, options.nullQuantile ?? 0.95);
}

/**
 * Both sides' sentence vectors as the checks compare them: `options.vectors` (else embedded with
 * `embedder`), with the word pairs the lexicon pass learns from `beads` added for an additive embedder.
 */
export async function supportSides(source: readonly Sentence[], target: readonly Sentence[], beads: readonly Bead[], langs: { source: string; target: string }, embedder: Embedder | undefined, options: SupportOptions = {}): Promise<[AlignSide, AlignSide]> {
  let [S, T] = options.vectors ?? (await sentenceVectors(source, target, langs, embedder, options));
  if (S.parts && T.parts && S.n > 0 && T.n > 0) {
    const ws = sideWords(S.texts);
    const wt = sideWords(T.texts);
    const lexicon = learnLexicon(ws, wt, beads);
    if (lexicon.pairs > 0) [S, T] = [addLexiconFeatures(S, ws, lexicon.src), addLexiconFeatures(T, wt, lexicon.tgt)];
  }
  return [S, T];
}

/**
 * The sentences of the larger side of each many-to-one `match`/`partial` bead that the other side does
 * not support (see the module comment), and with `options.leaveOutRatio` the source sentences alone in
 * their bead that it explains weakly (`weaklyPaired`, measured with the same vectors). `embedder`: the one
 * that aligned the document; `undefined` means the built-in lexical embedder in its `parallel` preset.
 * With `options.vectors` nothing is embedded.
 */
export async function unsupportedSentences(
  source: readonly Sentence[],
  target: readonly Sentence[],
  beads: readonly Bead[],
  langs: { source: string; target: string },
  embedder: Embedder | undefined,
  options: SupportOptions = {},
): Promise<UnsupportedSentence[]> {
  const minLetters = options.minLetters ?? 20;
  const merged = beads
    .map((bead, index) => ({ bead, index }))
    .filter(({ bead }) => isPairedBead(bead) && bead.src.length + bead.tgt.length > 2);
  const weak = options.leaveOutRatio && options.weakPair !== false && anyCheapEnough(options.leaveOutRatio, options.weakPair) ? options.leaveOutRatio : undefined;
  const lone = options.numbersAbsent === false ? [] : loneSentences(source, beads, options.numbersAbsent);
  if (merged.length === 0 && !weak && lone.length === 0) return [];
  const [S, T] = await (options.sides?.() ?? supportSides(source, target, beads, langs, embedder, options));
  const ones = oneToOneMatches(beads);
  const threshold = unrelatedThreshold(S, T, beads, options);
  if (threshold === undefined) return [];
  const similarity = (i: number, g: readonly number[]) => groupCosine(S, i, T, g);
  const words = options.dictionaries === false ? { minWords: 0 } : { files: Array.isArray(options.dictionaries) ? options.dictionaries : [] };
  const out: UnsupportedSentence[] = weak ? weaklyPaired(source, target, beads, similarity, weak, langs, { ...words, ...(options.weakPair || {}) }) : [];
  if (options.shift !== false) out.push(...shiftedOrphans(source, beads, similarity, options.shift).filter((u) => !out.some((v) => v.sentence === u.sentence)));
  // Far from its target first (one dot product each), then without its numbers (a scan of both texts).
  const distant = numbersAbsent(lone, beads, similarity, threshold);
  const numberless = new Set(numbersNotInPair(source, target, beads, langs, options.numbersAbsent || {}, distant.map((u) => [u.sentence, u.bead] as const)).map(([i]) => i));
  out.push(...distant.filter((u) => numberless.has(u.sentence) && !out.some((v) => v.sentence === u.sentence)));
  const chars = (sents: readonly Sentence[], idx: readonly number[]) => idx.reduce((n, i) => n + sents[i]!.text.length, 0);
  const usualRatio = quantile(ones.map((b) => Math.log(Math.max(1, chars(target, b.tgt)) / Math.max(1, chars(source, b.src)))), 0.5);

  for (const { bead, index } of merged) {
    const larger: 'src' | 'tgt' = bead.src.length >= bead.tgt.length ? 'src' : 'tgt';
    if (bead[larger].length < 2) continue;
    const [mine, theirs, mySide, otherSide, mySents, otherSents, myLang, otherLang] = larger === 'src'
      ? [bead.src, bead.tgt, S, T, source, target, langs.source, langs.target] as const
      : [bead.tgt, bead.src, T, S, target, source, langs.target, langs.source] as const;
    const sims = mine.map((i) => groupCosine(mySide, i, otherSide, theirs));
    const best = Math.max(...sims);
    if (bead.src.length >= 2 && bead.tgt.length >= 2 && options.leaveOutRatio) {
      out.push(...cheapInManyToMany(bead, index, larger === 'src' ? sims : bead.src.map((i) => groupCosine(S, i, T, bead.tgt)), source, options.leaveOutRatio, options.manyToManyShare ?? DEFAULT_MANY_TO_MANY_SHARE, minLetters));
    }
    // Length: the other side's length against this side's, in the document's usual ratio (log, target over source).
    const otherChars = chars(otherSents, theirs);
    const misfit = (myChars: number) => {
      const r = larger === 'src' ? Math.log(Math.max(1, otherChars) / Math.max(1, myChars)) : Math.log(Math.max(1, myChars) / Math.max(1, otherChars));
      return Math.abs(r - usualRatio);
    };
    const allChars = chars(mySents, mine);
    const otherText = theirs.map((j) => otherSents[j]!.text).join(' ');
    mine.forEach((i, k) => {
      const s = mySents[i]!;
      // Supported: as similar as unrelated sentences rarely are, or the most similar of its group.
      if (sims[k]! > threshold || sims[k]! >= best || (s.kind !== 'body' && s.kind !== 'heading') || letterCount(s.text) < minLetters) return;
      // Evidence against it: the bead's lengths fit the document's ratio better without it (the other
      // side has no room for it).
      if (misfit(allChars) - misfit(allChars - s.text.length) <= 0) return;
      // An added target sentence needs more: a translation splits sentences often (a verse into two, a
      // sentence at its semicolons), so a short clause leading into the next one is such a piece, and
      // a sentence whose removal barely mends the bead's length is more likely one than added matter.
      if (larger === 'tgt' && (leadsOn(s.text) || misfit(allChars) - misfit(allChars - s.text.length) < (options.minLengthGain ?? DEFAULT_MIN_LENGTH_GAIN))) return;
      // A piece that goes on from the sentence before it in the same bead (`and there you will also
      // find…`, a list item, a line of OCR text broken mid-sentence) is that sentence's, and has it.
      if (followsOn(s.text) && mine.includes(i - 1)) return;
      if (sharesFacts(s.text, s.lang && s.lang !== 'und' ? s.lang : myLang, otherText, otherLang)) return;
      if (larger === 'src' && out.some((u) => u.side === 'source' && u.sentence === i)) return;
      out.push({ side: larger === 'src' ? 'source' : 'target', sentence: i, bead: index, similarity: sims[k]! });
    });
  }
  return out;
}
