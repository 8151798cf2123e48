// Which source sentences `factsAbsent` reports: their names and numbers were read off by hand, and
// the target sentences searched are those of the two beads on either side of the sentence's own.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/types.js';
import { ABSENT_FACTS_MESSAGE, explainAbsentFacts, factsAbsent } from '../../src/compare/absent-facts.js';
import { bead, side } from '../check/helpers.js';

const english = side('en', [
  'The committee met for the first time last spring.',
  'Its members came from Reykjavík and Akureyri in the north.',
  'They agreed on a plan for the coming years.',
]);

describe('factsAbsent', () => {
  it('reports a sentence whose two names the target has nowhere near it', () => {
    // The translation of source 1 was deleted: the aligner folded it into the next sentence's bead.
    const icelandic = side('is', ['Nefndin kom fyrst saman síðasta vor.', 'Þau sömdu um áætlun fyrir næstu ár.']);
    const out = factsAbsent(english, icelandic, [bead([0], [0]), bead([1, 2], [1])]);
    expect(out.map((u) => [u.sentence, u.bead, u.facts])).toEqual([[1, 1, ['Reykjavík', 'Akureyri']]]);
  });
  it('keeps quiet when the names are in a neighbouring bead, or there is one fact only', () => {
    // Paired one sentence off: `Reykjavík` and `Akureyri` are in the next bead's target.
    const shifted = side('is', ['Nefndin kom fyrst saman síðasta vor.', 'Þau sömdu um áætlun.', 'Fulltrúar komu frá Reykjavík og Akureyri.']);
    expect(factsAbsent(english, shifted, [bead([0], [0]), bead([1], [1]), bead([2], [2])])).toEqual([]);
    // One name alone may be rendered in the target's own words.
    const one = side('en', ['The committee met for the first time last spring.', 'Its members all came from Reykjavík that year.']);
    const target = side('is', ['Nefndin kom fyrst saman síðasta vor.', 'Allir fulltrúarnir komu úr borginni.']);
    expect(factsAbsent(one, target, [bead([0], [0]), bead([1], [1])])).toEqual([]);
  });
  it("counts a sentence's first word as a name when the dictionary does not know it", () => {
    // `Sólheimajökull` opens the sentence and is no English word; `However` is one.
    const glaciers = side('en', ['Many glaciers can be reached by car.', 'Sólheimajökull is a part of Mýrdalsjökull.', 'However, Mýrdalsjökull is much larger today.']);
    const icelandic = side('is', ['Margir jöklar eru aðgengilegir á bíl.', 'Hann er mun stærri í dag.']);
    expect(factsAbsent(glaciers, icelandic, [bead([0], [0]), bead([1, 2], [1])]).map((u) => [u.sentence, u.facts])).toEqual([[1, ['Sólheimajökull', 'Mýrdalsjökull']]]);
  });
  it('counts numbers written in digits beside a name, never numbers alone, and no names in another script', () => {
    // `Hillary`, 1956 and 1958, none in the target; with 1956 in it, the sentence is there.
    const years = side('en', ['The first ascent by Hillary was made in 1956 and repeated in 1958.', 'Nobody has climbed it since then.']);
    const german = side('de', ['Niemand hat ihn seither bestiegen .']);
    expect(factsAbsent(years, german, [bead([0, 1], [0])]).map((u) => u.facts)).toEqual([['Hillary', '1956', '1958']]);
    const withYears = side('de', ['Die Erstbesteigung gelang 1956 , die zweite 1958 .', 'Niemand hat ihn seither bestiegen .']);
    expect(factsAbsent(years, withYears, [bead([0], [0]), bead([1], [1])])).toEqual([]);
    // Two numbers and no name: a translation may have converted or written them out.
    const measures = side('en', ['The wall is about 12 feet high and 30 feet wide there.', 'Nobody has climbed it since then.']);
    expect(factsAbsent(measures, german, [bead([0, 1], [0])])).toEqual([]);
    // Greek: a Latin name is written in another script there, so two names are no evidence either.
    const greek = side('el', ['Η επιτροπή συνεδρίασε για πρώτη φορά την περασμένη άνοιξη.', 'Συμφώνησαν σε ένα σχέδιο.']);
    expect(factsAbsent(english, greek, [bead([0], [0]), bead([1, 2], [1])])).toEqual([]);
    // Chinese: names cannot be told from other words, so two names are no evidence.
    const chinese = side('zh', ['委员会去年春天第一次开会。', '他们商定了一个计划。']);
    expect(factsAbsent(english, chinese, [bead([0], [0]), bead([1, 2], [1])])).toEqual([]);
  });
});

describe('explainAbsentFacts', () => {
  it('words the omission of a reported sentence by what was found, and leaves other findings alone', () => {
    const omission: Finding = { code: 'omission', severity: 'warning', message: 'Not in the target: …', src: [1], bead: 1 };
    const other: Finding = { ...omission, src: [2] };
    const absent = [{ side: 'source' as const, sentence: 1, bead: 1, similarity: NaN, facts: ['Reykjavík', 'Akureyri'] }];
    expect(explainAbsentFacts([omission, other], absent)).toEqual([{ ...omission, message: ABSENT_FACTS_MESSAGE, expected: 'Reykjavík, Akureyri' }, other]);
  });
});
