import { describe, expect, it } from 'vitest';
import { computeScores } from '../../src/check/index.js';
import type { Finding } from '../../src/check/types.js';
import { bead, side } from './helpers.js';

describe('computeScores', () => {
  it('a small hand-made pair', () => {
    const src = side('en', [
      'aaaaaaaaaa', //            10 chars, match
      'bbbbbbbbbbbbbbbbbbbb', //  20 chars, partial (counts half)
      'cccccccccc', //            10 chars, omitted
      ['Read more: dddd', { kind: 'boilerplate' }], // not content
    ]).sentences;
    const tgt = side('id', [
      'AAAAAAAAAAAA', //          12 chars, match
      'BBBBBBBB', //               8 chars, partial (counts half)
      'CCCCCCCCCCCCCCCCCCCC', //  20 chars, added
    ]).sentences;
    const beads = [bead([0], [0], 'match', 0.9), bead([1], [1], 'partial', 0.5), bead([2], [], 'omission'), bead([3], [], 'omission'), bead([], [2], 'addition')];
    const findings = [{ severity: 'error' }, { severity: 'warning' }, { severity: 'error' }, { severity: 'info' }] as Finding[];
    expect(computeScores(src, tgt, beads, findings)).toEqual({
      coverage: (10 + 20 / 2) / (10 + 20 + 10), // 20 / 40 = 0.5
      grounding: (12 + 8 / 2) / (12 + 8 + 20), //  16 / 40 = 0.4
      fidelity: (0.9 + 0.5) / 2, //                0.7
      conflicts: 2, //                             two errors
    });
  });
  it('a 2-1 bead covers both source sentences; no paired beads means fidelity 0; no content means 0', () => {
    const src = side('en', ['aaaa', 'bbbbbb']).sentences; // 4 + 6 = 10 chars, both in the match bead
    const tgt = side('id', ['cccccccccc']).sentences;
    expect(computeScores(src, tgt, [bead([0, 1], [0], 'match', 0.8)], [])).toEqual({ coverage: 1, grounding: 1, fidelity: 0.8, conflicts: 0 });
    expect(computeScores(src, tgt, [bead([0, 1], [], 'omission'), bead([], [0], 'addition')], [])).toEqual({ coverage: 0, grounding: 0, fidelity: 0, conflicts: 0 });
    expect(computeScores([], [], [], [])).toEqual({ coverage: 0, grounding: 0, fidelity: 0, conflicts: 0 });
  });
});
