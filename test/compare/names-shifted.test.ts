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
  it('reads Chinese only with the transliteration table on, and never reads Japanese as Chinese', () => {
    // The shifted verse 26 above, with the table off (`dictionaries: false`): no name can be read.
    expect(namesShifted(kings, shifted, [bead([0], [0]), bead([1], [1])], { transliteration: false })).toEqual([]);
    // Japanese is written with the same characters but read otherwise: not judged (`Shinzo` reads 三十 as pinyin).
    const ja = side('ja', ['首相の安倍晋三は月曜日に大阪を訪れた。', '三十人の記者が会見に集まった。']);
    const en = side('en', ['On Monday the prime minister Shinzo Abe visited Osaka for talks.', 'There the governor Hirofumi Yoshimura welcomed Shinzo Abe warmly.']);
    expect(namesShifted(en, ja, [bead([0], [0]), bead([1], [1])])).toEqual([]);
  });

  const b4 = (n: number) => Array.from({ length: n }, (_, k) => bead([k], [k]));
  it('keeps faithful pairs that only look shifted', () => {
    // A sentence that opens with its name (`Almer`, not reportable as the first word) while the next
    // sentence has it too: target 1 lacks `Eiger`, the translator's choice, and holds `Almer`, which is
    // sentence 1's own name, not a neighbour's.
    const en = side('en', ['In the morning the group took the train up to Grindelwald.', 'Almer then led them up to the hut below the Eiger.', 'At the hut the guide Almer told them about his first ascent.', 'The Eiger north face was still in shadow at dawn.']);
    const fr = side('fr', ['Le matin , le groupe prit le train pour Grindelwald .', 'Almer les conduisit ensuite à la cabane .', 'À la cabane , le guide Almer leur raconta sa première ascension .', "La face nord de l' Eiger était encore dans l' ombre à l' aube ."]);
    expect(namesShifted(en, fr, b4(4))).toEqual([]);
    // A pronoun and a name swapped: target 1 names `Merkel` for `her`, and its own `Macron` is left out;
    // but `Merkel` is in sentence 0's own target too, so nothing moved.
    const news = side('en', ['On Monday the German chancellor Angela Merkel arrived in Paris for talks.', 'There President Macron welcomed her warmly at the palace.', 'Macron later told reporters that the talks had gone very well.']);
    const swapped = side('fr', ['Lundi , la chancelière allemande Angela Merkel est arrivée à Paris .', 'Là , le président a accueilli chaleureusement Merkel au palais .', 'Macron a ensuite déclaré que les entretiens s’étaient très bien passés .']);
    expect(namesShifted(news, swapped, b4(3))).toEqual([]);
    // A Chinese target with one Latin word (`Samsung`) among Chinese neighbours: the Latin rules cannot
    // look for `Roh Tae-moon` in sentences without Latin letters, so they find nothing there.
    const phone = side('en', ['On Monday Samsung presented its new folding phone in Seoul.', 'The chief executive Roh Tae-moon called it the best phone ever made.', 'Analysts in Seoul expect strong sales before the end of the year.']);
    const zh = side('zh', ['周一，三星在首尔发布了新款折叠手机。', '首席执行官卢泰文称这款 Samsung 手机是有史以来最好的手机。', '首尔的分析师预计年底前销量强劲。']);
    expect(namesShifted(phone, zh, b4(3))).toEqual([]);
  });

  it('becomes an omission that says why', () => {
    const unsupported = namesShifted(source, target, beads);
    const findings = checkAlignment({ source, target, beads, unsupported }).filter((f) => f.code === 'omission');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.src).toEqual([1]);
    expect(findings[0]!.message).toContain('paired with a target that has none of its names but a name of the sentence next to it');
  });
});
