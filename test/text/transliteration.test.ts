import { describe, expect, it } from 'vitest';
import { bestTransliteration, latinSounds, pinyinSounds, readableRuns, soundScore, syllableSounds, transliterationScore } from '../../src/text/transliteration.js';
import { parseTransliterationTable, transliterationReadings } from '../../src/lexicon/transliteration-table.js';

describe('sound skeletons', () => {
  it('reduces a Latin name to consonant classes and single vowels', () => {
    // G before i is soft (J); "eo" is one vowel; "ph" is F, "th" T, a doubled letter one sound.
    expect(latinSounds('Gideon')).toEqual(['J', 'V', 'T', 'V', 'N']);
    expect(latinSounds('Philipp')).toEqual(['F', 'V', 'L', 'V', 'P']);
    expect(latinSounds('Ruth')).toEqual(['L', 'V', 'T']);
    expect(latinSounds('Anna')).toEqual(['V', 'N', 'V']);
  });
  it('reads pinyin initials, finals and the weak vowels Chinese adds after a bare consonant', () => {
    expect(syllableSounds('dian')).toEqual(['T', 'V', 'N']);
    expect(syllableSounds('si')).toEqual(['S', 'v']);
    expect(syllableSounds('ke')).toEqual(['K', 'v']);
    expect(syllableSounds('er')).toEqual(['v', 'L']);
    expect(syllableSounds('ya')).toEqual(['V']);
    // "dan ni": the two n's are one sound, as in the name "Daniel".
    expect(pinyinSounds(['dan', 'ni', 'er'])).toEqual(['T', 'V', 'N', 'V', 'L']);
  });
});

describe('transliterationScore', () => {
  it.each([
    // Same skeleton on both sides (J V T V N): nothing to pay.
    ['Gideon', ['ji', 'dian'], 1],
    ['Midian', ['mi', 'dian'], 1],
    ['Daniel', ['dan', 'ni', 'er'], 1],
    // L V H against L V: the h dropped (0.2) of a weight of 2.5 (two consonants, one vowel at 0.5).
    ['Leah', ['li', 'ya'], 1 - 0.2 / 2.5],
    // T V W V T against T V W V: the last d dropped (0.5) of a weight of 4.
    ['David', ['da', 'wei'], 1 - 0.5 / 4],
    // L V H V P V M against L V P V N: h (0.2) and a vowel (0.3) dropped, m read as n (0.5), of 5.5.
    ['Rehoboam', ['luo', 'bo', 'an'], 1 - 1 / 5.5],
  ] as const)('%s reads as %j: %f', (word, syllables, expected) => {
    expect(transliterationScore(word, syllables)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['Gideon', ['mi', 'dian']], // the neighbouring verse's name: m is no g
    ['Gideon', ['shang', 'di']], // 上帝, a common word
    ['Moses', ['ji', 'dian']],
    ['London', ['ba', 'li']],
    ['Jerusalem', ['ba', 'bi', 'lun']],
  ] as const)('%s does not read as %j', (word, syllables) => {
    expect(transliterationScore(word, syllables)).toBeLessThan(0.8);
  });

  it('stops early only below the score asked for', () => {
    const a = latinSounds('Rehoboam');
    const b = pinyinSounds(['luo', 'bo', 'an']);
    expect(soundScore(a, b, 0.8)).toBe(soundScore(a, b));
    expect(soundScore(a, pinyinSounds(['ba', 'li']), 0.8)).toBe(0);
  });
});

describe('readable runs', () => {
  const table = parseTransliterationTable('ji\t基吉\ndian\t甸\nmi\t米\nxi\t西\n');
  it('parses lines syllable → characters, a character with several readings keeping each', () => {
    expect(parseTransliterationTable('ji\t基\nqi\t基\nbad line\n').get('基')).toEqual(['ji', 'qi']);
  });
  it('lists runs of two table characters or more, with their offsets', () => {
    // 他们来到 are offsets 0-3, 基甸 4-5, 和 6, 米甸 7-8; the lone 西 at 10 is no run.
    const runs = readableRuns('他们来到基甸和米甸，西边', table);
    expect(runs.map((r) => [r.start, r.end])).toEqual([[4, 6], [7, 9]]);
  });
  it('finds a name in the run that reads as it, not in its neighbour', () => {
    const runs = readableRuns('他们来到基甸和米甸', table);
    expect(bestTransliteration('Gideon', runs)).toMatchObject({ score: 1, start: 4, end: 6 });
    expect(bestTransliteration('Midian', runs)).toMatchObject({ score: 1, start: 7, end: 9 });
  });
  it('ships a table with the characters of common transliterations', () => {
    const shipped = transliterationReadings();
    expect(shipped.get('斯')).toContain('si');
    expect(shipped.get('尔')).toContain('er');
    // Characters that are above all common words are left out.
    expect(shipped.has('是')).toBe(false);
    expect(shipped.has('了')).toBe(false);
  });
});
