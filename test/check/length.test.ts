import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, side, swap } from './helpers.js';

const codes = (input: CheckInput) => checkAlignment(input, { checks: ['length'] }).map((f) => `${f.severity} ${f.code} ${f.bead}`);
const x = (n: number) => 'word '.repeat(n).trim();

/** Six matched pairs, the target about 1.2× the source, except pair `odd` whose target is `factor`×. */
function doc(odd: number, factor: number): CheckInput {
  const src = [10, 12, 8, 15, 11, 9].map((n) => x(n));
  const tgt = src.map((s, i) => x(Math.round(((i === odd ? factor : 1.2) * s.length + 1) / 5)));
  return { source: side('en', src), target: side('id', tgt), beads: src.map((_, i) => bead([i], [i])) };
}

describe('length check', () => {
  it('passes a document of steady ratios, both directions', () => {
    expect(codes(doc(-1, 1))).toEqual([]);
    expect(codes(swap(doc(-1, 1)))).toEqual([]);
  });
  it('flags a pair far outside the document ratio (warning), both directions', () => {
    expect(codes(doc(3, 4))).toEqual(['warning length-ratio 3']);
    expect(codes(swap(doc(3, 4)))).toEqual(['warning length-ratio 3']);
    expect(codes(doc(2, 0.3))).toEqual(['warning length-ratio 2']);
  });
  it('leaves alone a pair with a sentence reported as omitted inside it (that finding explains the length)', () => {
    const input = doc(3, 4);
    expect(codes({ ...input, unsupported: [{ side: 'source', sentence: 3, bead: 3, similarity: 0 }] })).toEqual([]);
    expect(codes({ ...input, unsupported: [{ side: 'source', sentence: 2, bead: 2, similarity: 0 }] })).toEqual(['warning length-ratio 3']);
  });
  it('needs enough pairs to judge', () => {
    const small = doc(3, 4);
    small.beads = small.beads.slice(0, 4);
    expect(codes(small)).toEqual([]);
  });
});

describe('length check: short pairs', () => {
  // Five long pairs (40 words a side, ratios 1.1–1.3) and one short pair (2 words) whose target is
  // 2.2× as long. Log ratios: median ≈ ln 1.2, MAD·1.4826 ≈ 0.12; the short pair is ln(2.2/1.2) ≈ 0.61
  // off, over 3.5 × 0.12 = 0.42, but a pair about 1/20 of the median length gets √20 ≈ 4.5× the room.
  const ratios = [1.1, 1.15, 1.2, 1.25, 1.3];
  const src = [...ratios.map(() => x(40)), x(2)];
  const tgt = [...ratios.map((r) => 'w'.repeat(Math.round(r * x(40).length))), 'w'.repeat(Math.round(2.2 * x(2).length))];
  const input = (s: string[], t: string[]): CheckInput => ({ source: side('en', s), target: side('id', t), beads: s.map((_, i) => bead([i], [i])) });
  it('a short pair gets room for its noisier ratio', () => {
    expect(codes(input(src, tgt))).toEqual([]);
  });
  it('the same ratio on a long pair is still flagged', () => {
    const long = [...src.slice(0, 5), x(40)];
    const longT = [...tgt.slice(0, 5), 'w'.repeat(Math.round(2.2 * x(40).length))];
    expect(codes(input(long, longT))).toEqual(['warning length-ratio 5']);
  });
});

describe('length check: a boundary drawn in the wrong place', () => {
  // doc(): six pairs of 10, 12, 8, 15, 11 and 9 words (49, 59, 39, 74, 54, 44 characters), targets about
  // 1.2× (median ln 1.2, spread about 0 before the two odd pairs; the 1.5× floor decides).
  it('two neighbours off in opposite directions are info: together they have the usual ratio', () => {
    // Pair 2: 39 → 79 characters (2.0×); pair 3: 74 → 29 (0.39×). Together 108 / 113 = 0.96×,
    // ln(0.96 / 1.2) = −0.23, inside ln 1.5 = 0.41; each leans the other way from the median.
    const input = doc(2, 2);
    const three = doc(3, 0.4).target.sentences[3]!.text;
    const tgt = input.target.sentences.map((s, i) => (i === 3 ? three : s.text));
    expect(codes({ ...input, target: side('id', tgt) })).toEqual(['info length-ratio 2', 'info length-ratio 3']);
  });
  it('a too-long target beside a lone source sentence is info; a too-short one stays a warning', () => {
    // Pair 3 (74 → 294 characters, 4×) and a lone source sentence of 40 words (199 characters) after it:
    // (294) / (74 + 199) = 1.08×, inside the floor. A too-short pair 2 (0.3×) beside that lone source
    // only gets shorter: still a warning.
    const base = doc(3, 4);
    const src = [...base.source.sentences.map((s) => s.text), x(40)];
    const beads = [...base.beads.slice(0, 4), bead([6], []), ...base.beads.slice(4)];
    expect(codes({ ...base, source: side('en', src), beads })).toEqual(['info length-ratio 3']);
    const short = doc(2, 0.3);
    const beads2 = [...short.beads.slice(0, 3), bead([6], []), ...short.beads.slice(3)];
    expect(codes({ ...short, source: side('en', [...short.source.sentences.map((s) => s.text), x(40)]), beads: beads2 })).toEqual(['warning length-ratio 2']);
  });
});

describe('length check: a passage translated more tersely than the rest', () => {
  // 21 pairs of 30 words (149 characters) a side: pairs 0–13 with targets 1.2× as long, pairs 14–20 (a
  // passage) 0.7×. Document median ln 1.2 (14 of 21), MAD 0, so the 1.5× floor decides: a 0.7× pair is
  // ln(0.7 / 1.2) = −0.54 off, beyond ln 1.5 = 0.41. The ten pairs around pair 17 are 10–13 (1.2×) and
  // 14–16, 18–20 (0.7×): their median is 0.7×, away from the document's, and pair 17 is on it. Around pair
  // 14 (9–13 and 15–19) the median is between 0.7× and 1.2×, √(0.7 × 1.2) = 0.92×; 0.7× is ln(0.92 / 0.7)
  // = 0.27 from it, inside the floor: info too.
  const ratios = (odd: number, factor: number) => Array.from({ length: 21 }, (_, i) => (i === odd ? factor : i < 14 ? 1.2 : 0.7));
  const input = (rs: number[]): CheckInput => {
    const src = rs.map(() => x(30));
    return { source: side('en', src), target: side('id', src.map((s, i) => 'w'.repeat(Math.round(rs[i]! * s.length)))), beads: src.map((_, i) => bead([i], [i])) };
  };
  it('its pairs are info with a note', () => {
    const found = checkAlignment(input(ratios(-1, 1)), { checks: ['length'] });
    expect(found.map((f) => `${f.severity} ${f.bead}`)).toEqual([14, 15, 16, 17, 18, 19, 20].map((k) => `info ${k}`));
    expect(found[3]!.note).toMatch(/pairs around it lean the same way/);
  });
  it('a pair cut short inside the passage stays a warning', () => {
    // Pair 17 at 0.3×: ln(0.3 / 0.7) = −0.85 from its passage's median, beyond the floor.
    expect(codes(input(ratios(17, 0.3))).filter((c) => c.startsWith('warning'))).toEqual(['warning length-ratio 17']);
  });
  it('pairs that lean because an omission was reported in them do not make a passage', () => {
    // The same ratios, but pairs 14–16 and 18–20 each hold a reported omission (`unsupported`): they get
    // no finding and are left out of the passage ratio. The ten judged pairs nearest pair 17 are 4–13,
    // all 1.2×: no passage, so pair 17 (0.7×, off the document's 1.2× by more than the 1.5× floor) stays
    // a warning. (Read from all pairs, its passage would be 0.7× and it would be info.)
    const base = input(ratios(-1, 1));
    const unsupported = [14, 15, 16, 18, 19, 20].map((k) => ({ side: 'source' as const, sentence: k, bead: k, similarity: NaN }));
    const found = checkAlignment({ ...base, unsupported }, { checks: ['length'] });
    expect(found.map((f) => `${f.severity} ${f.bead}`)).toEqual(['warning 17']);
  });
  it('a pair cut short in a steady document stays a warning', () => {
    // All 21 pairs 1.2× but pair 17 at 0.5×: the pairs around it have the document's median.
    expect(codes(input(Array.from({ length: 21 }, (_, i) => (i === 17 ? 0.5 : 1.2))))).toEqual(['warning length-ratio 17']);
  });
});
