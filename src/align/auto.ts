// Auto mode: translation or two reports? A translation puts nearly every confident best match in
// order along the diagonal, and its sentence counts are close; two write-ups reorder, drop and add.
import type { AlignOptions } from './options.js';
import type { AlignSide } from './side.js';
import { marginMatrix } from './similarity.js';
import type { AlignMode } from './types.js';

/** Source rows compared against every target sentence: at most 400, and about 10⁶ pairs in all. */
const maxRows = (m: number): number => Math.max(20, Math.min(400, Math.floor(1e6 / Math.max(1, m))));

/** Length of the longest strictly increasing subsequence. */
function lisLength(values: readonly number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/** The decision with its evidence. */
export interface ModeDecision {
  mode: AlignMode;
  reason: string;
  /** Share of confident best matches within 10% of the document from the diagonal. */
  diagonalShare: number;
  /** Share of confident mutual-best matches that are in order (longest increasing subsequence). */
  orderedShare: number;
}

/** Decides between parallel and comparable from the similarity structure of the two sides. */
export function decideMode(src: AlignSide, tgt: AlignSide, o: Pick<AlignOptions, 'marginK' | 'matchThreshold'>): ModeDecision {
  const n = src.n;
  const m = tgt.n;
  const countRatio = n > 0 && m > 0 ? Math.max(n, m) / Math.min(n, m) : Infinity;
  if (!src.overlaps || !tgt.overlaps || n < 3 || m < 3) {
    return { mode: 'parallel', reason: `auto: parallel — too few sentences (${n} × ${m}) to see a structure; a translation is assumed`, diagonalShare: 1, orderedShare: 1 };
  }
  const step = Math.max(1, Math.ceil(n / maxRows(m)));
  const rows: number[] = [];
  for (let i = 0; i < n; i += step) rows.push(i);
  const mm = marginMatrix(src.overlaps[0], tgt.overlaps[0], o.marginK, rows);
  const best: [number, number][] = [];
  let near = 0;
  for (let r = 0; r < rows.length; r++) {
    let bj = 0;
    for (let j = 1; j < m; j++) if (mm.margin[r * m + j] > mm.margin[r * m + bj]) bj = j;
    if (mm.margin[r * m + bj] < o.matchThreshold) continue;
    best.push([rows[r], bj]);
    if (Math.abs(bj / m - rows[r] / n) <= 0.1) near++;
  }
  const diagonalShare = best.length ? near / best.length : 0;
  const orderedShare = best.length ? lisLength(best.map(([, j]) => j)) / best.length : 0;
  const parallel = best.length >= 3 && diagonalShare >= 0.6 && orderedShare >= 0.7 && countRatio <= 1.8;
  const numbers = `${best.length} confident best matches of ${rows.length} sampled source sentences, ${(100 * diagonalShare).toFixed(0)}% near the diagonal, ${(100 * orderedShare).toFixed(0)}% in order; sentence counts ${n} / ${m} (ratio ${countRatio.toFixed(2)})`;
  return {
    mode: parallel ? 'parallel' : 'comparable',
    reason: parallel ? `auto: parallel (a translation) — ${numbers}` : `auto: comparable (two write-ups) — ${numbers}; a translation needs ≥ 60% near the diagonal, ≥ 70% in order and a count ratio ≤ 1.8`,
    diagonalShare,
    orderedShare,
  };
}
