import type { BeadType } from '../types.js';

/**
 * Every bead shape with at most `maxBeadSize` sentences in total, plus one-to-many shapes (1-k, k-1)
 * up to `maxOneToMany` sentences: 1-0 and 0-1 first (skips), then 1-1, 1-2, 2-1, ... in order of
 * size. Plain data; the DP and traceback index into this list.
 *
 * Why one-to-many shapes go further than the others: a translation often breaks one long sentence
 * into several (a German list of expeditions by year became five French sentences in Text+Berg),
 * and a 1-4 or 1-5 bead that the DP cannot form comes out as a 1-3 plus skips or a shifted boundary.
 * Their cost grows only linearly with the size, while balanced shapes (3-2, 3-3) multiply the cases
 * where two unrelated neighbours are merged. Text+Berg dev strict F1 0.835 → 0.841, Bible 0.888 →
 * 0.891, ParIce 0.928 unchanged with 6; 7 and a wider `maxBeadSize` (5) did not add more overall.
 */
export function beadTypes(maxBeadSize: number, maxOneToMany = maxBeadSize): BeadType[] {
  const max = Math.max(2, Math.floor(maxBeadSize));
  const oneToMany = Math.max(max, Math.floor(maxOneToMany));
  const types: BeadType[] = [
    { ds: 1, dt: 0 },
    { ds: 0, dt: 1 },
  ];
  for (let size = 2; size <= oneToMany; size++) {
    for (let ds = 1; ds < size; ds++) if (size <= max || ds === 1 || ds === size - 1) types.push({ ds, dt: size - ds });
  }
  return types;
}

/** The largest number of consecutive sentences one side of a bead may hold. */
export function maxGroup(types: readonly BeadType[]): { src: number; tgt: number } {
  let src = 1;
  let tgt = 1;
  for (const t of types) {
    if (t.dt > 0) src = Math.max(src, t.ds);
    if (t.ds > 0) tgt = Math.max(tgt, t.dt);
  }
  return { src, tgt };
}

/**
 * Prior probability of a bead shape, after Gale & Church (1993): 1-1 0.89, 1-2/2-1 0.089 together,
 * 1-0/0-1 0.0099 together, 2-2 0.011; larger shapes decay geometrically with size and imbalance.
 */
export function beadPrior(t: BeadType): number {
  const { ds, dt } = t;
  if (ds === 0 || dt === 0) return 0.0099 / 2;
  if (ds === 1 && dt === 1) return 0.89;
  if (ds + dt === 3) return 0.089 / 2;
  if (ds === 2 && dt === 2) return 0.011;
  // 1-3, 3-1: about 0.005 each; every further sentence ÷ 4, and imbalance costs a little more.
  return 0.005 * 0.25 ** (ds + dt - 4) * (ds === dt ? 1 : 0.8);
}
