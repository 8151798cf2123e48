// Reading the word pairs of a transducer as `lt-print` prints it (AT&T text: from, to, input,
// output, weight; a final state alone on a line; `--` between transducers). The fixture is written
// by hand: a bilingual dictionary with hús → house and ár → year, a digit wildcard that must not be
// followed, a loop back to the start, and an analyser with jökli → jökull.
import { describe, expect, it } from 'vitest';
import { attPaths } from '../../src/lexicon/att.js';

const arc = (from: number, to: number, i: string, o: string): string => `${from}\t${to}\t${i}\t${o}\t0.000000\t`;
const DIGITS = '0123456789'.split('').map((d) => arc(0, 20, d, d));

const BIDIX = [
  // hús<n> → house<n>: the output is longer, ε on the input side.
  arc(0, 1, 'h', 'h'), arc(1, 2, 'ú', 'o'), arc(2, 3, 's', 'u'), arc(3, 4, 'ε', 's'), arc(4, 5, 'ε', 'e'), arc(5, 6, '<n>', '<n>'), '6\t0.000000',
  // ár<n> → year<n>: the input's tag comes while the output still has letters.
  arc(0, 7, 'á', 'y'), arc(7, 8, 'r', 'e'), arc(8, 9, '<n>', 'a'), arc(9, 10, 'ε', 'r'), arc(10, 11, 'ε', '<n>'), '11\t0.000000',
  // A number pattern (ten parallel arcs) and a loop back to the start: not words.
  ...DIGITS, arc(20, 21, '<num>', '<num>'), '21\t0.000000', arc(2, 0, 'x', 'x'),
];
const ANALYSER = [
  // jökli → jökull<n><m>: an analyser's path ends at a final state, tags on the output only.
  arc(0, 1, 'j', 'j'), arc(1, 2, 'ö', 'ö'), arc(2, 3, 'k', 'k'), arc(3, 4, 'l', 'u'), arc(4, 5, 'i', 'l'), arc(5, 6, 'ε', 'l'),
  arc(6, 7, 'ε', '<n>'), arc(7, 8, 'ε', '<m>'), '8\t0.000000',
];

describe('attPaths', () => {
  it('reads a bilingual dictionary and an analyser, skipping wildcards and loops', () => {
    const paths = attPaths([...BIDIX, '--', ...ANALYSER].join('\n'));
    expect(paths).toEqual([
      { input: 'hús', output: 'house', tag: '<n>' },
      { input: 'ár', output: 'year', tag: '<n>' },
      { input: 'jökli', output: 'jökull', tag: '<n>' },
    ]);
  });

  it('gives nothing for an empty transducer', () => {
    expect(attPaths('')).toEqual([]);
  });
});
