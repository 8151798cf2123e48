// Numbers and dates inside a citation bracket (one that gives a page or an issue) are info.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { citationSpans } from '../../src/check/citations.js';
import { pair } from './helpers.js';

const run = (input: ReturnType<typeof pair>) => checkAlignment(input, { checks: ['numbers', 'dates'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('citationSpans', () => {
  it('finds brackets that give a page or an issue, and no others', () => {
    const text = 'Bekannt ( « Die Alpen » 1956 , S. 295-298 ) und ( Alpine Journal , Nr. 292 ), nicht ( 8848 m ).';
    expect(citationSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['( « Die Alpen » 1956 , S. 295-298 )', '( Alpine Journal , Nr. 292 )']);
    expect(citationSpans('Der Everest ( 8848 m ) im Jahr 1956.')).toEqual([]);
  });
});

describe('checks: citations', () => {
  it('a year the translation drops from a citation is info; the same year outside one stays a warning', () => {
    expect(run(pair('de', 'Darüber wurde berichtet ( « Die Alpen » 1956 , S. 295-298 ).', 'fr', 'On en a parlé ( Les Alpes , p. 295-298 ).'))).toEqual(['info number-missing 1956/']);
    expect(run(pair('de', 'Darüber wurde 1956 berichtet ( S. 295-298 ).', 'fr', 'On en a parlé ( p. 295-298 ).'))).toEqual(['warning number-missing 1956/']);
  });
  it('a number or date changed between two citations stays an error', () => {
    expect(run(pair('de', 'Siehe ( « Die Alpen » 1956 , S. 83 ).', 'fr', 'Voir ( Les Alpes 1957 , p. 83 ).'))).toEqual(['error number-mismatch 1956/1957']);
    expect(run(pair('de', 'Wie der Bericht ( Alpine Journal , Nr. 293 , S. 279 ) zeigt.', 'fr', 'La relation ( Alpine Journal , n° 294 , p. 279 ) montre.'))).toEqual(['error number-mismatch 293/294']);
  });
  it('a date of a citation that the translation replaces by another publication’s is info', () => {
    const input = pair('de', 'Er schrieb einen Artikel ( Alpine Journal , Nr. 292 , 3 May 1956 , S. 110 ).', 'fr', 'Il publia un article ( voir Les Alpes , 3 octobre 1955 ).');
    const found = checkAlignment(input, { checks: ['dates'] });
    expect(found.map((f) => `${f.severity} ${f.code}`)).toEqual(['info date-mismatch']);
    expect(found[0]!.note).toMatch(/citation/);
  });
});
