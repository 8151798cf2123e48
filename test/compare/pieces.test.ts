// Which omitted or added sentences `piecesOfNeighbours` keeps as `info`, with the shipped German–French
// lexicon (`dunkel` = obscurité and `vollständig` = complète, as in carried.test.ts).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/types.js';
import { PIECE_NOTE, piecesOfNeighbours } from '../../src/compare/pieces.js';
import { bead, side } from '../check/helpers.js';

const german = side('de', ['Als sie in der Scharte sind , ist es schon vollständig dunkel .', 'Am Abend erreichten wir die Hütte im Schnee .']);
const added: Finding = { code: 'addition', severity: 'warning', message: 'added', tgt: [1], bead: 1 };

describe('piecesOfNeighbours', () => {
  it('makes an added sentence info when the pair before it carries two of its words', () => {
    // Target 1 (`obscurité`, `complète`) is the end of source 0's translation, split off.
    const french = side('fr', ['Ils arrivent à la brèche .', "L' obscurité est complète .", 'Le soir , nous atteignîmes la cabane .']);
    const beads = [bead([0], [0]), bead([], [1], 'addition'), bead([1], [2])];
    expect(piecesOfNeighbours([added], german.sentences, french.sentences, beads, ['de', 'fr'])).toEqual([{ ...added, severity: 'info', note: PIECE_NOTE }]);
    // Without dictionaries for the pair, and for a finding of a merged bead, nothing changes.
    expect(piecesOfNeighbours([added], german.sentences, french.sentences, beads, ['de', 'zh'])).toEqual([added]);
    const merged = [bead([0], [0, 1]), bead([1], [2])];
    expect(piecesOfNeighbours([{ ...added, bead: 0 }], german.sentences, french.sentences, merged, ['de', 'fr'])).toEqual([{ ...added, bead: 0 }]);
  });
  it('keeps the warning when the neighbour explains the words itself or carries nothing', () => {
    // Target 0 already says `obscurité` and `complète`: source 0's words are its, not target 1's.
    const french = side('fr', ["L' obscurité est complète à la brèche .", "L' obscurité est complète .", 'Le soir , nous atteignîmes la cabane .']);
    const beads = [bead([0], [0]), bead([], [1], 'addition'), bead([1], [2])];
    expect(piecesOfNeighbours([added], german.sentences, french.sentences, beads, ['de', 'fr'])).toEqual([added]);
    // An omitted German sentence whose neighbours' translations say nothing of it.
    const omitted: Finding = { code: 'omission', severity: 'warning', message: 'omitted', src: [1], bead: 1 };
    const other = side('fr', ["L' obscurité est complète à la brèche .", 'Le lendemain fut calme .']);
    expect(piecesOfNeighbours([omitted], german.sentences, other.sentences, [bead([0], [0]), bead([1], [], 'omission'), bead([], [1], 'addition')], ['de', 'fr'])).toEqual([omitted]);
  });
});
