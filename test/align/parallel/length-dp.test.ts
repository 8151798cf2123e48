// fillLengthDp computes a bead's length cost only when the bead can win; it must give the table of the
// plain DP over every cell's Gale-Church costs bit for bit: costs, back-pointers (ties go to the first
// type in order) and run bits.
import { describe, expect, it } from 'vitest';
import { bandAroundPath, beadTypes, fullBand, traceback } from '../../../src/align/index.js';
import { lengthDiagonal, type Band } from '../../../src/align/parallel/band.js';
import { lengthCosts } from '../../../src/align/parallel/costs.js';
import { fillDpTable } from '../../../src/align/parallel/dp.js';
import { fillLengthDp } from '../../../src/align/parallel/length-dp.js';
import { prefixSums } from '../../../src/align/length.js';

const types = beadTypes(4, 6);

function expectSameTable(band: Band, sp: Float64Array, tp: Float64Array, ratio: number, runCost?: number): void {
  const plain = fillDpTable(band, types, lengthCosts(band, types, sp, tp, ratio), undefined, 0, runCost);
  const lazy = fillLengthDp(band, types, sp, tp, ratio, undefined, runCost);
  expect(lazy.cost).toEqual(plain.cost);
  expect(lazy.back).toEqual(plain.back);
  expect(lazy.extend).toEqual(plain.extend);
  expect(traceback(lazy)).toEqual(traceback(plain));
}

describe('fillLengthDp', () => {
  // Lengths 10, 37, 64, … (mod 90) against 11, 42, 73, … (mod 70): no two cells cost the same.
  const sp = Float64Array.from({ length: 61 }, (_, k) => 10 * k + ((27 * k) % 90));
  const tp = Float64Array.from({ length: 58 }, (_, k) => 11 * k + ((31 * k) % 70));

  for (const runCost of [undefined, 2]) {
    it(`gives the plain DP's table in a band and on the full grid (runs of skips at ${runCost ?? 'no'} cost)`, () => {
      expectSameTable(bandAroundPath(lengthDiagonal(sp, tp, 1.1), 60, 57, 3), sp, tp, 1.1, runCost);
      expectSameTable(fullBand(60, 57), sp, tp, 1.1, runCost);
    });
  }

  it('breaks ties as the plain DP does when every sentence has the same length', () => {
    // 30 sentences of 40 characters a side at ratio 1: a 1-1 bead has no length cost, and many paths
    // through skips and merges cost exactly the same, so the first type in order must win each tie.
    const same = prefixSums(new Array(30).fill(40));
    expectSameTable(fullBand(30, 30), same, same, 1);
    expectSameTable(fullBand(30, 30), same, same, 1, 2);
  });

  it('follows a run of skips where a passage is missing, as the plain DP does', () => {
    // The target lacks source sentences 20-39 (lengths 40 + 7k mod 50): the cheapest path opens a run.
    const lengths = Array.from({ length: 60 }, (_, k) => 40 + ((7 * k) % 50));
    const src = prefixSums(lengths);
    const tgt = prefixSums([...lengths.slice(0, 20), ...lengths.slice(40)]);
    expectSameTable(fullBand(60, 40), src, tgt, 1, 2);
    const { steps } = traceback(fillLengthDp(fullBand(60, 40), types, src, tgt, 1, undefined, 2));
    // The 20 source sentences without a counterpart are skipped together (type 0 is the 1-0 skip).
    const longestRun = Array.from(steps).reduce<[number, number]>(([run, most], t) => (t === 0 ? [run + 1, Math.max(most, run + 1)] : [0, most]), [0, 0])[1];
    expect(longestRun).toBe(20);
  });
});
