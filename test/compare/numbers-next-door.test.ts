// Which omissions `numbersNextDoorAsInfo` keeps as `info`: a census verse's total grouped with the next
// verse, while the target put it in the sentence before (simplified from Numbers 4:38–41, KJV and Chinese Union Version).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/types.js';
import { NUMBERS_NEXT_DOOR_NOTE, numbersNextDoor, numbersNextDoorAsInfo } from '../../src/compare/numbers-next-door.js';
import { bead, side } from '../check/helpers.js';

const english = side('en', [
  'And those that were numbered of the sons of Gershon, throughout their families,',
  'Even those that were numbered of them were two thousand and six hundred and thirty.',
  'These are they that were numbered of the families of the sons of Gershon.',
]);
// Target 0 holds source 0 and the total of source 1 (二千六百三十 = 2,630); target 1 is source 2.
const chinese = side('zh', ['革顺子孙被数的，照着家室，宗族，共有二千六百三十名。', '这是革顺子孙各族中被数的。']);
const langs = { source: 'en', target: 'zh' };
// The aligner grouped source 1 with source 2 (a 2-1 bead), away from the target that has its number.
const beads = [bead([0], [0]), bead([1, 2], [1])];
const omitted: Finding = { code: 'omission', severity: 'warning', message: 'omitted', src: [1], bead: 1 };

describe('numbersNextDoor', () => {
  it('says so when the pair next to the bead has every number of the sentence and its source none', () => {
    // 2,630 (source 1, in words) is in target 0 (in Chinese numerals); source 0 has no number.
    expect(numbersNextDoor(english.sentences, chinese.sentences, beads, 1, 1, langs)).toBe(true);
    expect(numbersNextDoorAsInfo([omitted], english.sentences, chinese.sentences, beads, langs)).toEqual([{ ...omitted, severity: 'info', note: NUMBERS_NEXT_DOOR_NOTE }]);
  });
  it('keeps the warning when the neighbour lacks the number, its own source has it, or the sentence has none', () => {
    // Target 0 without the total: the number is nowhere near (a deleted translation takes it along).
    const short = side('zh', ['革顺子孙被数的，照着家室，宗族，', '这是革顺子孙各族中被数的。']);
    expect(numbersNextDoorAsInfo([omitted], english.sentences, short.sentences, beads, langs)).toEqual([omitted]);
    // Source 0 says 2,630 too (a repeated total): it explains the number in target 0 itself.
    const repeated = side('en', [
      'And those that were numbered of the sons of Gershon were two thousand and six hundred and thirty,',
      english.sentences[1]!.text,
      english.sentences[2]!.text,
    ]);
    expect(numbersNextDoor(repeated.sentences, chinese.sentences, beads, 1, 1, langs)).toBe(false);
    // Source 2 has no number above ten: nothing to find next door.
    expect(numbersNextDoor(english.sentences, chinese.sentences, beads, 2, 1, langs)).toBe(false);
    // An info finding, or one naming several sentences, is left as it is.
    const info: Finding = { ...omitted, severity: 'info' };
    expect(numbersNextDoorAsInfo([info, { ...omitted, src: [1, 2] }], english.sentences, chinese.sentences, beads, langs)).toEqual([info, { ...omitted, src: [1, 2] }]);
  });
});
