import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { pair, swap } from './helpers.js';

const run = (input: CheckInput) => checkAlignment(input, { checks: ['names'] });
const codes = (input: CheckInput) => run(input).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);
const flip = (c: string) => c.replace(/^(\S+ \S+) (.*)\/(.*)$/, '$1 $3/$2');

// Seed sentences, by hand (en 2 / id 1, en 14 / id 12).
const EN = 'Iranian Foreign Minister Hossein Amir-Abdollahian and Venezuelan President Nicolas Maduro stressed on Friday the need to strengthen cooperation between Tehran and Caracas.';
const ID = 'Rencana tersebut dibahas dalam pertemuan antara Presiden Venezuela Nicolas Maduro dan Menteri Luar Negeri Iran Hussein Amir-Abdullahian di Caracas pada hari Jumat (4/1) di Tehran.';
const EN_VP = 'Elsewhere, the top Iranian diplomat met with Venezuelan Vice President Delcy Rodriguez early on Saturday.';
const ID_VP = 'Selain itu, menteri Iran bertemu dengan Wakil Presiden Venezuela Delcy Rodríguez pada hari Sabtu.';

describe('names check', () => {
  it('seed: Hossein/Hussein and Amir-Abdollahian/Amir-Abdullahian are spelling variants (warning)', () => {
    const input = pair('en', EN, 'id', ID);
    expect(codes(input)).toEqual([
      'warning name-spelling Hossein/Hussein',
      'warning name-spelling Amir-Abdollahian/Amir-Abdullahian',
    ]);
    const [f] = run(input);
    expect(input.source.sentences[0].text.slice(...f.srcRange!)).toBe('Hossein');
    expect(input.target.sentences[0].text.slice(...f.tgtRange!)).toBe('Hussein');
    expect(codes(swap(input))).toEqual([
      'warning name-spelling Hussein/Hossein',
      'warning name-spelling Amir-Abdullahian/Amir-Abdollahian',
    ]);
  });
  it('seed: Rodriguez/Rodríguez differs in accents only (info)', () => {
    expect(codes(pair('en', EN_VP, 'id', ID_VP))).toEqual(['info name-accent Rodriguez/Rodríguez']);
    expect(codes(swap(pair('en', EN_VP, 'id', ID_VP)))).toEqual(['info name-accent Rodríguez/Rodriguez']);
  });
  it.each([
    ['Maduro met Gil Pinto in Caracas.', 'Maduro bertemu Gil Pinto di Caracas.'],
    ['The Iranian minister praised Venezuela.', 'Menteri Iran memuji Venezuela.'],
    ['Referring to the visit, Maduro spoke.', 'Merujuk kunjungan itu, Maduro berbicara.'],
    ['US sanctions hit Iran.', 'Sanksi AS memukul Iran.'],
  ])('passes: %s', (src, tgt) => {
    expect(codes(pair('en', src, 'id', tgt))).toEqual([]);
    expect(codes(swap(pair('en', src, 'id', tgt)))).toEqual([]);
  });
  it.each([
    ['Maduro met Delcy Rodriguez in Caracas.', 'Maduro bertemu wakil presiden di Caracas.', ['warning name-missing Delcy Rodriguez/'], ['info name-extra /Delcy Rodriguez']],
    ['Maduro met the minister.', 'Maduro bertemu Tareck El Aissami.', ['info name-extra /Tareck El Aissami'], ['warning name-missing Tareck El Aissami/']],
  ])('flags: %s', (src, tgt, expected, swapped) => {
    expect(codes(pair('en', src, 'id', tgt))).toEqual(expected);
    expect(codes(swap(pair('en', src, 'id', tgt)))).toEqual(swapped);
  });
  it('German: capitalised nouns are not reported as names; names of the other side are still looked up', () => {
    const src = 'The sentence speaks of the year 1901 and of Berlin.';
    expect(codes(pair('en', src, 'de', 'Der Satz spricht vom Jahr 1901 und von Berlin.'))).toEqual([]);
    expect(codes(swap(pair('en', src, 'de', 'Der Satz spricht vom Jahr 1901 und von Berlin.')))).toEqual([]);
    expect(codes(pair('en', 'It took four years.', 'de', 'Es dauerte vier Jahren Bauzeit.'))).toEqual([]);
    // An English name is still checked against the German words, and variants are still found.
    expect(codes(pair('en', 'Mayor Anna Keler opened it.', 'de', 'Bürgermeisterin Anna Keller eröffnete sie.'))).toEqual(['warning name-spelling Keler/Keller']);
    expect(codes(pair('en', 'Keller opened the bridge.', 'de', 'Die Bürgermeisterin eröffnete die Brücke.'))).toEqual([]);
    expect(codes(pair('en', 'The bridge was opened by Keller.', 'de', 'Die Brücke wurde von der Bürgermeisterin eröffnet.'))).toEqual(['warning name-missing Keller/']);
  });
  it('partial pairs still report variants, but not missing names', () => {
    expect(codes(pair('en', 'Hossein met Delcy Rodriguez.', 'id', 'Hussein bertemu.', 'partial'))).toEqual(['warning name-spelling Hossein/Hussein']);
  });
  it('flip helper is consistent', () => expect(flip('warning name-spelling a/b')).toBe('warning name-spelling b/a'));
});

describe('names check: boilerplate', () => {
  it('a boilerplate line swept into a pair is not read', async () => {
    const { side, bead } = await import('./helpers.js');
    const input = {
      source: side('en', ['Maduro met Gil Pinto.']),
      target: side('id', ['Maduro bertemu Gil Pinto.', ['Baca Juga : Ulama Terkemuka Peringatkan Rezim Al Khalifa', { kind: 'boilerplate' as const }]]),
      beads: [bead([0], [0, 1])],
    };
    expect(checkAlignment(input)).toEqual([]);
  });
});
