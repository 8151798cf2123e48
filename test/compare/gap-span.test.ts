// Where `gapSpans` / `placeOmissions` put a reported omission, from hand-made similarities.
//
// Twelve source sentences, eleven targets: source 6 is left out (a 1-0 bead), every other source j
// pairs with target j (j < 6) or j - 1 (j > 6). A pair's own similarity is 0.6 for an even source and
// 0.4 for an odd one, so the eleven 1-1 pairs are five 0.6 and six 0.4: the quartiles (sorted values 2
// and 7 of 0–10) are 0.4 and 0.6, the spread 0.2, and the default margin half of it, 0.1. A source
// against any other target is 0.1 unless a test says otherwise.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import type { Finding } from '../../src/check/types.js';
import { gapSpans, pairSpread, placeOmissions, type Similarity } from '../../src/compare/gap-span.js';
import { bead, side } from '../check/helpers.js';

const source = side('en', Array.from({ length: 12 }, (_, i) => `Sentence number ${i} of the source.`));
const owner = (j: number) => (j < 6 ? j : j + 1);
const beads: Bead[] = source.sentences.map((_, i) => (i === 6 ? bead([6], [], 'omission') : bead([i], [i < 6 ? i : i - 1])));
const own = (i: number) => (i % 2 === 0 ? 0.6 : 0.4);

/** Own pairs as above, `cross` for a source against another target (`'i:j'` keys) or group (`'i:j+k'`), else 0.1. */
const sims = (cross: Record<string, number> = {}): Similarity => (i, tgt) => {
  if (tgt.length > 1) return cross[`${i}:${tgt.join('+')}`] ?? 0.1;
  const j = tgt[0]!;
  return owner(j) === i ? own(i) : cross[`${i}:${j}`] ?? 0.1;
};
/** Every move costs nothing: a source against its neighbour's target is as similar as the neighbour. */
const neutral: Similarity = (i, tgt) => {
  const j = tgt[0]!;
  return owner(j) === i || Math.abs(owner(j) - i) === 1 ? own(owner(j)) : 0.1;
};
const span = (b: Bead[], sim: Similarity, o = {}, gap = { sentence: 6, bead: 6 }) => gapSpans(b, [gap], sim, o)[0];

describe('pairSpread', () => {
  it('is the interquartile range of the 1-1 match pairs (0.6 − 0.4), NaN with too few pairs', () => {
    expect(pairSpread(beads, sims(), 10)).toBeCloseTo(0.2, 12);
    expect(pairSpread(beads, sims(), 12)).toBeNaN();
  });
});

describe('gapSpans', () => {
  it('keeps the reported sentence alone where moving the gap is clearly worse', () => {
    // Back: 6 takes target 5 (0.1) from 5 (0.4): −0.3; forward: 6 takes target 6 (0.1) from 7 (0.4): −0.3.
    expect(span(beads, sims())).toEqual([6]);
  });
  it('names the sentences a shifted run could have left out instead', () => {
    // Back one: 6 takes target 5 (0.45) from 5 (0.4): +0.05; back two: 5 takes target 4 (0.55) from 4
    // (0.6): −0.05, summed 0.0 ≥ −0.1. Forward: −0.3.
    const shifted = sims({ '6:5': 0.45, '5:4': 0.55 });
    expect(span(beads, shifted)).toEqual([4, 5, 6]);
    expect(span(beads, shifted, { maxMove: 1 })).toEqual([5, 6]);
    // Back two at 0.4 instead: −0.2, summed −0.15 < −0.1, and the walk stops there.
    expect(span(beads, sims({ '6:5': 0.45, '5:4': 0.4 }))).toEqual([5, 6]);
    // A margin of a tenth of the spread (0.02) still takes the first step (+0.05), not the second (0.0 ≥ −0.02 too).
    expect(span(beads, shifted, { share: 0.1 })).toEqual([4, 5, 6]);
  });
  it('moves the gap forward the same way', () => {
    // 6 takes target 6 (0.35) from 7 (0.4): −0.05; then 7 takes target 7 (0.2) from 8 (0.6): −0.4, summed −0.45.
    expect(span(beads, sims({ '6:6': 0.35, '7:7': 0.2 }))).toEqual([6, 7]);
  });
  it('stops at the cap however cheap the moves', () => {
    expect(span(beads, neutral)).toEqual([4, 5, 6, 7, 8]);
    expect(span(beads, neutral, { maxMove: 3 })).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(span(beads, neutral, { maxMove: 0 })).toEqual([6]);
  });
  it('widens nothing without enough 1-1 pairs for a spread', () => {
    expect(span(beads, neutral, { minOnes: 12 })).toEqual([6]);
  });
  it('steps over a one-to-many pair, and not over a merged source group', () => {
    // Source 8 takes targets 7 and 8 (a 1-2 bead; source 11 is then left out too): 6 → 7 → 8 as before,
    // the group compared whole. Nine 1-1 pairs are left (quartiles still 0.4 and 0.6).
    const oneToTwo = [...beads.slice(0, 8), bead([8], [7, 8]), bead([9], [9]), bead([10], [10]), bead([11], [], 'omission')];
    expect(span(oneToTwo, neutral, { minOnes: 9 })).toEqual([4, 5, 6, 7, 8]);
    // Sources 4 and 5 share target 4 (a 2-1 bead; nine 1-1 pairs left): the walk back stops before them.
    const twoToOne = [...beads.slice(0, 4), bead([4, 5], [4]), ...beads.slice(6)];
    expect(span(twoToOne, neutral, { minOnes: 9 }, { sentence: 6, bead: 5 })).toEqual([6, 7, 8]);
  });
  it('takes the first step inside the reported sentence’s own 2-1 bead', () => {
    // Sources 5 and 6 share target 5, 6 unsupported: 6 takes target 5 (0.45) from 5 (0.4): +0.05, then
    // 5 takes target 4 (0.55) from 4 (0.6): −0.05. Ten 1-1 pairs remain, quartiles still 0.4 and 0.6.
    const merged = [...beads.slice(0, 5), bead([5, 6], [5]), ...beads.slice(7)];
    expect(span(merged, sims({ '6:5': 0.45, '5:4': 0.55 }), {}, { sentence: 6, bead: 5 })).toEqual([4, 5, 6]);
  });
  it('stops at another reported sentence, and names no sentence twice', () => {
    expect(gapSpans(beads, [{ sentence: 6, bead: 6 }], neutral, {}, new Set([4]))[0]).toEqual([5, 6, 7, 8]);
    // Sources 6 and 9 both reported (9 in its 1-1 pair): 6, first in the document, takes 7 and 8 on
    // its way to 9; 9 then stays alone: back, 8 is named; forward, its freed target would go to 8.
    expect(gapSpans(beads, [{ sentence: 9, bead: 9 }, { sentence: 6, bead: 6 }], neutral)).toEqual([[9], [4, 5, 6, 7, 8]]);
  });
});

describe('gapSpans on a 1-1 pair of its own', () => {
  // Sources 4 and 5 share target 4 (target 5 is in no bead): nine 1-1 pairs, 0.6 for 0, 2, 8, 10 and
  // 0.4 for 1, 3, 7, 9, 11; sorted values 2 and 6 of 0–8 are 0.4 and 0.6, the margin 0.1 again.
  const mergedAhead = [...beads.slice(0, 4), bead([4, 5], [4]), ...beads.slice(6)];
  const gap3 = { sentence: 3, bead: 3 };
  it('moves the gap back when the freed target cascades into a merged bead, the cascade counted', () => {
    // Back one: 3 takes target 2 (0.62) from 2 (0.6): +0.02. Target 3 is freed and goes to 4, which
    // leaves its merged bead to 5: 4 gains 0.55 on target 3 and gives up 0.6 on target 4: −0.05.
    // Summed −0.03 ≥ −0.1. Back two: 2 takes target 1 (0.1) from 1 (0.4): −0.3 more. Forward: 3's
    // next sentence is in a merged bead, no step.
    expect(span(mergedAhead, sims({ '3:2': 0.62, '4:3': 0.55 }), { minOnes: 9 }, gap3)).toEqual([2, 3]);
    // 4 on target 3 at 0.45: the cascade costs −0.15, summed −0.13 < −0.1, and the gap stays.
    expect(span(mergedAhead, sims({ '3:2': 0.62, '4:3': 0.45 }), { minOnes: 9 }, gap3)).toEqual([3]);
  });
  it('moves the gap forward the same way, the freed target going back into a merged bead', () => {
    // Sources 1 and 2 share target 1 (target 2 in no bead): nine 1-1 pairs, 0.6 for 0, 4, 8, 10 and 0.4
    // for 3, 5, 7, 9, 11, the margin 0.1 as above. Forward one: 3 takes target 4 (0.5) from 4 (0.6): −0.1;
    // target 3 goes to 2, which gains 0.15 on it and gives up 0.1 on target 1: +0.05. Summed −0.05;
    // forward two: 4 takes target 5 (0.1) from 5 (0.4): −0.3 more. Back: the freed target would go
    // to 4 and then 5, both 1-1 pairs: no merged bead within two steps.
    const mergedBehind = [beads[0]!, bead([1, 2], [1]), ...beads.slice(3)];
    expect(span(mergedBehind, sims({ '3:4': 0.5, '2:3': 0.15 }), { minOnes: 9 }, { sentence: 3, bead: 2 })).toEqual([3, 4]);
  });
  it('moves the gap where the next pair can take the freed target beside its own, the 1-2 bead counted', () => {
    // Back one: 3 takes target 2 (0.62) from 2 (0.6): +0.02. Target 3 joins 4's pair: 4 against targets
    // 3 and 4 is 0.58 where it had 0.6 on its own: −0.02 (handing target 3 on instead: 4 gets 0.1 for
    // 0.6, worse). Summed 0.0; back two: 2 takes target 1 (0.1) from 1 (0.4): −0.3 more. Forward: 3
    // takes target 4 (0.1) from 4 (0.6): −0.5.
    expect(span(beads, sims({ '3:2': 0.62, '4:3+4': 0.58 }), {}, gap3)).toEqual([2, 3]);
    // 4 against targets 3 and 4 at 0.45: −0.15, summed −0.13 < −0.1, and the gap stays.
    expect(span(beads, sims({ '3:2': 0.62, '4:3+4': 0.45 }), {}, gap3)).toEqual([3]);
  });
  it('keeps the gap where nothing next to it can take the freed target', () => {
    // Every move free, but source 5's target would go to 6, left out (taking it would end that omission
    // too), and forward 6 is no pair to step over; likewise source 7 the other way.
    expect(span(beads, neutral, {}, { sentence: 5, bead: 5 })).toEqual([5]);
    expect(span(beads, neutral, {}, { sentence: 7, bead: 7 })).toEqual([7]);
  });
});

describe('placeOmissions', () => {
  const omission: Finding = { code: 'omission', severity: 'warning', src: [6], bead: 6, srcRange: [source.sentences[6]!.start, source.sentences[6]!.end], message: 'Not in the target: 1 source sentence without counterpart' };
  const other: Finding = { code: 'number-missing', severity: 'warning', src: [2], tgt: [2], bead: 2, message: 'Number “2” has no counterpart in the target' };
  const shifted = async () => sims({ '6:5': 0.45, '5:4': 0.55 });

  it('makes one finding of the sentences, saying so, and keeps where the alignment put it in the note', async () => {
    const [placed, kept] = await placeOmissions([omission, other], source.sentences, beads, shifted);
    expect(placed).toEqual({
      ...omission,
      src: [4, 5, 6],
      srcRange: [source.sentences[4]!.start, source.sentences[6]!.end],
      message: 'One of these 3 source sentences has no counterpart in the target, but which one is unclear: the sentences around it pair about as well either way',
      note: 'The aligner marked source sentence 7 (Not in the target: 1 source sentence without counterpart)',
    });
    expect(kept).toBe(other);
  });
  it('keeps an earlier note after the new one, and the severity', async () => {
    const [placed] = await placeOmissions([{ ...omission, severity: 'info', note: 'a short clause' }], source.sentences, beads, shifted);
    expect(placed!.severity).toBe('info');
    expect(placed!.note).toBe('The aligner marked source sentence 7 (Not in the target: 1 source sentence without counterpart). a short clause');
  });
  it('leaves an omission alone where nothing else fits as well, and one inside an omitted passage', async () => {
    expect((await placeOmissions([omission], source.sentences, beads, async () => sims()))[0]).toBe(omission);
    const passage: Finding = { code: 'omission-passage', severity: 'error', src: [6], message: 'Source sentences 7–7 have no counterpart in the target' };
    const inside = { ...omission, severity: 'info' as const };
    expect((await placeOmissions([inside, passage], source.sentences, beads, shifted))[0]).toBe(inside);
  });
  it('leaves an omission on a 1-1 pair alone where nothing would take that pair\'s target', async () => {
    // Source 5 reported in its own 1-1 pair (weak-pair evidence), every move free: its target would go
    // to 6, left out, so no placement is a local alternative.
    const onPair: Finding = { ...omission, src: [5], bead: 5, srcRange: [source.sentences[5]!.start, source.sentences[5]!.end] };
    expect((await placeOmissions([onPair], source.sentences, beads, async () => neutral))[0]).toBe(onPair);
  });
  it('asks for the similarity only when there is an omission to place', async () => {
    const never = async (): Promise<Similarity> => { throw new Error('not needed'); };
    const findings = [other];
    expect(await placeOmissions(findings, source.sentences, beads, never)).toBe(findings);
  });
});
