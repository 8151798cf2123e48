// Issue 14's check changes, table-driven: what must pass (no error or warning) and what must be flagged.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { cjkValue } from '../../src/text/cjk-numbers.js';
import { sameExonym } from '../../src/text/exonyms.js';
import { bead, pair, side } from './helpers.js';

const alarms = (input: CheckInput, checks?: Parameters<typeof checkAlignment>[1]) =>
  checkAlignment(input, checks).filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('exonyms and demonyms are neither missing nor misspelled names', () => {
  it.each([
    ['en', 'Nordic co-operation involves Denmark, Finland, Iceland, Norway and Sweden.', 'is', 'Að samstarfinu koma Danmörk, Finnland, Ísland, Noregur og Svíþjóð.'],
    ['en', 'The delegation flew from Iceland to Denmark.', 'is', 'Sendinefndin flaug frá Íslandi til Danmerkur.'],
    ['en', 'The rocket was launched from French Guiana by the agency.', 'fr', "La fusée a été lancée depuis la Guyane par l'agence."],
    ['en', 'Finland and Sweden joined.', 'de', 'Finnland und Schweden traten bei.'],
    ['en', 'The Swiss team reached the summit.', 'fr', "L'équipe suisse atteignit le sommet."],
  ])('passes %s “%s” / %s “%s”', (sl, src, tl, tgt) => {
    expect(alarms(pair(sl, src, tl, tgt), { checks: ['names'] })).toEqual([]);
  });
  it.each([
    // A misspelled place is still a misspelling; a different country is still missing.
    ['en', 'The team flew to Kathmandu on Monday.', 'de', 'Das Team flog am Montag nach Kathmando.', ['name-spelling Kathmandu/Kathmando']],
    ['en', 'The delegation flew to Norway.', 'is', 'Sendinefndin flaug til Danmerkur.', ['name-missing Norway/']],
  ])('flags %s “%s” / %s “%s”', (sl, src, tl, tgt, expected) => {
    expect(alarms(pair(sl, src, tl, tgt), { checks: ['names'] })).toEqual(expected);
  });
  it('matches inflected forms by prefix, within a group only', () => {
    // Danmerkur is Icelandic genitive of Danmörk: neither is a prefix of the other, so it is listed.
    expect([sameExonym('Denmark', 'Danmörku'), sameExonym('Iceland', 'Íslands'), sameExonym('Russia', 'Россией')]).toEqual([true, true, true]);
    expect([sameExonym('Denmark', 'Finnland'), sameExonym('Iceland', 'Ireland'), sameExonym('Kathmandu', 'Katmandou')]).toEqual([false, false, false]);
  });
});

describe('a spelling the translation uses throughout is its rendering of the name', () => {
  // Karakorum/Karakoram: an ending change no dictionary translates (Alpen/Alpes is a dictionary
  // translation, never a variant: test/check/name-forms.test.ts).
  const doc = (tgt: string[]): CheckInput => ({
    source: side('de', ['Der Karakorum ist hoch und weit.', 'Im Sommer ist der Karakorum grün.', 'Wir lieben den Karakorum sehr.']),
    target: side('fr', tgt),
    beads: [bead([0], [0]), bead([1], [1]), bead([2], [2])],
  });
  it('passes Karakorum rendered as Karakoram in every sentence', () => {
    expect(alarms(doc(['Le Karakoram est haut et vaste.', "En été, le Karakoram est vert.", 'Nous aimons beaucoup le Karakoram.']), { checks: ['names'] })).toEqual([]);
  });
  it('flags a one-off variant, and one the target also spells the source way elsewhere', () => {
    expect(alarms(doc(['Le Karakorum est haut et vaste.', "En été, le Karakorum est vert.", 'Nous aimons beaucoup le Karakoram.']), { checks: ['names'] })).toEqual(['name-spelling Karakorum/Karakoram']);
  });
});

describe('names against a script without letter case', () => {
  it('passes English names against Chinese: they cannot be compared there', () => {
    expect(alarms(pair('en', 'And God called the light Day, and the darkness he called Night.', 'zh', '神称光为昼，称暗为夜。'), { checks: ['names'] })).toEqual([]);
  });
  it('still flags a name missing from a Latin-script target', () => {
    expect(alarms(pair('en', 'And Jacob called the place Bethel.', 'de', 'Und er nannte den Ort so.'), { checks: ['names'] })).toEqual(['name-missing Jacob/', 'name-missing Bethel/']);
  });
});

describe('subtitle dialogue and pronouns are not names', () => {
  it.each([
    ['- Go on in the back.', '- Farðu inn baka til.'],
    ["All right, I'm going to shoot.", 'Allt í lagi, ég kasta.'],
  ])('passes “%s”', (src, tgt) => {
    expect(alarms(pair('en', src, 'is', tgt), { checks: ['names'] })).toEqual([]);
  });
});

describe('a date\'s year answers a bare year', () => {
  it('passes “Die Alpen 1956, S. 298” / “(novembre 1956, p. 298)” and reads “9.Mai” as a date', () => {
    expect(alarms(pair('de', '« Die Alpen » 1956 , S. 298 ( November ) bringen einen Bericht .', 'fr', 'Les Alpes ont publié ( novembre 1956 , p. 298 ) un rapport .'), { checks: ['numbers'] })).toEqual([]);
    expect(alarms(pair('de', 'Sie erreichten den Gipfel am 9.Mai mit dem Sherpa .', 'fr', 'Le sommet fut atteint le 9 mai avec le sherpa .'), { checks: ['numbers', 'dates'] })).toEqual([]);
  });
  it('a date in the target does not hide a changed year', () => {
    // 1956 against novembre 1957: the source year is left with no counterpart.
    expect(alarms(pair('de', 'Die Alpen 1956 , S. 298 , brachten einen Bericht .', 'fr', 'Les Alpes ( novembre 1957 , p. 298 ) ont publié un rapport .'), { checks: ['numbers'] })).toEqual(['number-missing 1956/']);
  });
});

describe('numbers in Chinese numerals are counterparts', () => {
  it.each([
    ['二十', 20], ['四百', 400], ['十四', 14], ['二百', 200], ['三百二十五', 325], ['一万二千', 12000], ['两百', 200], ['一九五七', 1957],
  ])('%s = %d', (text, value) => expect(cjkValue(text)).toBe(value));
  it('passes twenty / 二十 and four hundred / 四百; flags twenty / 三十 as missing', () => {
    expect(alarms(pair('en', 'Thus have I been twenty years in thy house, with four hundred men.', 'zh', '我这二十年在你家里，带着四百人。'), { checks: ['numbers'] })).toEqual([]);
    expect(alarms(pair('en', 'Thus have I been twenty years in thy house.', 'zh', '我这三十年在你家里。'), { checks: ['numbers'] })).toEqual(['number-missing twenty/']);
  });
});

describe('numbers, dates and names that moved one bead over', () => {
  // Source sentence 0 holds 1957 and Kathmandu; the translator put them in the next sentence.
  const moved = (third: string): CheckInput => ({
    source: side('en', ['In 1957 the team left Kathmandu.', 'The weather was good for the march.', third]),
    target: side('de', ['Das Team brach auf.', 'Es verließ Kathmandu 1957 bei gutem Wetter.', 'Das Lager war voll.']),
    beads: [bead([0], [0]), bead([1], [1]), bead([2], [2])],
  });
  it('passes a number and a name found in the neighbouring target bead', () => {
    expect(alarms(moved('The camp was full.'), { checks: ['numbers', 'names'] })).toEqual([]);
  });
  it('still flags what is two beads away', () => {
    const far: CheckInput = {
      source: side('en', ['In 1957 the team left Kathmandu.', 'The weather was good.', 'The camp was full.']),
      target: side('de', ['Das Team brach auf.', 'Das Wetter war gut.', 'Das Lager in Kathmandu war 1957 voll.']),
      beads: [bead([0], [0]), bead([1], [1]), bead([2], [2])],
    };
    expect(alarms(far, { checks: ['numbers', 'names'] }).sort()).toEqual(['name-missing Kathmandu/', 'number-extra /1957', 'number-missing 1957/']);
  });
});

describe('identical inputs', () => {
  const same = ['The expedition reached the summit on 9 May.', 'Two climbers stayed behind at the camp.', 'The weather turned bad in the afternoon.'];
  it('gives one identical-inputs error instead of a copied-source error per sentence', () => {
    const input: CheckInput = { source: side('en', same), target: side('en', same), beads: same.map((_, i) => bead([i], [i])) };
    const found = checkAlignment(input);
    expect(found.map((f) => f.code)).toEqual(['identical-inputs']);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toMatch(/same text \(3 sentences\)/);
  });
  it('a target that copies one sentence only still gets its copied-source finding', () => {
    const input: CheckInput = { source: side('en', same), target: side('de', ['Die Expedition erreichte den Gipfel am 9. Mai.', same[1]!, 'Am Nachmittag wurde das Wetter schlecht.']), beads: same.map((_, i) => bead([i], [i])) };
    expect(checkAlignment(input).map((f) => f.code)).toContain('copied-source');
    expect(checkAlignment(input).map((f) => f.code)).not.toContain('identical-inputs');
  });
});

describe('sentences without support inside merged beads', () => {
  const source = side('en', ['The team left Kathmandu on Monday.', 'A storm had destroyed the bridge over the river.']);
  const input: CheckInput = {
    source,
    target: side('de', ['Das Team verließ Kathmandu am Montag.']),
    beads: [bead([0, 1], [0])],
    unsupported: [{ side: 'source', sentence: 1, bead: 0, similarity: 0.01 }],
  };
  it('become an omission of that sentence, pointing at its bead', () => {
    const f = checkAlignment(input, { checks: ['coverage'] });
    expect(f.map((x) => [x.code, x.severity, x.src, x.tgt, x.bead])).toEqual([['omission', 'warning', [1], [0], 0]]);
    expect(source.sentences[1]!.text).toBe(source.text.slice(...f[0]!.srcRange!));
  });
  it('on the target side, an addition', () => {
    const swapped: CheckInput = { source: input.target, target: input.source, beads: [bead([0], [0, 1])], unsupported: [{ side: 'target', sentence: 1, bead: 0, similarity: 0 }] };
    expect(checkAlignment(swapped, { checks: ['coverage'] }).map((x) => [x.code, x.tgt])).toEqual([['addition', [1]]]);
  });
});
