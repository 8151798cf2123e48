// Whether a sentence's numbers above ten are all in its partner (any form, Chinese numerals too).
import { describe, expect, it } from 'vitest';
import { numbersAnswered } from '../../src/compare/facts.js';

describe('numbersAnswered', () => {
  it('words and Chinese numerals of the same values answer each other (22,000 and 10,000)', () => {
    expect(numbersAnswered('And there returned twenty and two thousand; and there remained ten thousand.', 'en', '于是有二万二千人回去，只剩下一万。', 'zh')).toBe(true);
  });
  it('one number the partner lacks, or no number above ten at all, is no answer', () => {
    expect(numbersAnswered('And there returned twenty and two thousand; and there remained ten thousand.', 'en', '于是有二万二千人回去。', 'zh')).toBe(false);
    expect(numbersAnswered('He took two sons and three daughters.', 'en', 'He took two sons and three daughters.', 'en')).toBe(false);
  });
});
