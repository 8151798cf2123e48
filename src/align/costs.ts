// Bead cost tables: for every band cell c and bead type t, `costs[c · nt + t]` is the cost of the bead
// of type t that ends at that cell. Filled type by type in tight loops over typed arrays (no closure
// per cell), then handed to `fillDpTable`.
import type { Band } from './band.js';
import { beadPrior } from './beadTypes.js';
import { GALE_CHURCH_VARIANCE } from './length.js';
import type { BeadType } from './types.js';

/**
 * Gale-Church costs (length cost plus −ln of the shape prior) of every bead type at every band cell.
 * Skips are scored against a zero length, as in the original.
 */
export function lengthCosts(band: Band, types: readonly BeadType[], srcPrefix: Float64Array, tgtPrefix: Float64Array, ratio: number): Float32Array {
  const nt = types.length;
  const costs = new Float32Array(band.start[band.n + 1] * nt);
  const ds = Int32Array.from(types, (t) => t.ds);
  const dt = Int32Array.from(types, (t) => t.dt);
  const prior = Float64Array.from(types, (t) => -Math.log(beadPrior(t)));
  const inv = 1 / ratio;
  for (let i = 0; i <= band.n; i++) {
    const base = band.start[i] - band.lo[i];
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      const c0 = (base + j) * nt;
      for (let t = 0; t < nt; t++) {
        if (i < ds[t] || j < dt[t]) continue;
        const ls = srcPrefix[i] - srcPrefix[i - ds[t]];
        const lt = (tgtPrefix[j] - tgtPrefix[j - dt[t]]) * inv;
        const sum = ls + lt;
        if (sum <= 0) {
          costs[c0 + t] = prior[t];
          continue;
        }
        // `lengthCost` inlined: x = |z|/√2 with z = (lt − ls)/√(mean · variance), then −ln of the
        // two-sided normal tail (Abramowitz & Stegun 7.1.26), as in `negLogNormalTail`.
        const x = Math.abs(lt - ls) / Math.sqrt(sum * GALE_CHURCH_VARIANCE);
        const u = 1 / (1 + 0.3275911 * x);
        const poly = u * (0.254829592 + u * (-0.284496736 + u * (1.421413741 + u * (-1.453152027 + u * 1.061405429))));
        costs[c0 + t] = prior[t] + x * x - Math.log(poly);
      }
    }
  }
  return costs;
}

/** Number of paragraph changes inside each prefix: `breaks[b] − breaks[a + 1]` > 0 when [a, b) crosses a break. */
export function breakPrefix(paragraph: Int32Array): Int32Array {
  const out = new Int32Array(paragraph.length + 1);
  for (let i = 1; i < paragraph.length; i++) out[i + 1] = out[i] + (paragraph[i] !== paragraph[i - 1] ? 1 : 0);
  return out;
}

/** Adds `penalty` to every bead that holds sentences of two paragraphs on either side. */
export function addParagraphPenalty(costs: Float32Array, band: Band, types: readonly BeadType[], srcBreaks: Int32Array, tgtBreaks: Int32Array, penalty: number): void {
  const nt = types.length;
  for (let t = 0; t < nt; t++) {
    const { ds, dt } = types[t];
    if (ds < 2 && dt < 2) continue;
    for (let i = ds; i <= band.n; i++) {
      const base = band.start[i] - band.lo[i];
      const srcCross = ds > 1 && srcBreaks[i] - srcBreaks[i - ds + 1] > 0;
      for (let j = Math.max(dt, band.lo[i]); j <= band.hi[i]; j++) {
        if (srcCross || (dt > 1 && tgtBreaks[j] - tgtBreaks[j - dt + 1] > 0)) costs[(base + j) * nt + t] += penalty;
      }
    }
  }
}
