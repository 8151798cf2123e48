// Page numbers of citations and list item numbers: found by shape, reported as `info`.
import { describe, expect, it } from 'vitest';
import { listLabelSpan, pageSpans, referenceSpans } from '../../src/check/number-roles.js';
import { checkAlignment } from '../../src/check/index.js';
import { pair } from './helpers.js';

const run = (input: ReturnType<typeof pair>) => checkAlignment(input, { checks: ['numbers'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);

describe('pageSpans and listLabelSpan', () => {
  it('finds page references with their ranges, in several languages', () => {
    const text = 'Die Alpen 1956, S. 110-117; Les Alpes, p.80; Varia S.91/92; Seite 3.';
    expect(pageSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['S. 110-117', 'p.80', 'S.91/92', 'Seite 3']);
    // A capital S or a p that is part of a word, or not followed by a number, is no page marker.
    expect(pageSpans('In 1956 the SP 12 route and Cap 5 were closed.')).toEqual([]);
  });
  it('finds numbered issues and entries after a number sign', () => {
    const text = 'Alpine Journal, Nr. 292; n° 293; Nº5; No. 4; Nr 12.';
    expect(referenceSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['Nr. 292', 'n° 293', 'Nº5', 'No. 4', 'Nr 12']);
    // `no` without a full stop is a word (`no 5 of them`), and letters before the sign make another word.
    expect(referenceSpans('There were no 5 cars, Unr. 3 and Casino 4.')).toEqual([]);
  });
  it('finds the number of a list item at the start of a sentence only', () => {
    const text = '21. Nördlich des Mustagh Ata liegt der Kongur.';
    const span = listLabelSpan(text)!;
    expect(text.slice(...span)).toBe('21');
    expect(listLabelSpan('Am 21. Juli stiegen sie auf.')).toBeUndefined();
    expect(listLabelSpan('1956. Das Jahr war gut.')).toBeUndefined();
  });
});

describe('numbers check: page and list numbers are info', () => {
  it('a page number the translation gives differently is info, with a note', () => {
    const input = pair('de', 'Siehe Die Alpen 1956, S. 85.', 'fr', 'Voir Les Alpes 1956, p. 83.');
    expect(run(input)).toEqual(['info number-mismatch 85/83']);
    expect(checkAlignment(input, { checks: ['numbers'] })[0]!.note).toMatch(/page number/);
  });
  it('page numbers the translation leaves out are info; other numbers keep their severity', () => {
    expect(run(pair('de', 'Berge der Welt, 1957, S. 161-177.', 'fr', 'Berge der Welt, 1958.'))).toEqual([
      'error number-mismatch 1957/1958', 'info number-missing 161/', 'info number-missing 177/',
    ]);
  });
  it('an issue number the translation leaves out or adds is info, with a note; the year beside it is not', () => {
    expect(run(pair('de', 'Siehe The Alpine Journal, Nr. 292, 1956.', 'fr', 'Voir Les Alpes, 1955.'))).toEqual([
      'error number-mismatch 1956/1955', 'info number-missing 292/',
    ]);
    const added = pair('de', 'Er ging mit Gyalzen hinauf.', 'fr', 'Il monta avec Gyalzen (n° 163 de l’H.C.).');
    expect(run(added)).toEqual(['info number-extra /163']);
    expect(checkAlignment(added, { checks: ['numbers'] })[0]!.note).toMatch(/numbered issue/);
  });
  it('list item numbers that differ are info', () => {
    expect(run(pair('de', '21. Nördlich des Sees liegt der Berg.', 'fr', '18. Au nord du lac se dresse la montagne.'))).toEqual(['info number-mismatch 21/18']);
  });
});
