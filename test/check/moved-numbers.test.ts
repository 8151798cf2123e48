// A block of three or more numbers missing from one pair and extra in another, in the same order, moved there.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { bead, side } from './helpers.js';

const run = (src: string[], tgt: string[]) =>
  checkAlignment({ source: side('de', src), target: side('fr', tgt), beads: src.map((_, i) => bead([i], [i])) }, { checks: ['numbers'] })
    .map((f) => `${f.severity} ${f.code} ${f.expected ?? f.actual}`);

// Four pairs; the running head `2 … 1957 … 17` sits in the first source sentence and in the last target one.
const src = ['Zwei Höhenzahlen - 2 Die Alpen - 1957 - Les Alpes 17 wurden genannt.', 'Der Berg ist hoch.', 'Das Wetter war schlecht.', 'Die Arbeit ging weiter.'];
const tgt = ['Deux cotes furent citées.', 'La montagne est haute.', 'Le temps était mauvais.', 'Le travail a progressé 2 Les Alpes - 1957 - Die Alpen 17 ensuite.'];

describe('numbers check: numbers that moved as a block', () => {
  it('reports a block of three missing numbers that another pair has as extras, in order, as info', () => {
    expect(run(src, tgt)).toEqual([
      'info number-missing 2', 'info number-missing 1957', 'info number-missing 17',
      'info number-extra 2', 'info number-extra 1957', 'info number-extra 17',
    ]);
  });
  it('keeps them warnings when the other pair has other numbers, or only two of them', () => {
    const other = [...tgt.slice(0, 3), 'Le travail a progressé 3 Les Alpes - 1957 - Die Alpen 17 ensuite.'];
    expect(run(src, other).filter((f) => f.startsWith('warning')).length).toBe(6);
    const two = [src[0]!.replace(' 17', ''), ...src.slice(1)];
    const twoT = [...tgt.slice(0, 3), tgt[3]!.replace(' 17', '')];
    expect(run(two, twoT).every((f) => f.startsWith('warning'))).toBe(true);
  });
});
