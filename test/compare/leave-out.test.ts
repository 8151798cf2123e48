// Which source sentences `cheapToLeaveOut` reports, from hand-made leave-out costs.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { cheapToLeaveOut, leaveOutRatios } from '../../src/compare/leave-out.js';
import { checkAlignment } from '../../src/check/index.js';
import { side } from '../check/helpers.js';

const lines = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} says something long enough.`);
const source = side('en', lines);
const target = side('de', lines.map((l) => `${l} (de)`));
const beads: Bead[] = lines.map((_, i) => ({ src: [i], tgt: [i], score: 0.5, label: 'match' }));
// Leaving any sentence out costs 10 nats, sentence 5 only 1.
const cost = Float64Array.from(lines, (_, i) => (i === 5 ? 1 : 10));

describe('leaveOutRatios', () => {
  it('gives each sentence its cost over its peers\' median (all as long: the median of eleven 10s and one 1 is 10)', () => {
    const ratios = leaveOutRatios(source.sentences, beads, cost);
    expect(ratios.size).toBe(12);
    expect(ratios.get(5)).toBeCloseTo(0.1, 12);
    expect(ratios.get(0)).toBe(1);
  });
});

describe('cheapToLeaveOut', () => {
  it('reports a sentence far below the median cost (1 < 0.35 × 10), with its bead', () => {
    expect(cheapToLeaveOut(source.sentences, beads, cost)).toEqual([{ side: 'source', sentence: 5, bead: 5, similarity: NaN, evidence: 'leave-out' }]);
    // An option given as undefined counts as absent (its default), as everywhere else.
    expect(cheapToLeaveOut(source.sentences, beads, cost, { share: undefined, lengthWidth: undefined, minPeers: undefined }).map((u) => u.sentence)).toEqual([5]);
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
  it('says so when the evidence is the missing numbers, not the cost (numbers-absent.ts)', () => {
    const unsupported = [{ side: 'source' as const, sentence: 5, bead: 5, similarity: 0, evidence: 'numbers' as const }];
    const found = checkAlignment({ source, target, beads, unsupported }, { checks: ['coverage'] });
    expect(found.map((f) => [f.code, f.severity, f.src, f.tgt])).toEqual([['omission', 'warning', [5], [5]]]);
    expect(found[0]!.message).toBe('Not in the target: 1 source sentence, paired with a target that has none of its numbers and is no closer to it than unrelated sentences, without counterpart');
  });
});

describe('cheapToLeaveOut: lead-in clauses', () => {
  it('a short clause ending in a colon is joined to the next sentence, not omitted; a long one is judged', () => {
    const lead = side('en', lines.map((l, i) => (i === 5 ? 'Then the exploration began in earnest :' : l)));
    expect(cheapToLeaveOut(lead.sentences, beads, cost)).toEqual([]);
    const long = side('en', lines.map((l, i) => (i === 5 ? 'And God said unto them, be fruitful and multiply and replenish the earth and subdue it:' : l)));
    expect(cheapToLeaveOut(long.sentences, beads, cost).map((u) => u.sentence)).toEqual([5]);
  });
  it('a short clause the alignment joined to the sentence before, away from the next one, is judged', () => {
    const lead = side('en', lines.map((l, i) => (i === 5 ? 'One kid of the goats for a sin offering:' : l)));
    // Sentences 4 and 5 in one 2-1 bead, sentence 6 in the next: judged, and cheap (1 < 3.5).
    const withBefore: Bead[] = [...beads.slice(0, 4), { src: [4, 5], tgt: [4], score: 0.5, label: 'match' }, { src: [], tgt: [5], score: 0, label: 'addition' }, ...beads.slice(6)];
    expect(cheapToLeaveOut(lead.sentences, withBefore, cost)).toEqual([{ side: 'source', sentence: 5, bead: 4, similarity: NaN, evidence: 'leave-out' }]);
    // Sentences 4, 5 and 6 in one bead: the clause may lead into sentence 6 there; not judged.
    const withBoth: Bead[] = [...beads.slice(0, 4), { src: [4, 5, 6], tgt: [4, 5, 6], score: 0.5, label: 'match' }, ...beads.slice(7)];
    expect(cheapToLeaveOut(lead.sentences, withBoth, cost)).toEqual([]);
  });
});

describe('cheapToLeaveOut: measured against sentences of about the same length', () => {
  // Six short sentences (23 letters) that cost 2.5 nats each, six long ones (77 letters) at 10.
  // The document median is 10, so against it every short one (2.5 < 0.35 × 10) would look deleted;
  // against its peers (median 2.5) none does. A long sentence at 3 nats is cheap for its length:
  // 3 < 0.35 × 10 (its peers' median is still 10: five at 10, one at 3).
  const short = (i: number) => `Short sentence ${i} says it well.`;
  const long = (i: number) => `Long sentence ${i} goes on and on, with a clause, another clause, and a third one to make it long enough.`;
  const mixed = side('en', Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? short(i) : long(i))));
  it('a short faithful sentence is not reported for being short', () => {
    const costs = Float64Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 2.5 : 10));
    expect(cheapToLeaveOut(mixed.sentences, beads, costs)).toEqual([]);
  });
  it('a long sentence as cheap as the short ones is reported', () => {
    const costs = Float64Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 2.5 : i === 7 ? 3 : 10));
    expect(cheapToLeaveOut(mixed.sentences, beads, costs).map((u) => u.sentence)).toEqual([7]);
  });
});
