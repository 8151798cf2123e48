// omissions and additions, from the alignment:
// - `omission` (warning): an `omission` bead's source body/heading sentences (boilerplate and social
//   lines are not content and may be dropped);
// - `addition` (warning in parallel mode, info in comparable mode, where added material is normal):
//   an `addition` bead's target body/heading sentences, except a short clause ending in a colon or
//   semicolon whose next sentence the next bead pairs (that sentence's beginning, cut off by the
//   segmenter: `C'était prévu ;`);
// - either is `info`, with a note, when its evidence is weak: every sentence has fewer than four
//   letters (a page number, scanning debris: `24 a !`); or, for an addition, starts in lower case right
//   after a sentence the previous bead pairs (it goes on from it: in the gold data such a target
//   sentence is merged with its neighbour 60 times for 10 left alone), or ends in a title before a name
//   (`… de liaison , capt .`, a line broken before the name) with the next sentence paired; or, for an
//   omission, is such a short clause left alone (merged with its neighbour 34 times for once left out),
//   or starts in lower case right after a sentence of its own merged bead (`… gute Hochträger gehabt ;`
//   `dann hätte ich es ernsthaft versucht .`: the bead pairs the sentence it goes on from; the
//   merged-bead support tests pass such a piece by, the leave-out test does not). A source sentence in
//   lower case left alone stays a warning: a deleted translation of one (`die bisherigen
//   Angriffsversuche…` after a semicolon) is an omission a reviewer must see;
// - `partial` (warning / info in comparable mode): a `partial` pair whose source names or numbers did
//   not make it across; the finding lists them in `expected` (in comparable mode, names the target
//   document has elsewhere are not lost and are left out);
// - `omission` / `addition` also for a sentence inside a many-to-one bead that its bead's other side
//   does not support (`input.unsupported`, found by `compareArticles`): a deleted sentence whose
//   source the aligner folded into a neighbour's bead, or whose neighbours it shifted by one to give
//   it a partner (`evidence: 'leave-out'`), or a sentence whose paired target has none of its numbers
//   and is no closer to it than unrelated sentences (`evidence: 'numbers'`), or whose paired target
//   has none of its names but a neighbour's (`evidence: 'names'`); the message says which. One whose
//   paired target has none of its words but several of a neighbour's (`evidence: 'words'`) is `info`,
//   with a note: neighbouring sentences often share their words.
import type { Bead } from '../align/types.js';
import { finding, isContent, letterCount, sentenceLang, type Check, type CheckContext } from './context.js';
import { absentFromDocument, contentIndices, lazy, namesNotIn, namesOf, wordsOf } from './names.js';
import { numbersOf, unmatchedNumbers } from './numbers.js';
import type { CheckSide, Finding } from './types.js';
import { followsOn, leadsOn } from '../text/clauses.js';
import { abbreviationsFor } from '../segment/abbreviations.js';
import { primaryLang } from '../text/language-tag.js';

/** Whether sentence `i` of `side` (in bead `index`) is a short clause leading into the next sentence, which the next bead pairs. */
const leadsInto = (side: CheckSide, beads: readonly Bead[], index: number, i: number, key: 'src' | 'tgt'): boolean =>
  leadsOn(side.sentences[i]!.text) && pairedAt(beads, index + 1) && beads[index + 1]![key].includes(i + 1);

/** Whether sentence `i` of `side` starts in lower case right after a sentence that bead `k` pairs: it goes on from that one. */
const goesOnFrom = (side: CheckSide, beads: readonly Bead[], k: number, i: number, key: 'src' | 'tgt'): boolean =>
  followsOn(side.sentences[i]!.text) && pairedAt(beads, k) && beads[k]![key].includes(i - 1);

/**
 * A sentence that ends in a title that stands before a name (`… de liaison , capt .`, `… Prof.`; the
 * segmenter's prepositive abbreviations of `lang`, which it never ends a sentence on): a line break cut
 * it from the name and the rest of its sentence. Not a single letter (an initial, a unit), not a word
 * after a number (`8000 m .`, a unit), and not one after a capitalised word, where it follows a name
 * (`King Jr.`, `Main St.`).
 */
export function endsInTitle(text: string, lang: string): boolean {
  const m = /(?:^|[\s(«"“'’])(\p{L}{2,})\s?\.\s*$/u.exec(text);
  if (!m || !abbreviationsFor(primaryLang(lang)).prepositive.has(m[1]!.toLowerCase())) return false;
  const before = text.slice(0, m.index + m[0].indexOf(m[1]!)).trimEnd();
  return !/[\p{Nd}]$/u.test(before) && !/(?:^|\s)\p{Lu}\p{L}*$/u.test(before);
}

/** Whether sentence `i` of `side` (in bead `index`) ends in a title before a name (`… capt .`) and the next bead pairs the next sentence: a line break cut that sentence's beginning off. */
const cutBeforeName = (side: CheckSide, beads: readonly Bead[], index: number, i: number, key: 'src' | 'tgt'): boolean =>
  endsInTitle(side.sentences[i]!.text, sentenceLang(side.sentences[i]!, side)) && pairedAt(beads, index + 1) && beads[index + 1]![key].includes(i + 1);

/** Fewer letters than this make a sentence debris (a page number, a stray mark, scanning noise: `24 a !`), not text. */
const DEBRIS_LETTERS = 4;

/**
 * `f` (an omission or addition of `sentences` of `side`, bead `index`) as `info` with a note when its
 * evidence is weak: every sentence is debris, or (an omission) a lead-in clause left alone or a piece
 * going on from a sentence of its own merged bead, or (an addition) goes on from the sentence before
 * or is cut off before a name in the next one. A lead-in clause that a merged-bead test reports stays
 * a warning: a deleted one (a Bible verse ending in a colon) looks the same (docs/tuning.md).
 */
function weakly(f: Finding, side: CheckSide, beads: readonly Bead[], index: number, sentences: readonly number[], key: 'src' | 'tgt'): Finding {
  const all = (test: (i: number) => boolean) => sentences.every(test);
  const note = all((i) => letterCount(side.sentences[i]!.text) < DEBRIS_LETTERS) ? 'hardly any letters: a page number or debris of the layout or scanning, not text'
    : key === 'src' && beads[index]?.label === 'omission' && all((i) => leadsInto(side, beads, index, i, key)) ? 'a short clause ending in a colon or semicolon: the translation may have joined it to the next sentence'
      : all((i) => goesOnFrom(side, beads, key === 'tgt' ? index - 1 : index, i, key)) ? GOES_ON
          : key === 'tgt' && all((i) => cutBeforeName(side, beads, index, i, key)) ? 'it ends in a title before a name: it may be the beginning of the next sentence, which is paired'
            : undefined;
  return note ? { ...f, severity: 'info', note } : f;
}

/** The note of a sentence that starts in lower case right after a paired sentence (`weakly`). */
const GOES_ON = 'it starts in lower case: it may be the end of the sentence before, which is paired';

/** The note of an omission of evidence `words` (kept as `info`: neighbouring sentences often share their words). */
export const WORDS_SHIFTED_NOTE = 'weak evidence: neighbouring sentences often share their words, so the pair may be faithful; or the pairs here are shifted by one and a sentence near it is missing';

/** Whether bead `k` pairs source and target sentences. */
const pairedAt = (beads: readonly Bead[], k: number): boolean => (beads[k]?.label === 'match' || beads[k]?.label === 'partial') && beads[k]!.src.length > 0;

const span = (side: CheckSide, idx: number[]): [number, number] => [side.sentences[idx[0]].start, side.sentences[idx[idx.length - 1]].end];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function lostInPartial(ctx: CheckContext, bead: Bead, index: number, targetWords: () => ReturnType<typeof wordsOf>): Finding[] {
  const { source, target } = ctx.input;
  const names = absentFromDocument(ctx, namesNotIn(namesOf(source, bead.src), target, bead.tgt, ctx.options.nameMaxDistanceRatio), targetWords);
  const numbers = unmatchedNumbers(numbersOf(source, bead.src), numbersOf(target, bead.tgt), ctx.options.lenientWordNumbers).src;
  const lost = [...names, ...numbers].sort((a, b) => a.range[0] - b.range[0]);
  if (!lost.length) return [];
  return [finding(ctx, 'partial', {
    src: bead.src, tgt: bead.tgt, bead: index, srcRange: span(source, bead.src),
    expected: lost.map((x) => x.raw).join(', '),
  })];
}

export const checkCoverage: Check = (ctx) => {
  const { source, target, beads } = ctx.input;
  const out: Finding[] = [];
  const targetWords = lazy(() => wordsOf(target, contentIndices(target)));
  beads.forEach((bead, index) => {
    if (bead.label === 'omission') {
      const src = bead.src.filter((i) => isContent(source.sentences[i]));
      if (!src.length) return;
      const f = finding(ctx, 'omission', { src, bead: index, srcRange: span(source, src), detail: plural(src.length, 'source sentence') });
      // A lead-in clause alone, or debris, is weak evidence: it stays, as `info` (see the module comment).
      out.push(weakly(f, source, beads, index, src, 'src'));
    } else if (bead.label === 'addition') {
      // A short clause leading into the next target sentence, which has a source, is that sentence's
      // beginning cut off by the segmenter (`C'était prévu ;`), not added matter.
      const tgt = bead.tgt.filter((i) => isContent(target.sentences[i]) && !leadsInto(target, beads, index, i, 'tgt'));
      if (tgt.length) out.push(weakly(finding(ctx, 'addition', { tgt, bead: index, tgtRange: span(target, tgt), detail: plural(tgt.length, 'target sentence') }), target, beads, index, tgt, 'tgt'));
    } else if (bead.label === 'partial' && bead.src.length && bead.tgt.length) {
      out.push(...lostInPartial(ctx, bead, index, targetWords));
    }
  });
  for (const u of ctx.input.unsupported ?? []) {
    const side = u.side === 'source' ? source : target;
    if (!isContent(side.sentences[u.sentence])) continue;
    const at: [number, number] = [side.sentences[u.sentence]!.start, side.sentences[u.sentence]!.end];
    const other = beads[u.bead]?.[u.side === 'source' ? 'tgt' : 'src'] ?? [];
    if (u.side === 'target') {
      out.push(finding(ctx, 'addition', { src: other, tgt: [u.sentence], bead: u.bead, tgtRange: at, detail: MERGED.target }));
      continue;
    }
    const f = finding(ctx, 'omission', { src: [u.sentence], tgt: other, bead: u.bead, srcRange: at, detail: MERGED[u.evidence === 'leave-out' ? 'shifted' : u.evidence === 'numbers' || u.evidence === 'names' || u.evidence === 'words' ? u.evidence : 'source'] });
    // Words alone are weak evidence of a shifted pair (neighbours share a topic): `info`, with a note.
    out.push(u.evidence === 'words' ? { ...f, severity: 'info', note: WORDS_SHIFTED_NOTE } : weakly(f, source, beads, u.bead, [u.sentence], 'src'));
  }
  return out;
};

/** Wording for a sentence without counterpart inside a merged bead. */
const MERGED = {
  source: '1 source sentence, grouped with a translated neighbour,',
  shifted: '1 source sentence, paired only weakly (the alignment fits almost as well without it),',
  numbers: '1 source sentence, paired with a target that has none of its numbers and is no closer to it than unrelated sentences,',
  names: '1 source sentence, paired with a target that has none of its names but a name of the sentence next to it,',
  words: '1 source sentence, paired with a target that has no dictionary translation of its words but several of the next or previous source sentence\'s,',
  target: '1 target sentence, grouped with a translated neighbour,',
} as const;
