import { describe, expect, it } from 'vitest';
import { transliterationTable } from '../../scripts/build-transliteration.js';
import type { CedictEntry } from '../../src/lexicon/cedict.js';

const e = (simplified: string, pinyin: string, ...english: string[]): CedictEntry => ({ traditional: simplified, simplified, pinyin, english });

describe('transliterationTable', () => {
  it('keeps the characters of name entries, by reading, and leaves out common words and Chinese names', () => {
    const entries = [
      e('基甸', 'Ji1 dian4', 'Gideon (name, from Judges 6:11 onward)'),
      e('米甸', 'Mi3 dian4', 'Midian (Bible)'),
      e('耶路撒冷', 'Ye1 lu4 sa1 leng3', 'Jerusalem'), // three characters or more, one capitalised word
      e('北京市', 'Bei3 jing1 shi4', 'Beijingshi'), // its own pinyin: a Chinese name
      e('仙女座', 'Xian1 nu:3 zuo4', 'Andromeda (constellation)'), // a group named with a Chinese word
      e('基本', 'ji1 ben3', 'basic'), // a common word: counts against 基
    ];
    // With one name entry enough and any share of common words: 基 ji (1 name, 1 common), 甸 dian (2),
    // 米 mi, 耶 ye, 路 lu, 撒 sa, 冷 leng; not 北京市 (its pinyin) nor 仙女座 (constellation).
    expect(transliterationTable(entries, 1, 0)).toBe('dian\t甸\nji\t基\nleng\t冷\nlu\t路\nmi\t米\nsa\t撒\nye\t耶\n');
    // Two entries needed: only 甸.
    expect(transliterationTable(entries, 2, 0)).toBe('dian\t甸\n');
    // 基 has 1 name entry per 1 common entry (+1): 0.5 < 0.6, left out.
    expect(transliterationTable(entries, 1, 0.6)).not.toContain('基');
  });
});
