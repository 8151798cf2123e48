// Cutting long gold documents into windows, so that planting many errors stays quick.
import type { GoldBead, GoldDoc } from './plant.js';

/**
 * Cuts `doc` at gold bead boundaries into windows of about `maxSrc` source lines. A cut is made only
 * where every bead before it lies wholly before every bead after it on both sides (some gold beads are
 * not contiguous), and where the next bead starts right at the cut on both sides: a line that no gold
 * bead places (the gold leaves some out) may translate a line on either side of it, so no cut falls
 * next to it (cut off, `Ils étaient toutefois très abattus .` became an addition in one window and its
 * source an omission in the one before). Lines in no bead go with the window they fall in. Lines and
 * beads are re-indexed from 0 in each window.
 */
export function windows(doc: GoldDoc, maxSrc: number): GoldDoc[] {
  if (doc.src.length <= maxSrc) return [doc];
  const beads = doc.gold;
  // Suffix minima of each side's indices: a cut after bead k is clean when the prefix maxima are below them.
  const sufMin = (side: 'src' | 'tgt') => {
    const out = new Array<number>(beads.length + 1).fill(Infinity);
    for (let k = beads.length - 1; k >= 0; k--) out[k] = Math.min(out[k + 1]!, ...beads[k]![side]);
    return out;
  };
  const minSrc = sufMin('src');
  const minTgt = sufMin('tgt');
  const cuts: Array<{ bead: number; src: number; tgt: number }> = [];
  let maxS = -1, maxT = -1, from = 0;
  for (let k = 0; k < beads.length; k++) {
    maxS = Math.max(maxS, ...beads[k]!.src);
    maxT = Math.max(maxT, ...beads[k]!.tgt);
    if (maxS + 1 - from >= maxSrc && maxS + 1 === minSrc[k + 1]! && maxT + 1 === minTgt[k + 1]! && k < beads.length - 1) {
      cuts.push({ bead: k + 1, src: maxS + 1, tgt: maxT + 1 });
      from = maxS + 1;
    }
  }
  const bounds = [{ bead: 0, src: 0, tgt: 0 }, ...cuts, { bead: beads.length, src: doc.src.length, tgt: doc.tgt.length }];
  const out: GoldDoc[] = [];
  for (let w = 0; w + 1 < bounds.length; w++) {
    const a = bounds[w]!, b = bounds[w + 1]!;
    const gold: GoldBead[] = beads.slice(a.bead, b.bead).map((x) => ({ src: x.src.map((i) => i - a.src), tgt: x.tgt.map((j) => j - a.tgt) }));
    out.push({ ...doc, id: `${doc.id}#${w + 1}`, src: doc.src.slice(a.src, b.src), tgt: doc.tgt.slice(a.tgt, b.tgt), gold });
  }
  return out;
}

/** `n` items of `items` spread evenly (first, last and between), or all of them when there are fewer. */
export function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return items.slice();
  if (n <= 1) return items.slice(0, n);
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))]!);
}
