// lengthCosts reads the normal-tail cost from a table with linear interpolation; it must stay within
// 2.2e-5 nats of the exact Gale-Church cost (lengthCost plus the bead prior), up to float32 rounding.
import { describe, expect, it } from 'vitest';
import { beadPrior, fullBand, lengthCost } from '../../../src/align/index.js';
import { galeChurch, galeChurchFloor, lengthCosts } from '../../../src/align/parallel/costs.js';
import { beadTypes, bandAroundPath } from '../../../src/align/index.js';
import { lengthDiagonal } from '../../../src/align/parallel/band.js';
import { fillDpTable } from '../../../src/align/parallel/dp.js';
import { negLogNormalTail, tailLog } from '../../../src/align/length.js';

describe('lengthCosts', () => {
  it('matches lengthCost + the prior of a 1-1 bead for lengths from 1 to 400 characters', () => {
    const type = { ds: 1, dt: 1 };
    const band = fullBand(1, 1);
    let worst = 0;
    for (let ls = 1; ls <= 400; ls += 7) {
      for (let lt = 1; lt <= 400; lt += 5) {
        const costs = lengthCosts(band, [type], Float64Array.of(0, ls), Float64Array.of(0, lt), 1);
        const cell = band.start[1] - band.lo[1] + 1;
        const exact = -Math.log(beadPrior(type)) + lengthCost(ls, lt, 1);
        // float32 storage rounds by up to half a unit in the last place: exact · 2⁻²⁴.
        worst = Math.max(worst, Math.abs(costs[cell] - exact) - exact * 2 ** -24);
      }
    }
    expect(worst).toBeLessThan(2.2e-5);
  });

  it('galeChurchFloor never exceeds the float32 cost and is the prior plus x² up to a millionth', () => {
    // Every shape prior of the default bead types, lengths 0-1,000 characters in steps of 7 and 11
    // (both 0 included: no bound there, NaN). The stored cost is prior + x² + tailLog(x) rounded to
    // float32; the floor drops tailLog (≥ 0) and a millionth.
    const priors = beadTypes(4, 6).map((t) => -Math.log(beadPrior(t)));
    let above = 0;
    let blank = 0;
    let worst = 0;
    for (const prior of priors) {
      for (let ls = 0; ls <= 1000; ls += 7) {
        for (let lt = 0; lt <= 1000; lt += 11) {
          const floor = galeChurchFloor(ls, lt, prior);
          const cost = Math.fround(galeChurch(ls, lt, prior));
          if (ls + lt === 0) {
            if (Number.isNaN(floor)) blank++;
            continue;
          }
          if (floor > cost) above++;
          const x2 = (lt - ls) ** 2 / ((ls + lt) * 6.8);
          worst = Math.max(worst, Math.abs(floor - (prior + x2)) / (prior + x2));
        }
      }
    }
    expect(above).toBe(0);
    expect(blank).toBe(priors.length);
    expect(worst).toBeLessThan(1.01e-6);
  });

  it('negLogNormalTail is x² + tailLog(x) at x = |z|/√2 and 0 at z = 0 (2·(1 − Φ(0)) = 1)', () => {
    expect(negLogNormalTail(0)).toBeCloseTo(0, 6);
    // z = 1.96: the two-sided tail is 0.05 (to 4 digits: 0.04999), so the cost is −ln 0.05 ≈ 2.996.
    expect(negLogNormalTail(1.96)).toBeCloseTo(-Math.log(0.05), 3);
    expect(negLogNormalTail(-1.96)).toBe(negLogNormalTail(1.96));
    const x = 3 / Math.SQRT2;
    expect(negLogNormalTail(3)).toBe(x * x + tailLog(x));
  });
});
