// Which source sentences `numbersNotInPair` and `numbersAbsent` report, from hand-made pairs.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { numbersAbsent, numbersNotInPair } from '../../src/compare/numbers-absent.js';
import { side } from '../check/helpers.js';

const langs = { source: 'de', target: 'fr' };
// Sentence 0: a date whose day and year (19, 1956) the target lacks. Sentence 1: 25 and 1955, the target
// has 1955. Sentence 2: no number above ten (`zwei`, `3`). Sentence 3: 8603 and its target lacks it, but
// it shares a 2-1 bead with sentence 4. Sentence 5: 4500 and its target lacks it (a 1-2 bead).
const source = side('de', [
  'Am 19. August 1956 wurde der Gipfel von sechs Bergsteigern erreicht .',
  'Im Jahr 1955 kamen 25 Träger mit der Gruppe bis zum Lager .',
  'Die zwei Gruppen trafen sich am 3 Lager am Gletscher .',
  'Die Höhe von 8603 m gilt heute als gesichert .',
  'Niemand hat das seither nachgemessen .',
  'Das Basislager lag auf etwa 4500 m über dem Meer .',
]);
const target = side('fr', [
  "C' est une sommité imposante de caractère himalayen .",
  'En 1955 , les porteurs accompagnaient le groupe jusqu\' au camp .',
  'Les deux groupes se sont rencontrés au glacier .',
  "L' altitude est aujourd' hui considérée comme sûre .",
  'Le camp de base était installé .',
  'Il se trouvait sur la moraine .',
]);
const beads: Bead[] = [
  { src: [0], tgt: [0], score: 0.1, label: 'match' },
  { src: [1], tgt: [1], score: 0.3, label: 'match' },
  { src: [2], tgt: [2], score: 0.4, label: 'match' },
  { src: [3, 4], tgt: [3], score: 0.2, label: 'match' },
  { src: [5], tgt: [4, 5], score: 0.2, label: 'partial' },
];

describe('numbersNotInPair', () => {
  it('finds sentences alone in their bead with a number above ten (dates included) none of which the target has', () => {
    // 0: 19 and 1956 of its date, neither in the target; 1: 1955 is there (one found is enough to keep
    // it out); 2: no number above ten; 3: not alone on its side; 5: 4500 in neither of its two targets.
    expect(numbersNotInPair(source.sentences, target.sentences, beads, langs)).toEqual([[0, 0], [5, 4]]);
  });
  it('judges only match and partial beads, and sentences of at least minLetters letters', () => {
    const labelled: Bead[] = beads.map((b, k) => (k === 0 ? { ...b, label: 'omission' } : b));
    expect(numbersNotInPair(source.sentences, target.sentences, labelled, langs)).toEqual([[5, 4]]);
    // Sentence 5 has 35 letters (Das Basislager lag auf etwa m über dem Meer), sentence 0 has 50.
    expect(numbersNotInPair(source.sentences, target.sentences, beads, langs, { minLetters: 40 })).toEqual([[0, 0]]);
  });
});

describe('numbersAbsent', () => {
  it('reports the candidates whose similarity to their target is below the unrelated threshold', () => {
    const sims = new Map([[0, 0.05], [5, 0.3]]);
    const similarity = (i: number) => sims.get(i) ?? 1;
    // Threshold 0.2: sentence 0 (0.05) is below it, sentence 5 (0.3) is not; at 0.3 neither is 5 (not strictly below).
    expect(numbersAbsent([[0, 0], [5, 4]], beads, similarity, 0.2)).toEqual([{ side: 'source', sentence: 0, bead: 0, similarity: 0.05, evidence: 'numbers' }]);
    expect(numbersAbsent([[0, 0], [5, 4]], beads, similarity, 0.3).map((u) => u.sentence)).toEqual([0]);
    expect(numbersAbsent([[0, 0], [5, 4]], beads, similarity, 0.31).map((u) => u.sentence)).toEqual([0, 5]);
  });
});
