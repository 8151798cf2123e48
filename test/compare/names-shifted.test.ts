// Which source sentences `namesShifted` reports, from hand-made shifted and faithful pairs.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { checkAlignment } from '../../src/check/index.js';
import { namesShifted } from '../../src/compare/names-shifted.js';
import { bead, side } from '../check/helpers.js';

// English–French, a target sentence deleted: the translation of sentence 1 (`the guide Almer`) is
// gone, and the aligner paired sentence 1 with sentence 2's translation (target 1, which names the Eiger).
const source = side('en', [
  'In the morning the group took the train up to Grindelwald.',
  'There the guide Almer was already waiting for them.',
  'Together they then climbed to the hut below the Eiger.',
  'In the evening the guide Almer told them about his first ascent.',
]);
const target = side('fr', [
  'Le matin , le groupe prit le train pour Grindelwald .',
  "Ensemble , ils montèrent ensuite à la cabane sous l' Eiger .",
  'Le soir , Almer raconta sa première ascension .',
]);
const beads: Bead[] = [bead([0], [0]), bead([1], [1]), bead([2, 3], [2])];

describe('namesShifted', () => {
  it('reports a 1-1 pair whose target lacks its names, found near it, and holds a neighbour’s name', () => {
    // Sentence 1: `Almer` is not in target 1 but in target 2 (a bead away); target 1 has `Eiger` of
    // sentence 2. Sentence 0: `Grindelwald` is in its target. Sentences 2 and 3 share a bead (not 1-1).
    expect(namesShifted(source, target, beads)).toEqual([{ side: 'source', sentence: 1, bead: 1, similarity: NaN, evidence: 'names' }]);
  });
  it('keeps a pair whose target has its name, or holds no neighbour’s name', () => {
    const faithful = side('fr', ['Le matin , le groupe prit le train pour Grindelwald .', 'Là , le guide Almer les attendait déjà .', 'Le soir , Almer raconta sa première ascension .']);
    expect(namesShifted(source, faithful, beads)).toEqual([]);
    // Target 1 without `Eiger`: nothing says it is sentence 2's translation.
    const plain = side('fr', ['Le matin , le groupe prit le train pour Grindelwald .', 'Ensemble , ils montèrent ensuite à la cabane .', 'Le soir , Almer raconta sa première ascension .']);
    expect(namesShifted(source, plain, beads)).toEqual([]);
  });
  it('keeps a pair whose name is nowhere near it (a translator may leave a name out)', () => {
    // `Almer` in neither target 0 nor target 2: the name could as well be dropped by the translation.
    const without = side('fr', ['Le matin , le groupe prit le train pour Grindelwald .', "Ensemble , ils montèrent ensuite à la cabane sous l' Eiger .", 'Le soir , le guide raconta sa première ascension .']);
    expect(namesShifted(source, without, beads)).toEqual([]);
  });
  it('judges only match and partial pairs', () => {
    const labelled = beads.map((b, k) => (k === 1 ? { ...b, label: 'omission' as const } : b));
    expect(namesShifted(source, target, labelled)).toEqual([]);
  });

  // English–Chinese (1 Kings 12:25-26), the target of verse 26 deleted: verse 26 paired with the
  // second half of verse 25. Names are read by the transliteration matcher: 耶罗波安 ye luo bo an reads
  // as `Jeroboam` (score 0.80, four characters), 毗努伊勒 pi nu yi le as `Penuel` (0.97).
  const kings = side('en', [
    'Then Jeroboam built Shechem in mount Ephraim, and dwelt therein; and went out from thence, and built Penuel.',
    'And Jeroboam said in his heart, Now shall the kingdom return to the house of David.',
  ]);
  const shifted = side('zh', ['耶罗波安在以法莲山地建筑示剑，就住在其中。', '又从示剑出去，建筑毗努伊勒。']);
  it('reads names in Chinese characters', () => {
    // Verse 26: `Jeroboam` is in target 0 and not in target 1 (no two of 耶罗波安 in a row there), and
    // target 1 reads `Penuel` of verse 25. Verse 25: `Jeroboam` is in its own target 0.
    expect(namesShifted(kings, shifted, [bead([0], [0]), bead([1], [1])]).map((u) => u.sentence)).toEqual([1]);
    const faithful = side('zh', ['耶罗波安在以法莲山地建筑示剑，就住在其中，又从示剑出去，建筑毗努伊勒。', '耶罗波安心里说，恐怕这国仍归大卫家。']);
    expect(namesShifted(kings, faithful, [bead([0], [0]), bead([1], [1])])).toEqual([]);
  });
  it('becomes an omission that says why', () => {
    const unsupported = namesShifted(source, target, beads);
    const findings = checkAlignment({ source, target, beads, unsupported }).filter((f) => f.code === 'omission');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.src).toEqual([1]);
    expect(findings[0]!.message).toContain('paired with a target that has none of its names but a name of the sentence next to it');
  });
});
