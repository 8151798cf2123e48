import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { pair, swap } from './helpers.js';

const run = (input: ReturnType<typeof pair>) => checkAlignment(input, { checks: ['numbers'] });
const codes = (input: ReturnType<typeof pair>) => run(input).map((f) => `${f.severity} ${f.code}`);

describe('numbers check', () => {
  it.each([
    ['The deal is worth 1,000.5 million dollars.', 'de', 'Der Vertrag ist 1.000,5 Millionen Dollar wert.'],
    ['Prices rose 5% in 2023.', 'id', 'Harga naik 5 persen pada 2023.'],
    ['About 1.5 million people voted.', 'id', 'Sekitar 1,5 juta orang memilih.'],
    ['The two countries signed 25 deals.', 'id', 'Kedua negara menandatangani dua puluh lima kesepakatan.'],
    ['Unemployment fell to 5 percent.', 'es', 'El desempleo bajó al 5 por ciento.'],
    ['It has 15,000 members.', 'fr', 'Il compte 15 000 membres.'],
    ['Both leaders met on February 4, 2023.', 'id', 'Kedua pemimpin bertemu pada 4 Februari 2023.'],
  ])('passes: %s', (src, lang, tgt) => {
    expect(run(pair('en', src, lang, tgt))).toEqual([]);
    expect(run(swap(pair('en', src, lang, tgt)))).toEqual([]);
  });

  it.each([
    ['Prices rose 5% last year.', 'id', 'Harga naik 15 persen tahun lalu.', ['error number-mismatch']],
    ['The deal is worth 1,500 dollars.', 'de', 'Der Vertrag ist 1.600 Dollar wert.', ['error number-mismatch']],
    ['About 1.5 million people voted.', 'id', 'Sekitar 15 juta orang memilih.', ['error number-mismatch']],
    ['It has 15,000 members and 30 offices.', 'fr', 'Il compte 15 000 membres et des bureaux.', ['warning number-missing']],
    ['It has members.', 'fr', 'Il compte 15 000 membres.', ['warning number-extra']],
  ])('flags: %s', (src, lang, tgt, expected) => {
    expect(codes(pair('en', src, lang, tgt))).toEqual(expected);
    const swapped = expected.map((c) => c.replace('number-missing', 'X').replace('number-extra', 'number-missing').replace('X', 'number-extra'));
    expect(codes(swap(pair('en', src, lang, tgt)))).toEqual(swapped);
  });

  it('points at the exact spans, with expected and actual', () => {
    const input = pair('en', 'Prices rose 5% last year.', 'id', 'Harga naik 15 persen tahun lalu.');
    const [f] = run(input);
    expect(f).toMatchObject({ src: [0], tgt: [0], expected: '5%', actual: '15 persen', bead: 0 });
    expect(input.source.sentences[0].text.slice(...f.srcRange!)).toBe('5%');
    expect(input.target.sentences[0].text.slice(...f.tgtRange!)).toBe('15 persen');
  });

  it('a number word pairs with a number of its own kind first', () => {
    // `zweiten` (ordinal 2) could take `deux` (2, earlier) or `2e` (ordinal 2): it takes `2e`, and the
    // lenient `deux` left over is no finding. Taking `deux` would leave `2e` extra.
    expect(codes(pair('de', 'Die zweiten und dritten Besteigungen gelangen.', 'fr', 'Deux cordées réussirent les 2e et 3e ascensions.'))).toEqual([]);
  });

  it('partial pairs report no number findings of their own', () => {
    expect(run(pair('en', 'Prices rose 5% last year.', 'id', 'Harga naik 15 persen.', 'partial'))).toEqual([]);
  });
});
