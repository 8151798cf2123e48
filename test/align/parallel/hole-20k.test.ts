// The issue-12 scale case: a generated 20k-sentence translation with 2,000 target sentences cut out of
// the middle. The rest must align as well as the intact document and the cut must come out as one
// omission passage. (Speed and memory at this size are measured by `npm run bench -- align`.)
import { describe, expect, it } from 'vitest';
import { alignSentences, type Bead } from '../../../src/align/index.js';
import { checkAlignment } from '../../../src/check/index.js';
import { cutBlock, lineSentences } from '../../../src/eval/cut.js';
import { scoreAlignment } from '../../../src/eval/index.js';
import { cipherPair } from './hole-docs.js';

const N = 20_000;
const BLOCK = 2_000;

async function f1Of(doc: { src: readonly string[]; tgt: readonly string[]; gold: Parameters<typeof scoreAlignment>[0] }): Promise<{ f1: number; beads: Bead[] }> {
  const { beads, stats } = await alignSentences([...doc.src], [...doc.tgt], { mode: 'parallel' });
  expect(stats?.banded).toBe(true);
  return { f1: scoreAlignment(doc.gold, beads).strict.f1, beads };
}

describe('a 20k × 20k translation with a 2,000-sentence hole', () => {
  it('aligns the rest as well as the intact document and reports the hole as one passage', async () => {
    const base = cipherPair(N, 12);
    const intact = await f1Of(base);
    const at = Math.floor((base.tgt.length - BLOCK) / 2);
    const doc = cutBlock(base, 'tgt', at, BLOCK);
    const { f1, beads } = await f1Of(doc);
    expect(intact.f1).toBeGreaterThan(0.9);
    expect(f1).toBeGreaterThanOrEqual(intact.f1 - 0.02);
    const passages = checkAlignment(
      { source: { lang: 'en', sentences: lineSentences(doc.src) }, target: { lang: 'en', sentences: lineSentences(doc.tgt) }, beads },
      { checks: ['coverage'] },
    ).filter((f) => f.code.endsWith('-passage'));
    // The source sentences whose gold counterparts all lay in the cut: about 2,000 (merges and splits cancel out).
    const covered = base.gold.filter((b) => b.tgt.length > 0 && b.tgt.every((k) => k >= at && k < at + BLOCK)).flatMap((b) => b.src);
    expect(covered.length).toBeGreaterThan(BLOCK * 0.9);
    // The generator also drops 1 % of source sentences (gold 1-0 beads): those inside the cut belong to the passage too.
    const [first, last] = [Math.min(...covered), Math.max(...covered)];
    const dropped = base.gold.filter((b) => b.tgt.length === 0 && b.src[0] > first && b.src[0] < last).flatMap((b) => b.src);
    const expected = [...covered, ...dropped];
    expect(passages.map((p) => p.code)).toEqual(['omission-passage']);
    const got = passages[0].src!;
    expect(got.filter((k) => expected.includes(k)).length).toBeGreaterThanOrEqual(expected.length - 5);
    // and little more: a neighbour's 1-0 bead at each end at most.
    expect(got.length).toBeLessThanOrEqual(expected.length + 5);
  }, 300_000);
});
