// A missing or inserted block in a long translation: the alignment of the rest must stay as good as
// on the intact document, and the block must come out as one passage finding. The documents are
// large enough ((N + 1)² > fullDpCells) that the banded search with anchors runs, not the full DP.
import { describe, expect, it } from 'vitest';
import { alignSentences, type Bead } from '../../../src/align/index.js';
import { checkAlignment, type Finding } from '../../../src/check/index.js';
import { cutBlock, lineSentences, insertBlock, type EditedDoc } from '../../../src/eval/cut.js';
import { scoreAlignment } from '../../../src/eval/index.js';
import { cipherPair, sourceSentences } from './hole-docs.js';

const N = 700;
const BLOCK = 150;
// Few shared numbers and names (4 % of words): the first pass has little to go on, as between two
// scripts, and the block is a fifth of the document.
const base = cipherPair(N, 5, 0.04);
/** Unrelated sentences (another vocabulary and seed): a block that is in no translation of the source. */
const foreign = sourceSentences(150, 99, 300);


async function run(doc: { src: readonly string[]; tgt: readonly string[]; gold: EditedDoc['gold'] | typeof base.gold }): Promise<{ f1: number; beads: Bead[]; passages: Finding[] }> {
  const { beads, stats } = await alignSentences([...doc.src], [...doc.tgt], { mode: 'parallel' });
  expect(stats?.banded).toBe(true);
  const findings = checkAlignment({ source: { lang: 'en', sentences: lineSentences(doc.src) }, target: { lang: 'en', sentences: lineSentences(doc.tgt) }, beads }, { checks: ['coverage'] });
  return { f1: scoreAlignment(doc.gold, beads).strict.f1, beads, passages: findings.filter((f) => f.code.endsWith('-passage')) };
}

describe('parallel alignment with a missing or inserted block', async () => {
  const intact = await run(base);

  it('aligns the intact generated document well (the reference the holes are held to)', () => {
    // The cipher leaves numbers and names shared, and the lexicon pass learns the rest.
    expect(intact.f1).toBeGreaterThan(0.9);
    expect(intact.passages).toEqual([]);
  });

  const cuts = [['tgt', 'start', BLOCK], ['tgt', 'middle', BLOCK], ['tgt', 'end', BLOCK], ['tgt', 'middle', 40], ['src', 'middle', BLOCK]] as const;
  for (const [side, place, size] of cuts) {
    it(`finds the counterparts of ${size} ${side === 'src' ? 'source' : 'target'} sentences cut at the ${place} as one passage`, async () => {
      const length = side === 'src' ? base.src.length : base.tgt.length;
      const at = place === 'start' ? 0 : place === 'middle' ? Math.floor((length - size) / 2) : length - size;
      const doc = cutBlock(base, side, at, size);
      const { f1, passages } = await run(doc);
      expect(f1).toBeGreaterThanOrEqual(intact.f1 - 0.02);
      // The other side's sentences whose gold counterparts all lay in the block: about `size` of them
      // (splits and merges, 4 % each, about cancel out).
      const other = side === 'src' ? 'tgt' : 'src';
      const expected = base.gold.filter((b) => b[side].length > 0 && b[side].every((k) => k >= at && k < at + size)).flatMap((b) => b[other]);
      expect(expected.length).toBeGreaterThan(size * 0.85);
      expect(passages.map((p) => p.code)).toEqual([side === 'tgt' ? 'omission-passage' : 'addition-passage']);
      const got = passages[0][other]!;
      // One finding for the block: it covers nearly all of it, and little more.
      const inside = got.filter((k) => expected.includes(k)).length;
      expect(inside).toBeGreaterThanOrEqual(expected.length - 2);
      expect(got.length).toBeLessThanOrEqual(expected.length + 3);
      expect(passages[0].severity).toBe('error');
    });
  }

  for (const place of ['start', 'middle', 'end'] as const) {
    it(`finds ${BLOCK} foreign target sentences inserted at the ${place} as one added passage`, async () => {
      const at = place === 'start' ? 0 : place === 'middle' ? Math.floor(base.tgt.length / 2) : base.tgt.length;
      const doc = insertBlock(base, 'tgt', at, foreign);
      const { f1, passages } = await run(doc);
      expect(f1).toBeGreaterThanOrEqual(intact.f1 - 0.02);
      expect(passages.map((p) => p.code)).toEqual(['addition-passage']);
      const got = passages[0].tgt!;
      const inside = got.filter((j) => j >= at && j < at + BLOCK).length;
      expect(inside).toBeGreaterThanOrEqual(BLOCK - 2);
      expect(got.length).toBeLessThanOrEqual(BLOCK + 3);
    });
  }
});
