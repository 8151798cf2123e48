// Whether a source sentence reported as omitted is partly carried by its bead's target after all.
//
// A translation that condenses (two German sentences into one French one, a clause dropped, the rest
// kept) leaves a sentence whose similarity to the bead's target is low, and whose leave-out cost is
// low too: the omission tests cannot tell it from a deleted sentence folded in with a neighbour. Its
// words can: with the dictionaries of the pair, some of its specific words (not function words, not
// words that mean almost anything) have a translation in the bead's target. A word counts only when
// nothing else explains its translation there: none of the bead's other source sentences and neither
// sentence next to it has the same concept (a shifted pair's target is its neighbour's translation,
// and a deleted sentence repeats its neighbours' topic words). `minWords` such words, making at least
// `minShare` of the sentence's specific words, say the sentence may be in the target, condensed (and a
// target sentence whose bead's source carries it, split off a longer sentence): the
// finding stays in the report as `info`, with a note (`condensedAsInfo`), not as a warning. Not
// dropped: a deleted sentence whose neighbours share its vocabulary (the articles of a permit, one
// scene of a story) shows the same few carried words, and the reviewer should still find it there.
// Without dictionaries for the pair (English–Chinese), nothing changes.
import { pairConcepts } from '../embed/lexical/concepts.js';
import type { ConceptResolver } from '../lexicon/resolve.js';
import { withDefaults } from '../defaults.js';
import type { Bead } from '../align/types.js';
import type { Finding, UnsupportedSentence } from '../check/types.js';
import type { Sentence } from '../segment/types.js';

export interface CarriedOptions {
  /** Fewest words whose translation only this sentence explains (one can be chance). @default 2 */
  minWords?: number;
  /** …making at least this share of its specific words. @default 0.25 */
  minShare?: number;
  /**
   * Least concept weight that makes a word specific (`ConceptResolver.resolve`'s weights: 1 for a
   * word of one or two meanings, 0.6 for `make`, 0.2 and less for function words). @default 0.5
   */
  minWeight?: number;
  /** Dictionary files read besides the shipped and installed lexicons (`CompareOptions.dictionaries`). @default [] */
  files?: readonly string[];
}

export const DEFAULT_CARRIED_OPTIONS: Readonly<Required<CarriedOptions>> = Object.freeze({ minWords: 2, minShare: 0.25, minWeight: 0.5, files: [] });

/** Every concept of `texts` (any weight). */
function conceptSet(resolver: ConceptResolver, texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const t of texts) resolver.resolve(t, (h) => out.add(h));
  return out;
}

/** The specific words of `text` (a concept of weight `minWeight` or more), each as the set of all its concepts. */
function specificWords(resolver: ConceptResolver, text: string, minWeight: number): Set<number>[] {
  const out: Set<number>[] = [];
  for (const [word] of text.matchAll(/[\p{L}\p{M}]{3,}/gu)) {
    const concepts = new Set<number>();
    let specific = false;
    resolver.resolve(word, (h, w) => { concepts.add(h); specific ||= w >= minWeight; });
    if (specific) out.push(concepts);
  }
  return out;
}

/** Which side of the pair the sentence is on (its words are looked up in that side's lexicon). */
export type CarriedSide = 'source' | 'target';

/**
 * How many of `sentence`'s specific words have a translation in `other` (texts of the other side) that
 * none of `others` (texts of its own side) explains, and how many specific words it has (see the module
 * comment); `undefined` without dictionaries for `languages` (the document's pair, source first).
 * `from`: the side `sentence` is on.
 */
export function carriedWords(sentence: string, others: readonly string[], other: readonly string[], languages: readonly [string, string], options: CarriedOptions = {}, from: CarriedSide = 'source'): { carried: number; words: number } | undefined {
  const { minWeight, files } = withDefaults(DEFAULT_CARRIED_OPTIONS, options);
  const pair = pairConcepts(languages, files);
  if (!pair) return undefined;
  const [mine, theirs] = from === 'source' ? [pair.source, pair.target] : [pair.target, pair.source];
  const words = specificWords(mine, sentence, minWeight);
  const there = conceptSet(theirs, other);
  const elsewhere = conceptSet(mine, others);
  // A word is carried by a concept the other side has and none of the others.
  const carried = words.filter((w) => [...w].some((h) => there.has(h) && !elsewhere.has(h))).length;
  return { carried, words: words.length };
}

/**
 * `carriedWords` for sentence `i` of `mine` against the sentences `theirs` of `other` (the other side),
 * the sentences `group` of `mine` (the bead's own) and the sentences next to `i` being what else may
 * explain the same words. `languages`: the document's pair, source first; `from`: the side `mine` is.
 */
export function carriedCounts(mine: readonly Sentence[], i: number, group: readonly number[], other: readonly Sentence[], theirs: readonly number[], languages: readonly [string, string], options: CarriedOptions = {}, from: CarriedSide = 'source'): { carried: number; words: number } | undefined {
  if (theirs.length === 0) return undefined;
  const others = [...new Set([...group, i - 1, i + 1])].filter((k) => k !== i && k >= 0 && k < mine.length).map((k) => mine[k]!.text);
  return carriedWords(mine[i]!.text, others, theirs.map((j) => other[j]!.text), languages, options, from);
}

/** Whether `carriedCounts` says the sentence is carried: `minWords` words or more, `minShare` of its specific words or more. */
export function carriedBy(mine: readonly Sentence[], i: number, group: readonly number[], other: readonly Sentence[], theirs: readonly number[], languages: readonly [string, string], options: CarriedOptions = {}, from: CarriedSide = 'source'): boolean {
  const { minWords, minShare } = withDefaults(DEFAULT_CARRIED_OPTIONS, options);
  const c = carriedCounts(mine, i, group, other, theirs, languages, options, from);
  return c !== undefined && c.carried >= minWords && c.carried >= minShare * c.words;
}

/**
 * Whether candidate `u` is partly carried by the other side of its bead (see the module comment): an
 * omitted source sentence by the bead's target, an added target sentence by the bead's source (a
 * translation that split one sentence in two).
 */
export function partlyCarried(source: readonly Sentence[], target: readonly Sentence[], beads: readonly Bead[], u: UnsupportedSentence, languages: readonly [string, string], options: CarriedOptions = {}): boolean {
  const bead = beads[u.bead];
  if (bead === undefined) return false;
  return u.side === 'source'
    ? carriedBy(source, u.sentence, bead.src, target, bead.tgt, languages, options)
    : carriedBy(target, u.sentence, bead.tgt, source, bead.src, languages, options, 'target');
}

/** The notes of an omission or addition kept as `info` because its bead's other side partly carries it (`condensedAsInfo`). */
export const CONDENSED_NOTES = {
  omission: 'its pair carries some of its words: the translation may have condensed it into that sentence',
  addition: 'its pair carries some of its words: the translation may have split it off that sentence',
} as const;

/**
 * `findings` with the `omission` or `addition` of each of `condensed` (sentences that `partlyCarried`
 * says the other side of their bead partly carries) made `info`, with a note (`CONDENSED_NOTES`; see
 * the module comment).
 */
export function condensedAsInfo(findings: readonly Finding[], condensed: readonly UnsupportedSentence[]): Finding[] {
  if (condensed.length === 0) return [...findings];
  const keyOf = (side: string, bead: number | undefined, sentence: number | undefined) => `${side}:${bead}:${sentence}`;
  const keys = new Set(condensed.map((u) => keyOf(u.side, u.bead, u.sentence)));
  return findings.map((f) => {
    const [side, list] = f.code === 'omission' ? ['source', f.src] : f.code === 'addition' ? ['target', f.tgt] : [undefined, undefined];
    const hit = side !== undefined && f.severity !== 'info' && list?.length === 1 && keys.has(keyOf(side, f.bead, list[0]));
    return hit ? { ...f, severity: 'info', note: CONDENSED_NOTES[f.code as 'omission' | 'addition'] } : f;
  });
}
