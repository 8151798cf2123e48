// names — in each matched or partial pair, every name word of one side is looked for on the other:
// identical or a derived form (`Iran`/`Iranian`) is fine, an accent-only variant (`Rodriguez`/`Rodríguez`)
// is info, a spelling variant (`Amir-Abdollahian`/`Amir-Abdullahian`, `Hossein`/`Hussein`) a warning.
// A name none of whose words has a counterpart among the other side's words is `name-missing` (source
// side, warning) or `name-extra` (target side, info) — in `match` pairs only; `partial` pairs list
// lost names in their `partial` finding. Sentence-initial single words (`Referring…`), capitalised
// words in German (every noun is capitalised: `vom Jahr`), acronyms of
// up to three letters (`US`/`AS`), demonyms (`Iranian`, `Yankee`) and English titles (`Foreign Minister`, which
// a translation translates) are compared but never reported missing on their own. The last words of
// a title cut at `and` (`Committee for Growth and Development`) are `info` when the target has the
// title (name-titles.ts); a place name in the target language's form, its generic word translated
// too (`Concordia-Platz` / `Place de la Concorde`), is an `info` spelling variant (name-rendered.ts).
// In comparable mode a name is missing only when it is nowhere in the other document's content: two
// write-ups distribute the same names over different sentences (`Tehran` in another paragraph).
// A name whose words translate (`European Space Agency` ↔ `Agence spatiale européenne`) is not
// missing either (`name-translation.ts`, with the dictionaries of the pair).
import { extractNames, relateNames, isDemonym, isTitleWord, nameKey, type NameMention, type NameRelation, type NameToken } from '../text/names.js';
import { sameExonym } from '../text/exonyms.js';
import { consistentRendering } from './name-variants.js';
import { neighbourSentences } from './neighbours.js';
import { plainWords, type PlainWords } from './plain-words.js';
import { allCommonWords, COMMON_WORD_NOTE } from './common-words.js';
import { lowerCaseWordForms, wordFormCounts } from './document-words.js';
import { sentenceWords } from './sentence-words.js';
import { finding, isContent, locate, pairedBeads, recentSentence, type Check, type CheckContext, type Located } from './context.js';
import type { CheckSide, Finding } from './types.js';
import { untranslatedNames } from './name-translation.js';
import { consistentlyTranslated, repeatsAsInfo, sameForm, translates, withoutInflections } from './name-forms.js';
import { minorSpelling } from './name-minor.js';
import { looksScanned } from './ocr-debris.js';
import { uninflectedNames } from './name-stems.js';
import { continuesTitle, TITLE_PART_NOTE } from './name-titles.js';
import { renderedPlaceName, RENDERED_PLACE_NOTE } from './name-rendered.js';
import { nameParts, withoutInitials } from './name-parts.js';
import { pairConcepts } from '../embed/lexical/concepts.js';

type LocatedName = Located<NameMention>;
type Word = { text: string; sentence: number; range: [number, number] };

const RANK: Record<NameRelation, number> = { identical: 0, inflection: 1, accent: 2, spelling: 3, different: 4 };

/** The names of some sentences, located (read afresh each time: each sentence is asked once per check, far from the last time). */
export function namesOf(side: CheckSide, indices: readonly number[]): LocatedName[] {
  return locate(side, indices, (text, lang) => extractNames(text, lang));
}

/**
 * Every word of some sentences, located (for “is this name anywhere on the other side”); a
 * hyphenated word also gives its parts (`Tehran-Caracas` holds `Tehran` and `Caracas`).
 */
function wordsOf(side: CheckSide, indices: readonly number[]): Word[] {
  return locate(side, indices, sentenceWords, 'words');
}

/** Content (body and heading) sentence indices of a side. */
export const contentIndices = (side: CheckSide): number[] => side.sentences.flatMap((s, i) => (isContent(s) ? [i] : []));

/**
 * In comparable mode, keeps only the names that are nowhere in the other document's content (the
 * words of `other`, computed once); in parallel mode, all of them.
 */
export function absentFromDocument(ctx: CheckContext, names: LocatedName[], otherWords: () => Word[]): LocatedName[] {
  if (ctx.options.mode !== 'comparable' || names.length === 0) return names;
  return unmatchedNames(names, otherWords(), ctx.options.nameMaxDistanceRatio);
}

/** A lazily computed value. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const tokenRange = (name: LocatedName, t: NameToken): [number, number] => {
  const base = name.range[0] - name.start;
  return [base + t.start, base + t.end];
};

/**
 * The lower-case forms of the word list `bestMatch` was last given (it is called for every token of
 * every name against one list in turn): most name words are found there as they are.
 */
let lowerForms: { of: readonly Word[]; set: Set<string> } | undefined;

/** The closest word of `candidates` to `token` (hyphenated compounds also by their parts, unless `byParts` is false). */
function bestMatch(token: string, candidates: readonly Word[], ratio: number, byParts = true): { word?: Word; relation: NameRelation } {
  if (lowerForms?.of !== candidates) lowerForms = { of: candidates, set: new Set(candidates.map((w) => w.text.toLowerCase())) };
  // The same word in other case is `identical`, the best relation there is (callers then need no word).
  if (lowerForms.set.has(token.toLowerCase())) return { relation: 'identical' };
  let best: { word?: Word; relation: NameRelation } = { relation: 'different' };
  for (const word of candidates) {
    // A country or people named in the other language (`Denmark`/`Danmörku`) is the same name.
    const relation = sameExonym(token, word.text) ? 'inflection' : relateNames(token, word.text, ratio);
    if (RANK[relation] < RANK[best.relation]) best = { word, relation };
    if (relation === 'identical') break;
  }
  // A compound the other language builds on the name (Icelandic `Heinabergssvæðið`, `the Heinaberg
  // area`; German `Himalayagebiet`) holds it: the name is there, with more after it.
  if (best.relation === 'different' && token.length >= 5) {
    const head = token.toLowerCase();
    const compound = candidates.find((w) => w.text.length > head.length + 3 && w.text.toLowerCase().startsWith(head));
    if (compound) return { word: compound, relation: 'inflection' };
  }
  if (byParts && best.relation === 'different' && token.includes('-')) {
    const parts = token.split('-').filter((p) => p.length >= 3);
    if (parts.length > 1 && parts.every((p) => bestMatch(p, candidates, ratio).relation !== 'different')) return { relation: 'inflection' };
  }
  // A surname after glued initials (`N.D.Jayal`) is there when the other side spaces them (`N. D. Jayal`).
  const bare = byParts && best.relation === 'different' ? withoutInitials(token) : token;
  if (bare !== token) return { relation: bestMatch(bare, candidates, ratio).relation };
  return best;
}

const isShortAcronym = (t: string) => /^\p{Lu}{1,3}$/u.test(t);

/** A name word that can make its name missing: not ambiguous, not a short acronym, demonym or title. */
const reportable = (t: NameToken) => !t.ambiguous && !isShortAcronym(t.text) && !isDemonym(t.text) && !isTitleWord(t.text);

/**
 * The names of `from` none of whose words is found among `to`'s words. When `to` is written in a
 * script without letter case (Chinese, Japanese, Arabic, Thai…), names cannot be told from other
 * words there and are transliterated in ways no spelling rule follows: nothing is reported.
 */
export function unmatchedNames(from: LocatedName[], toWords: Word[], ratio: number): LocatedName[] {
  if (toWords.length > 0 && !toWords.some((w) => /[\p{Lu}\p{Ll}]/u.test(w.text))) return [];
  return from.filter((name) => {
    const tokens = name.tokens.filter(reportable);
    return tokens.length > 0 && tokens.every((t) => bestMatch(t.text, toWords, ratio).relation === 'different');
  });
}

/**
 * `unmatchedNames(from, wordsOf(side, indices), ratio)`, without listing the words when every name
 * has a reportable word written the same on that side (the usual case): that is looked up first in
 * the side's plain words (no hyphen, no possessive), a subset of what `wordsOf` lists.
 */
export function namesNotIn(from: LocatedName[], side: CheckSide, indices: readonly number[], ratio: number): LocatedName[] {
  if (from.length === 0) return from;
  // Each sentence's word set, looked up in turn (a pair's few name words against a handful of sentences).
  const plain: PlainWords[] = [];
  for (const i of indices) {
    const s = side.sentences[i];
    if (!s || s.kind === 'boilerplate') continue;
    plain.push(recentSentence('plain-words', side, i, () => plainWords(s.text)));
  }
  const written = (word: string) => {
    const lower = word.toLowerCase();
    return plain.some((set) => set.has(lower));
  };
  // A name without a reportable word is never unmatched (`unmatchedNames` drops it): it needs no word list.
  const rest = from.filter((name) => {
    let some = false;
    for (const t of name.tokens) {
      if (!reportable(t)) continue;
      if (written(t.text)) return false;
      some = true;
    }
    return some;
  });
  return rest.length ? unmatchedNames(rest, wordsOf(side, indices), ratio) : rest;
}

/**
 * A name word, and when the other side does not have it as a whole, its parts (`nameParts`: a slip in
 * `Himalaya` of `Himalaya-Gesellschaft` or in `Jayal` of `N.D.Jayal` is still a slip).
 */
function withParts(t: NameToken, others: readonly Word[], ratio: number): NameToken[] {
  const parts = nameParts(t);
  if (parts.length === 0 || bestMatch(t.text, others, ratio, false).relation !== 'different') return [t];
  return [t, ...parts];
}

/**
 * The words of some names and the parts of those words (`nameParts`), lower-cased: a word of the
 * other side written as one of these, in some case, is `identical` to it for `bestMatch`, and
 * `variants` has nothing to report about it (the usual word, answered without a located word list).
 */
function writtenForms(names: readonly LocatedName[]): Set<string> {
  const written = new Set<string>();
  for (const n of names) for (const t of n.tokens) for (const x of [t, ...nameParts(t)]) written.add(x.text.toLowerCase());
  return written;
}

/** The words of some names and their parts (`nameParts`), located. */
const nameWords = (names: readonly LocatedName[]): Word[] =>
  names.flatMap((n) => n.tokens.flatMap((t) => [t, ...nameParts(t)].map((x) => ({ text: x.text, sentence: n.sentence, range: tokenRange(n, x) }))));

/** What `variants` reads besides the two spellings: the pair, the document's word counts, the bead. */
interface VariantContext {
  ctx: CheckContext;
  bead: number;
  langs: readonly [string, string];
  targetCounts: () => ReadonlyMap<string, number>;
  sourceCounts: () => ReadonlyMap<string, number>;
  /** Whether the document looks scanned (ocr-debris.ts `looksScanned`, either side). */
  scanned: () => boolean;
}

/**
 * The finding for source word `expected` (of the whole name word `compound`) written `actual` in the
 * target, `relation` to it, or undefined when the evidence says it is not a slip (name-forms.ts,
 * name-variants.ts); `info` with a note when it is another usual form (name-minor.ts, name-rendered.ts).
 */
function variantFinding(v: VariantContext, expected: Word, compound: string, actual: Word, relation: NameRelation): Finding | undefined {
  const { ctx, langs } = v;
  if (relation !== 'accent' && relation !== 'spelling') return undefined;
  if (relation === 'spelling' && consistentRendering(expected.text, actual.text, v.targetCounts())) return undefined;
  // Initials, hyphens, umlaut spellings and dictionary translations are not spelling slips (name-forms.ts).
  if (relation === 'spelling' && (sameForm(expected.text, actual.text) || translates(expected.text, actual.text, langs))) return undefined;
  const found = finding(ctx, relation === 'accent' ? 'name-accent' : 'name-spelling', {
    src: [expected.sentence], tgt: [actual.sentence], srcRange: expected.range, tgtRange: actual.range, expected: expected.text, actual: actual.text, bead: v.bead,
  });
  const minor = relation === 'spelling'
    ? minorSpelling(expected.text, actual.text, v.sourceCounts(), v.scanned)
      ?? (renderedPlaceName(compound, expected.text, actual.text, ctx.input.target.sentences[actual.sentence]?.text ?? '', langs) ? RENDERED_PLACE_NOTE : undefined)
    : undefined;
  return minor ? { ...found, severity: 'info', note: minor } : found;
}

/**
 * Words of one side's names that have a variant (accent or spelling) on the other side. Source words
 * are looked for among the target's name words; then the target's name words that no source name
 * writes are looked for among the source's, for a variant of a source word the target also writes the
 * source's way (`Hidden Piak … Broad Peak` for `Hidden Peak … BroadPeak`: the target has `Peak`, so
 * the first search skips it, and one copy of a name written twice can still be a slip).
 */
function variants(v: VariantContext, src: LocatedName[], tgt: LocatedName[]): Finding[] {
  const out: Finding[] = [];
  const written = writtenForms(tgt);
  const sourceWritten = writtenForms(src);
  const writtenIn = (names: readonly LocatedName[], forms: Set<string>) => names.every((n) => n.tokens.every((t) => forms.has(t.text.toLowerCase())));
  const tgtAllWritten = writtenIn(tgt, sourceWritten);
  if (tgtAllWritten && writtenIn(src, written)) return out;
  const ratio = v.ctx.options.nameMaxDistanceRatio;
  // The other side's hyphenated names also by their parts (`Bulmock-Workman` for `Bullock-Workman-Expedition`).
  const tgtTokens = nameWords(tgt);
  const seen = new Set<string>();
  const add = (expected: Word, compound: string, actual: Word, relation: NameRelation) => {
    const key = `${nameKey(expected.text)}|${actual.text}`;
    if (seen.has(key)) return;
    const found = variantFinding(v, expected, compound, actual, relation);
    if (!found) return;
    seen.add(key);
    out.push(found);
  };
  for (const name of src) {
    // A word written on the other side (`writtenForms`) is identical there, and so needs no parts.
    // (Each word with the whole name word it comes from: `Concordia` of `Concordia-Platz`.)
    for (const [x, t] of name.tokens.flatMap((w) => (written.has(w.text.toLowerCase()) ? [] : withParts(w, tgtTokens, ratio).map((p) => [w, p] as const)))) {
      if (isShortAcronym(t.text)) continue;
      const { word, relation } = bestMatch(t.text, tgtTokens, ratio);
      if (word) add({ text: t.text, sentence: name.sentence, range: tokenRange(name, t) }, x.text, word, relation);
    }
  }
  if (tgtAllWritten) return out;
  const srcTokens = nameWords(src);
  // Source words the target does not write: the search above compared each of them already, and a
  // target word like one of them is its rendering (`Tian Chan` for `Tien-Schan`, not `Khan` misspelled).
  const unwritten = lazy(() => srcTokens.filter((w) => !written.has(w.text.toLowerCase())));
  for (const name of tgt) {
    for (const t of name.tokens.flatMap((w) => (sourceWritten.has(w.text.toLowerCase()) ? [] : withParts(w, srcTokens, ratio)))) {
      if (isShortAcronym(t.text)) continue;
      const { word, relation } = bestMatch(t.text, srcTokens, ratio);
      // (Most words are like no source word: the second search runs for the few that are.)
      if (!word || (relation !== 'accent' && relation !== 'spelling') || bestMatch(t.text, unwritten(), ratio).relation !== 'different') continue;
      add(word, word.text, { text: t.text, sentence: name.sentence, range: tokenRange(name, t) }, relation);
    }
  }
  return out;
}

/** Whether a word of the source language is in the pair's dictionaries (none without dictionaries). */
function ordinaryWords(langs: readonly [string, string]): (word: string) => boolean {
  const pair = lazy(() => pairConcepts(langs, []));
  return (word) => (pair()?.source.wordConcepts(word).size ?? 0) > 0;
}

/**
 * Whether missing source name `name` continues the title just before it in its sentence, which the
 * target has (not among `missing`; name-titles.ts).
 */
function titlePart(name: LocatedName, names: readonly LocatedName[], missing: readonly LocatedName[], side: CheckSide, ordinary: (word: string) => boolean): boolean {
  let before: LocatedName | undefined;
  for (const n of names) if (n.sentence === name.sentence && n.end <= name.start && (!before || n.end > before.end)) before = n;
  if (!before || missing.includes(before)) return false;
  return continuesTitle(name, before, side.sentences[name.sentence]?.text ?? '', ordinary);
}

export const checkNames: Check = (ctx) => {
  const { source, target, beads } = ctx.input;
  const ratio = ctx.options.nameMaxDistanceRatio;
  const out: Finding[] = [];
  const targetWords = lazy(() => wordsOf(target, contentIndices(target)));
  const sourceWords = lazy(() => wordsOf(source, contentIndices(source)));
  const lowerForms = lazy(() => lowerCaseWordForms(source, contentIndices(source)));
  const targetCounts = lazy(() => wordFormCounts(target, contentIndices(target)));
  const sourceCounts = lazy(() => wordFormCounts(source, contentIndices(source)));
  const scanned = lazy(() => looksScanned([...source.sentences, ...target.sentences].map((s) => s.text)));
  const langs = [source.lang, target.lang] as const;
  const ordinarySource = ordinaryWords(langs);
  // Pairs each source name occurs in, for names that every pair leaves out (name-forms.ts).
  const occurrences = new Map<string, number>();
  const texts = (side: CheckSide, indices: readonly number[]): string[] => indices.map((i) => side.sentences[i]?.text ?? '');
  for (const { bead, index } of pairedBeads(beads)) {
    const src = namesOf(source, bead.src);
    const tgt = namesOf(target, bead.tgt);
    out.push(...variants({ ctx, bead: index, langs, targetCounts, sourceCounts, scanned }, src, tgt));
    if (bead.label !== 'match') continue;
    for (const name of src) occurrences.set(name.raw.toLowerCase(), (occurrences.get(name.raw.toLowerCase()) ?? 0) + 1);
    // A name that moved into a neighbouring bead (the sentences were split differently) is not missing.
    const near = (which: 'src' | 'tgt') => [...bead[which], ...neighbourSentences(beads, index, which)];
    // (Each side's nearby sentences listed once; their texts only when a name is left to look up.)
    const nearTgt = near('tgt');
    const lostSrc = namesNotIn(src, target, nearTgt, ratio);
    const missing = lostSrc.length ? uninflectedNames(untranslatedNames(lostSrc, langs, 'source', texts(target, nearTgt)), target.lang, texts(target, nearTgt)) : lostSrc;
    for (const name of absentFromDocument(ctx, missing, targetWords)) {
      const found = finding(ctx, 'name-missing', { src: [name.sentence], tgt: bead.tgt, srcRange: name.range, expected: name.raw, bead: index });
      const note = allCommonWords(name.tokens, lowerForms()) ? COMMON_WORD_NOTE
        : titlePart(name, src, missing, source, ordinarySource) ? TITLE_PART_NOTE : undefined;
      out.push(note ? { ...found, severity: 'info', note } : found);
    }
    const nearSrc = near('src');
    const lostTgt = namesNotIn(tgt, source, nearSrc, ratio);
    const extra = lostTgt.length ? uninflectedNames(untranslatedNames(lostTgt, langs, 'target', texts(source, nearSrc)), target.lang, texts(source, nearSrc)) : lostTgt;
    for (const name of absentFromDocument(ctx, extra, sourceWords)) {
      out.push(finding(ctx, 'name-extra', { src: bead.src, tgt: [name.sentence], tgtRange: name.range, actual: name.raw, bead: index }));
    }
  }
  // Document-wide: an ending change several names share is grammar; a name no pair carries is translated.
  // The same variant again is the same decision for the reviewer: repeats are info.
  const spellings = withoutInflections(out.filter((f) => f.code === 'name-spelling'));
  const kept = new Set(spellings);
  const missing = out.filter((f) => f.code === 'name-missing');
  const rendered = new Map([
    ...consistentlyTranslated(missing, occurrences).map((f, k) => [missing[k]!, f] as const),
    ...repeatsAsInfo(spellings).map((f, k) => [spellings[k]!, f] as const),
  ]);
  return out.filter((f) => f.code !== 'name-spelling' || kept.has(f)).map((f) => rendered.get(f) ?? f);
};

export { wordsOf };
