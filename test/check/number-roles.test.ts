// Page numbers of citations and list item numbers: found by shape, reported as `info`.
import { describe, expect, it } from 'vitest';
import { listLabelSpan, pageSpans } from '../../src/check/number-roles.js';
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
  it('list item numbers that differ are info', () => {
    expect(run(pair('de', '21. Nördlich des Sees liegt der Berg.', 'fr', '18. Au nord du lac se dresse la montagne.'))).toEqual(['info number-mismatch 21/18']);
  });
});
