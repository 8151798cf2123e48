// Which source sentences `cheapToLeaveOut` reports, from hand-made leave-out costs.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { cheapToLeaveOut } from '../../src/compare/leave-out.js';
import { checkAlignment } from '../../src/check/index.js';
import { side } from '../check/helpers.js';

const lines = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} says something long enough.`);
const source = side('en', lines);
const target = side('de', lines.map((l) => `${l} (de)`));
const beads: Bead[] = lines.map((_, i) => ({ src: [i], tgt: [i], score: 0.5, label: 'match' }));
// Leaving any sentence out costs 10 nats, sentence 5 only 1.
const cost = Float64Array.from(lines, (_, i) => (i === 5 ? 1 : 10));

describe('cheapToLeaveOut', () => {
  it('reports a sentence far below the median cost (1 < 0.3 × 10), with its bead', () => {
    expect(cheapToLeaveOut(source.sentences, beads, cost)).toEqual([{ side: 'source', sentence: 5, bead: 5, similarity: NaN, evidence: 'leave-out' }]);
  });
  it('leaves alone sentences already left out, short ones, and documents too short for a median', () => {
    const omitted = beads.map((b, k) => (k === 5 ? { ...b, tgt: [], label: 'omission' as const } : b));
    expect(cheapToLeaveOut(source.sentences, omitted, cost)).toEqual([]);
    const short = side('en', lines.map((l, i) => (i === 5 ? 'Yes.' : l)));
    expect(cheapToLeaveOut(short.sentences, beads, cost)).toEqual([]);
    expect(cheapToLeaveOut(source.sentences.slice(0, 9), beads.slice(0, 9), cost)).toEqual([]);
  });
  it('becomes an omission finding of the coverage check that says why', () => {
    const unsupported = cheapToLeaveOut(source.sentences, beads, cost);
    const found = checkAlignment({ source, target, beads, unsupported }, { checks: ['coverage'] });
    expect(found.map((f) => [f.code, f.severity, f.src, f.tgt])).toEqual([['omission', 'warning', [5], [5]]]);
    expect(found[0]!.message).toBe('Not in the target: 1 source sentence, paired only weakly (the alignment fits almost as well without it), without counterpart');
  });
});

describe('cheapToLeaveOut: lead-in clauses', () => {
  it('a short clause ending in a colon is joined to the next sentence, not omitted; a long one is judged', () => {
    const lead = side('en', lines.map((l, i) => (i === 5 ? 'Then the exploration began in earnest :' : l)));
    expect(cheapToLeaveOut(lead.sentences, beads, cost)).toEqual([]);
    const long = side('en', lines.map((l, i) => (i === 5 ? 'And God said unto them, be fruitful and multiply and replenish the earth and subdue it:' : l)));
    expect(cheapToLeaveOut(long.sentences, beads, cost).map((u) => u.sentence)).toEqual([5]);
  });
});
