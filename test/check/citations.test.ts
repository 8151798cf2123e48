// Numbers and dates inside a citation bracket (one that gives a page or an issue) are info.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { citationsAsInfo, citationSpans } from '../../src/check/citations.js';
import { pair } from './helpers.js';
import type { Finding } from '../../src/check/types.js';

const run = (input: ReturnType<typeof pair>) => checkAlignment(input, { checks: ['numbers', 'dates'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('citationSpans', () => {
  it('finds brackets that give a page or an issue, and no others', () => {
    const text = 'Bekannt ( « Die Alpen » 1956 , S. 295-298 ) und ( Alpine Journal , Nr. 292 ), nicht ( 8848 m ).';
    expect(citationSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['( « Die Alpen » 1956 , S. 295-298 )', '( Alpine Journal , Nr. 292 )']);
    expect(citationSpans('Der Everest ( 8848 m ) im Jahr 1956.')).toEqual([]);
  });
});

describe('checks: citations', () => {
  it('a year of a citation the translation replaces by a mention without pages is info; with pages, or outside a citation, a warning', () => {
    expect(run(pair('de', 'Darüber wurde berichtet ( « Die Alpen » 1956 , S. 295-298 ).', 'fr', 'On en a parlé dans Les Alpes.'))).toEqual(['info number-missing 1956/', 'info number-missing 295/', 'info number-missing 298/']);
    expect(run(pair('de', 'Darüber wurde berichtet ( « Die Alpen » 1956 , S. 295-298 ).', 'fr', 'On en a parlé ( Les Alpes , p. 295-298 ).'))).toEqual(['warning number-missing 1956/']);
    expect(run(pair('de', 'Darüber wurde 1956 berichtet.', 'fr', 'On en a parlé.'))).toEqual(['warning number-missing 1956/']);
  });
  it('a number or date changed between two citations stays an error', () => {
    expect(run(pair('de', 'Siehe ( « Die Alpen » 1956 , S. 83 ).', 'fr', 'Voir ( Les Alpes 1957 , p. 83 ).'))).toEqual(['error number-mismatch 1956/1957']);
    expect(run(pair('de', 'Wie der Bericht ( Alpine Journal , Nr. 293 , S. 279 ) zeigt.', 'fr', 'La relation ( Alpine Journal , n° 294 , p. 279 ) montre.'))).toEqual(['error number-mismatch 293/294']);
  });
  it('a year changed between two citations is an error', () => {
    expect(run(pair('de', 'Seit 1955 ( s. « Die Alpen » 1956 , S.83 ) nichts Neues.', 'fr', 'Rien depuis 1955 ( voir Les Alpes 1957 , p. 82 ).')).filter((c) => !c.includes('/8'))).toEqual(['error number-mismatch 1956/1957']);
  });
  it('a number changed in a citation stays a warning when the other side cites pages too, whatever the findings', () => {
    // The numbers check may excuse the source's 1956 by a neighbour and leave 1957 extra alone.
    const input = pair('de', 'Siehe ( « Die Alpen » 1956 , S.83 ).', 'fr', 'Voir ( Les Alpes 1957 , p. 82 ).');
    const t = input.target.sentences[0]!;
    const extra = { code: 'number-extra', severity: 'warning', src: [0], tgt: [0], bead: 0, tgtRange: [t.start + t.text.indexOf('1957'), t.start + t.text.indexOf('1957') + 4], message: '' } satisfies Finding;
    expect(citationsAsInfo(input, [extra]).map((f) => f.severity)).toEqual(['warning']);
    const other = pair('de', 'Siehe den Bericht.', 'fr', 'Voir ( Les Alpes 1957 , p. 82 ).');
    expect(citationsAsInfo(other, [extra]).map((f) => f.severity)).toEqual(['info']);
  });
  it('a month changed in a citation whose other side gives the pages outside a bracket stays an error', () => {
    const input = pair('de', '« Die Alpen » 1956 , S.298-303 ( 3 November ) bringen einen Bericht.', 'fr', 'Les Alpes ont publié ( 3 décembre 1956 , p. 298-303 ) un rapport.');
    expect(checkAlignment(input, { checks: ['dates'] }).map((f) => `${f.severity} ${f.code}`)).toEqual(['error date-mismatch']);
  });
  it('a date of a citation that the translation replaces by another publication’s is info', () => {
    const input = pair('de', 'Er schrieb einen Artikel ( Alpine Journal , Nr. 292 , 3 May 1956 , S. 110 ).', 'fr', 'Il publia un article ( voir Les Alpes , 3 octobre 1955 ).');
    const found = checkAlignment(input, { checks: ['dates'] });
    expect(found.map((f) => `${f.severity} ${f.code}`)).toEqual(['info date-mismatch']);
    expect(found[0]!.note).toMatch(/citation/);
  });
});
