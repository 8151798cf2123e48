// Property tests of the aligner: for any two sentence lists, every index is covered exactly once,
// parallel beads are monotonic and contiguous, labels agree with their sides, scores are in [0, 1].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/index.js';
import type { Alignment } from '../../src/align/types.js';
import { sentenceList } from './arbitraries.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The first broken invariant of `alignment` for `n` source and `m` target sentences, or undefined. */
function beadProblem(alignment: Alignment, n: number, m: number): string | undefined {
  const { beads, mode } = alignment;
  const src = beads.flatMap((b) => b.src);
  const tgt = beads.flatMap((b) => b.tgt);
  if ([...src].sort((a, b) => a - b).join() !== range(n).join()) return `source indices ${src.join()} do not cover 0..${n - 1} once`;
  if ([...tgt].sort((a, b) => a - b).join() !== range(m).join()) return `target indices ${tgt.join()} do not cover 0..${m - 1} once`;
  for (const [i, b] of beads.entries()) {
    if (b.src.length === 0 && b.tgt.length === 0) return `bead ${i} is empty`;
    if (!Number.isFinite(b.score) || b.score < 0 || b.score > 1) return `bead ${i} has score ${b.score}`;
    if (b.label === 'omission' && b.tgt.length > 0) return `bead ${i} is an omission with targets`;
    if (b.label === 'addition' && b.src.length > 0) return `bead ${i} is an addition with sources`;
    if (b.src.length === 0 && b.label !== 'addition') return `bead ${i} has no source but is a ${b.label}`;
    if (b.tgt.length === 0 && b.label !== 'omission') return `bead ${i} has no target but is a ${b.label}`;
  }
  if (mode === 'parallel') {
    if (src.join() !== range(n).join()) return `parallel source indices out of order: ${src.join()}`;
    if (tgt.join() !== range(m).join()) return `parallel target indices out of order: ${tgt.join()}`;
  }
  return undefined;
}

describe('alignSentences on arbitrary sentence lists', () => {
  it.each([
    ['parallel', undefined],
    ['comparable', undefined],
    ['auto', undefined],
    ['parallel', 'length'],
    ['auto', 'length'],
  ] as const)('%s mode (embedder %s) covers every sentence once, with consistent beads', async (mode, embedder) => {
    await fc.assert(
      fc.asyncProperty(sentenceList, sentenceList, async (source, target) => {
        const alignment = await alignSentences(source, target, { mode, ...(embedder ? { embedder } : {}) });
        expect(beadProblem(alignment, source.length, target.length)).toBeUndefined();
        if (mode !== 'auto') expect(alignment.mode).toBe(embedder === 'length' ? 'parallel' : mode);
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['both empty', [], []],
    ['source empty', [], ['Satu.', 'Dua.']],
    ['target empty', ['One.', 'Two.'], []],
    ['empty strings', ['', ''], ['']],
    ['empty sentences around a word (comparable gave a NaN score)', ['', 'the.', ''], ['']],
    ['one against many', ['The price was 300 euros.'], Array.from({ length: 30 }, (_, i) => `Kalimat ${i}.`)],
  ])('handles %s in every mode', async (_label, source: string[], target: string[]) => {
    for (const mode of ['parallel', 'comparable', 'auto'] as const) {
      const alignment = await alignSentences(source, target, { mode });
      expect(beadProblem(alignment, source.length, target.length), mode).toBeUndefined();
    }
  });
});
