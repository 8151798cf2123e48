// Which omission candidates `partlyCarried` keeps back, with the shipped German–French lexicon: the
// words and their concepts were looked up one by one (`carriedWords` on each word alone).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/types.js';
import { CONDENSED_NOTES, carriedWords, condensedAsInfo, partlyCarried } from '../../src/compare/carried.js';
import { bead, side } from '../check/helpers.js';

// The French says the German sentence in other words: `dunkel` (obscurité) and `vollständig` (complète)
// have a translation in it; `Scharte` and `schon` are specific words without one there (the lexicon
// does not give `brèche` for `Scharte`); `Als`, `sie`, `in`, `der`, `sind`, `ist`, `es` are function words.
const german = 'Als sie in der Scharte sind , ist es schon vollständig dunkel .';
const french = "L' obscurité est complète lorsqu' ils arrivent à la brèche .";

describe('carriedWords', () => {
  it('counts the specific words whose translation is in the target and that nothing else explains', () => {
    expect(carriedWords(german, [], [french], ['de', 'fr'])).toEqual({ carried: 2, words: 4 });
    // A neighbour that says `dunkel` too explains `obscurité`: only `vollständig` is left.
    expect(carriedWords(german, ['Es war dunkel in der Nacht .'], [french], ['de', 'fr'])).toEqual({ carried: 1, words: 4 });
    // An unrelated target carries nothing.
    expect(carriedWords('Am Abend erreichten wir die Hütte im Schnee .', [], [french], ['de', 'fr'])?.carried).toBe(0);
  });
  it('reads a target sentence in the lexicon of the target side', () => {
    // The French against the German: `obscurité` (dunkel) and `complète` (vollständig) of its 2 specific words.
    expect(carriedWords("L' obscurité est complète .", [], [german], ['de', 'fr'], {}, 'target')).toEqual({ carried: 2, words: 2 });
  });
  it('says nothing without dictionaries for the pair', () => {
    expect(carriedWords(german, [], [french], ['de', 'zh'])).toBeUndefined();
  });
});

describe('partlyCarried', () => {
  // Source 1 is the candidate, in a 2-1 bead with source 0; target 0 is the bead's.
  const source = side('de', ['Der Weg war lang und steil .', german, 'Am Abend erreichten wir die Hütte im Schnee .']);
  const target = side('fr', [french, 'Le soir , nous atteignîmes la cabane .']);
  const beads = [bead([0, 1], [0]), bead([2], [1])];
  const u = { side: 'source' as const, sentence: 1, bead: 0, similarity: 0.05 };
  it('keeps back a sentence with two carried words making a quarter of its specific words or more', () => {
    // 2 of 4: carried.
    expect(partlyCarried(source.sentences, target.sentences, beads, u, ['de', 'fr'])).toBe(true);
    // Three words needed, or more than half: not carried.
    expect(partlyCarried(source.sentences, target.sentences, beads, u, ['de', 'fr'], { minWords: 3 })).toBe(false);
    expect(partlyCarried(source.sentences, target.sentences, beads, u, ['de', 'fr'], { minShare: 0.6 })).toBe(false);
  });
  it("reads an added target sentence against its bead's source", () => {
    // The French split one sentence in two: target 1 (`obscurité`, `complète`) is the end of the German's translation.
    const split = side('fr', ['Ils arrivent à la brèche .', "L' obscurité est complète .", 'Le soir , nous atteignîmes la cabane .']);
    const german2 = side('de', ['Am Abend erreichten wir die Hütte im Schnee .', german]);
    const added = { side: 'target' as const, sentence: 1, bead: 1, similarity: 0 };
    expect(partlyCarried(german2.sentences, split.sentences, [bead([0], [2]), bead([1], [0, 1])], added, ['de', 'fr'])).toBe(true);
    // A bead whose source says nothing of it.
    expect(partlyCarried(german2.sentences, split.sentences, [bead([1], [2]), bead([0], [0, 1])], added, ['de', 'fr'])).toBe(false);
  });
  it('counts only words that the bead and the neighbours do not explain, and needs a target and a lexicon', () => {
    // The next sentence (outside the bead) says `dunkel` too: one carried word is not enough.
    const dark = side('de', ['Der Weg war lang und steil .', german, 'Es war dunkel in der Nacht .']);
    expect(partlyCarried(dark.sentences, target.sentences, beads, u, ['de', 'fr'])).toBe(false);
    expect(partlyCarried(source.sentences, target.sentences, [bead([0], [0]), bead([1], [], 'omission'), bead([2], [1])], { ...u, bead: 1 }, ['de', 'fr'])).toBe(false);
    expect(partlyCarried(source.sentences, target.sentences, beads, u, ['de', 'zh'])).toBe(false);
  });
});

describe('condensedAsInfo', () => {
  it('makes the omission or addition of a partly carried sentence info with a note, and nothing else', () => {
    const omission: Finding = { code: 'omission', severity: 'warning', message: 'Not in the target', src: [1], bead: 0 };
    const elsewhere: Finding = { ...omission, src: [2], bead: 1 };
    const u = { side: 'source' as const, sentence: 1, bead: 0, similarity: 0.05 };
    expect(condensedAsInfo([omission, elsewhere], [u])).toEqual([{ ...omission, severity: 'info', note: CONDENSED_NOTES.omission }, elsewhere]);
    expect(condensedAsInfo([omission], [])).toEqual([omission]);
    // Target sentence 1 of bead 0: its addition, not an omission of source sentence 1.
    const addition: Finding = { code: 'addition', severity: 'warning', message: 'Added in the target', tgt: [1], bead: 0 };
    const added = { ...u, side: 'target' as const };
    expect(condensedAsInfo([omission, addition], [added])).toEqual([omission, { ...addition, severity: 'info', note: CONDENSED_NOTES.addition }]);
  });
});
