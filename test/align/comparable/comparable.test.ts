import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/index.js';
import { OptionError } from '../../../src/errors.js';
import type { Sentence } from '../../../src/segment/types.js';
import { coverage, sentences, wordEmbedder } from '../helpers.js';

const embedder = wordEmbedder(8192);
const key = (b: { src: number[]; tgt: number[] }) => `${b.src.join(',')}:${b.tgt.join(',')}`;
const sent = (text: string, kind: Sentence['kind'] = 'body'): Sentence => ({ text, start: 0, end: text.length, paragraph: 0, lang: 'en', kind });

describe('alignSentences, comparable mode', () => {
  const s = sentences(10, 7);
  const other = sentences(3, 99);

  it('matches reordered sentences and labels leftovers', async () => {
    // Target: sentences 6, 2, 0 and 8 in a new order, plus two sentences of its own.
    const tgt = [s[6], other[0], s[2], s[0], s[8], other[1]];
    const r = await alignSentences(s, tgt, { mode: 'comparable', embedder });
    expect(r.mode).toBe('comparable');
    expect(coverage(r.beads, s.length, tgt.length)).toBe(true);
    const keys = r.beads.map(key);
    for (const k of ['6:0', '2:2', '0:3', '8:4', '1:', ':1', ':5']) expect(keys).toContain(k);
    for (const b of r.beads) {
      expect(Number.isFinite(b.score) && b.score >= 0 && b.score <= 1).toBe(true);
      if (b.tgt.length === 0) expect(b.label).toBe('omission');
      else if (b.src.length === 0) expect(b.label).toBe('addition');
      else expect(['match', 'partial']).toContain(b.label);
    }
  });

  it('joins a target sentence that covers parts of two source sentences as partial', async () => {
    const half = (t: string, second: boolean) => {
      const w = t.split(' ');
      const h = Math.ceil(w.length / 2);
      return (second ? w.slice(h) : w.slice(0, h)).join(' ');
    };
    const tgt = [s[5], `${half(s[3], false)} ${half(s[4], true)}`, s[1]];
    const r = await alignSentences(s, tgt, { mode: 'comparable', embedder });
    expect(coverage(r.beads, s.length, tgt.length)).toBe(true);
    const bead = r.beads.find((b) => b.tgt.includes(1))!;
    expect(bead.src).toEqual([3, 4]);
    expect(bead.label).toBe('partial');
  });

  it('never matches boilerplate or social sentences but still covers them', async () => {
    const src = [sent(s[0]), sent(s[1], 'boilerplate'), sent(s[2])];
    const tgt = [sent(s[2]), sent(s[1], 'social'), sent(s[0])];
    const r = await alignSentences(src, tgt, { mode: 'comparable', embedder });
    expect(coverage(r.beads, 3, 3)).toBe(true);
    expect(r.beads.map(key)).toEqual(expect.arrayContaining(['0:2', '2:0', '1:', ':1']));
  });

  it('handles empty sides', async () => {
    const r = await alignSentences(s.slice(0, 2), [], { mode: 'comparable', embedder });
    expect(r.beads.map((b) => b.label)).toEqual(['omission', 'omission']);
    expect((await alignSentences([], [], { mode: 'comparable', embedder })).beads).toEqual([]);
  });

  it('never pairs a blank sentence (a zero vector) and keeps scores finite', async () => {
    // Blank sentences embed as zero vectors; after centring they used to look like minus the mean,
    // and a column of equal cosines had no spread (0 / 0 = NaN score).
    for (const [src, tgt] of [
      [['', s[0], ''], ['']],
      [['the.', 'the.', '0.'], ['', '', '']],
      [[s[0], s[0], s[0]], [s[0]]],
    ]) {
      for (const e of [embedder, undefined]) {
        const r = await alignSentences(src, tgt, { mode: 'comparable', ...(e ? { embedder: e } : {}) });
        expect(coverage(r.beads, src.length, tgt.length)).toBe(true);
        for (const b of r.beads) {
          expect(Number.isFinite(b.score) && b.score >= 0 && b.score <= 1).toBe(true);
          if (b.src.some((i) => src[i] === '') || b.tgt.some((j) => tgt[j] === '')) expect(b.src.length === 0 || b.tgt.length === 0).toBe(true);
        }
      }
    }
  });
});

// A 1 × 1 matrix has no background: its chance threshold used to be 0, so two unrelated sentences
// became a match. Tiny matrices are scored against the prior of unrelated sentences instead.
describe('tiny matrices (too few cells for a background)', () => {
  const unrelated: [string, string] = ['The committee approved the new budget on Monday.', 'Der Hund schläft gern im warmen Garten.'];
  const translation: [string, string] = ['Barack Obama visited Berlin in 2013.', 'Barack Obama besuchte 2013 Berlin.'];
  const keys = (beads: { src: number[]; tgt: number[] }[]) => beads.map(key).sort();

  for (const mode of ['comparable', 'auto'] as const) {
    it(`${mode}: two unrelated sentences (1 × 1) are an omission and an addition`, async () => {
      const r = await alignSentences([unrelated[0]], [unrelated[1]], { mode });
      expect(r.mode).toBe('comparable');
      expect(keys(r.beads)).toEqual(['0:', ':0']);
      expect(r.beads.map((b) => b.label).sort()).toEqual(['addition', 'omission']);
    });

    it(`${mode}: a translation (1 × 1) is a match`, async () => {
      const r = await alignSentences([translation[0]], [translation[1]], { mode });
      expect(keys(r.beads)).toEqual(['0:0']);
      expect(r.beads[0].label).toBe('match');
      expect(r.beads[0].score).toBeGreaterThan(0.5);
    });
  }

  it('comparable: a 1 × 2 matrix matches the translation and leaves the unrelated sentence out', async () => {
    const r = await alignSentences([translation[0]], [unrelated[1], translation[1]], { mode: 'comparable' });
    expect(keys(r.beads)).toEqual(['0:1', ':0']);
    expect(r.beads.find((b) => b.src.length && b.tgt.length)!.label).toBe('match');
  });

  it('comparable: with the word embedder, an unrelated 1 × 1 stays unmatched', async () => {
    const other = sentences(2, 5);
    const r = await alignSentences([s0()], [other[1]], { mode: 'comparable', embedder });
    expect(keys(r.beads)).toEqual(['0:', ':0']);
  });
});

const s0 = () => sentences(1, 7)[0];

describe('alignSentences, auto mode', () => {
  const s = sentences(30, 11);

  it('picks parallel for a translation, with the numbers in the reason', async () => {
    const r = await alignSentences(s, s, { embedder });
    expect(r.mode).toBe('parallel');
    expect(r.reason).toMatch(/^auto: parallel .*\d+ of \d+ sampled source sentences .*% of them near the diagonal/);
  });

  it('picks comparable for a reordered, shortened rewrite', async () => {
    const order = [20, 3, 27, 11, 0, 15, 8, 24, 5, 18];
    const tgt = [...order.map((i) => s[i]), ...sentences(6, 12)];
    const r = await alignSentences(s, tgt, { embedder });
    expect(r.mode).toBe('comparable');
    expect(r.reason).toMatch(/^auto: comparable/);
  });

  it('length-only runs parallel and refuses comparable', async () => {
    expect((await alignSentences(s, s, { embedder: 'length' })).mode).toBe('parallel');
    await expect(alignSentences(s, s, { embedder: 'length', mode: 'comparable' })).rejects.toThrow(/comparable mode needs an embedder/);
  });
});

describe('comparable mode over maxComparablePairs', () => {
  const s = sentences(12, 3);

  it('comparable mode throws a clear OptionError instead of allocating n × m', async () => {
    const run = alignSentences(s, s.slice(0, 10), { mode: 'comparable', embedder, maxComparablePairs: 100 });
    await expect(run).rejects.toBeInstanceOf(OptionError);
    await expect(alignSentences(s, s.slice(0, 10), { mode: 'comparable', embedder, maxComparablePairs: 100 })).rejects.toThrow(
      /compares every pair of sentences; 12 × 10 is over the 100-pair limit .*mode 'parallel', or split the documents/,
    );
    // At the cap it runs.
    const ok = await alignSentences(s, s.slice(0, 10), { mode: 'comparable', embedder, maxComparablePairs: 120 });
    expect(coverage(ok.beads, 12, 10)).toBe(true);
  });

  it('auto mode aligns as parallel and says why, with the numbers', async () => {
    const tgt = [s[6], s[2], s[0], s[8]];
    const r = await alignSentences(s, tgt, { mode: 'auto', embedder, maxComparablePairs: 40 });
    expect(r.mode).toBe('parallel');
    expect(r.reason).toMatch(/12 × 4 sentences is over comparable mode's 40-pair limit/);
    expect(coverage(r.beads, 12, 4)).toBe(true);
    // Without an embedder, too: the parallel preset runs directly.
    const lexical = await alignSentences(s, tgt, { mode: 'auto', maxComparablePairs: 40 });
    expect(lexical.mode).toBe('parallel');
    expect(lexical.embedderId).toMatch(/parallel/);
  });

  it('rejects a negative cap', async () => {
    await expect(alignSentences(s, s, { maxComparablePairs: -1 })).rejects.toBeInstanceOf(OptionError);
  });
});
