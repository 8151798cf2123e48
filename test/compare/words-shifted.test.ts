// Which source sentences `wordsShifted` reports, from hand-made shifted and faithful German–French
// pairs read with the shipped lexicon (each word's carried count was looked up alone with `carriedWords`).
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { checkAlignment } from '../../src/check/index.js';
import type { Finding } from '../../src/check/types.js';
import { placedApartFromWords, wordsShifted } from '../../src/compare/words-shifted.js';
import { bead, side } from '../check/helpers.js';

// A target sentence deleted: the translation of sentence 1 (`Là , le guide les attendait déjà .`) is
// gone, and the aligner paired sentence 1 with sentence 2's translation (target 1).
const source = side('de', [
  'Am Morgen fuhr die Gruppe mit dem Zug nach Grindelwald .',
  'Dort wartete schon der Bergführer auf sie .',
  'Gemeinsam stiegen sie dann zur Hütte unter dem Gipfel hinauf .',
  'Am Abend erzählte der Bergführer von seiner ersten Besteigung .',
]);
const shifted = side('fr', [
  'Le matin , le groupe prit le train pour Grindelwald .',
  'Ensemble , ils montèrent ensuite à la cabane sous le sommet .',
  'Le soir , le guide raconta sa première ascension .',
]);
const beads: Bead[] = [bead([0], [0]), bead([1], [1]), bead([2, 3], [2])];
const LANGS = ['de', 'fr'] as const;

describe('wordsShifted', () => {
  it('reports a 1-1 pair whose target carries none of its words and several of a neighbour’s', () => {
    // Sentence 1's specific words are `Dort` and `schon` (2): neither in target 1. Sentence 2 has 5
    // (`Gemeinsam`, `stiegen`, `dann`, `Hütte`, `Gipfel`), of which `dann` (ensuite), `Hütte` (cabane)
    // and `Gipfel` (sommet) are in target 1: 3 >= 2 and 3/5 >= a quarter. Sentence 0 carries `fuhr`
    // (prit), `Gruppe` and `Zug` in its own target 0; sentences 2 and 3 share a bead (not 1-1).
    expect(wordsShifted(source, shifted, beads, LANGS)).toEqual([{ side: 'source', sentence: 1, bead: 1, similarity: NaN, evidence: 'words' }]);
  });
  it('keeps a faithful pair', () => {
    // Target 1 is sentence 1's translation: `Dort` (là) and `schon` (déjà) are both carried.
    const faithful = side('fr', [
      'Le matin , le groupe prit le train pour Grindelwald .',
      'Là , le guide les attendait déjà .',
      'Ensemble , ils montèrent ensuite à la cabane sous le sommet .',
      'Le soir , le guide raconta sa première ascension .',
    ]);
    expect(wordsShifted(source, faithful, [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([3], [3])], LANGS)).toEqual([]);
  });
  it('keeps a pair whose target carries a word it shares with its neighbour', () => {
    // Sentence 1 now waits `vor der Hütte`: target 1's `cabane` carries one of its own words, so the
    // words cannot say the target is only the neighbour's (sentences sharing a topic).
    const near = side('de', source.sentences.map((s, i) => (i === 1 ? 'Dort wartete schon der Bergführer vor der Hütte .' : s.text)));
    expect(wordsShifted(near, shifted, beads, LANGS)).toEqual([]);
  });
  it('keeps a pair whose neighbour’s own target carries the neighbour’s words as well (one topic, nothing moved)', () => {
    // Target 1 carries 3 of sentence 2's words (`dann`, `Hütte`, `Gipfel`, as above), but so does
    // sentence 2's own target 2, the same French sentence: 3 is not more than 3, so nothing was taken away.
    const twice = side('fr', [
      'Le matin , le groupe prit le train pour Grindelwald .',
      'Ensemble , ils montèrent ensuite à la cabane sous le sommet .',
      'Ensemble , ils montèrent ensuite à la cabane sous le sommet .',
      'Le soir , le guide raconta sa première ascension .',
    ]);
    expect(wordsShifted(source, twice, [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([3], [3])], LANGS)).toEqual([]);
  });
  it('says nothing without dictionaries for the pair, or for a pair that is not 1-1', () => {
    expect(wordsShifted(side('de', source.sentences.map((s) => s.text)), side('zh', shifted.sentences.map((s) => s.text)), beads, ['de', 'zh'])).toEqual([]);
    const labelled = beads.map((b, k) => (k === 1 ? { ...b, label: 'omission' as const } : b));
    expect(wordsShifted(source, shifted, labelled, LANGS)).toEqual([]);
  });
  it('becomes an info omission with a note that says the evidence is weak', () => {
    const unsupported = wordsShifted(source, shifted, beads, LANGS);
    const findings = checkAlignment({ source, target: shifted, beads, unsupported }).filter((f) => f.code === 'omission');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.src).toEqual([1]);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain("paired with a target that has no dictionary translation of its words but several of the next or previous source sentence's");
    // The note is the hedge only, not the message again.
    expect(findings[0]!.note).toBe('weak evidence: neighbouring sentences often share their words, so the pair may be faithful; or the pairs here are shifted by one and a sentence near it is missing');
  });
});

describe('placedApartFromWords', () => {
  const words = (): Finding => {
    const unsupported = wordsShifted(source, shifted, beads, LANGS);
    return checkAlignment({ source, target: shifted, beads, unsupported }).find((f) => f.code === 'omission')!;
  };
  const other: Finding = { code: 'omission', severity: 'warning', src: [2], bead: 2, message: 'Not in the target: 1 source sentence' };
  it('places the other omissions without it, and keeps it where none of them names its sentence', async () => {
    const seen: Finding[][] = [];
    const out = await placedApartFromWords([words(), other], async (f) => { seen.push(f); return f; });
    expect(seen).toEqual([[other]]);
    expect(out.map((f) => f.src)).toEqual([[1], [2]]);
  });
  it('drops it where a placed omission names its sentence', async () => {
    // The placement widens the warning on sentence 2 to sentences 1-2: sentence 1 is named there.
    const out = await placedApartFromWords([words(), other], async (f) => f.map((g) => ({ ...g, src: [1, 2] })));
    expect(out).toEqual([{ ...other, src: [1, 2] }]);
  });
  it('refuses a placement that does not return one finding for each it was given', async () => {
    await expect(placedApartFromWords([words(), other], async () => [])).rejects.toThrow(/one finding for each it was given/);
  });
});
