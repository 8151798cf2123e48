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

describe('numbers check: a block whose line no pair holds', () => {
  // The target's running head is a sentence of its own that the aligner left out (an addition bead).
  const withHead = [...tgt.slice(0, 3), 'Le travail a progressé ensuite.', 'ensuite 2 Les Alpes - 1957 - Die Alpen 17 la suite .'];
  const input = (head: string) => ({
    source: side('de', src), target: side('fr', [...withHead.slice(0, 4), head]),
    beads: [...src.map((_, i) => bead([i], [i])), bead([], [4], 'addition')],
  });
  it('reports the missing block as info when that sentence has its numbers in order', () => {
    expect(checkAlignment(input(withHead[4]!), { checks: ['numbers'] }).map((f) => `${f.severity} ${f.code} ${f.expected}`))
      .toEqual(['info number-missing 2', 'info number-missing 1957', 'info number-missing 17']);
  });
  it('keeps them warnings when the numbers there differ or come in another order', () => {
    for (const head of ['ensuite 3 Les Alpes - 1957 - Die Alpen 17 la suite .', 'ensuite 17 Les Alpes - 1957 - Die Alpen 2 la suite .']) {
      expect(checkAlignment(input(head), { checks: ['numbers'] }).map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    }
  });
});
