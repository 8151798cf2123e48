// Comparable mode: two write-ups of one story. Many-to-many matching that allows reordering:
// mutual-best pairs above `matchThreshold` become `match` beads; a sentence left over whose best
// counterpart clears `partialThreshold` joins that counterpart's bead, which becomes `partial`
// (one sentence covers part of several on the other side); the rest are omissions and additions.
// Boilerplate and social sentences (Sentence.kind) are never matched: they get their own
// omission/addition bead so every index stays covered, and later stages leave them out of counts.
import type { AlignOptions } from './options.js';
import type { AlignSide } from './side.js';
import { marginMatrix, marginScore } from './similarity.js';
import type { Bead } from './types.js';

export type ComparableOptions = Pick<AlignOptions, 'marginK' | 'matchThreshold' | 'partialThreshold'>;

interface Group {
  src: Set<number>;
  tgt: Set<number>;
  score: number;
  partial: boolean;
}

/** Aligns two sides with reordering; every sentence ends in exactly one bead. */
export function alignComparable(src: AlignSide, tgt: AlignSide, o: ComparableOptions): Bead[] {
  const n = src.n;
  const m = tgt.n;
  const beads: Bead[] = [];
  if (n === 0 || m === 0 || !src.overlaps || !tgt.overlaps) {
    for (let i = 0; i < n; i++) beads.push({ src: [i], tgt: [], score: 0, label: 'omission' });
    for (let j = 0; j < m; j++) beads.push({ src: [], tgt: [j], score: 0, label: 'addition' });
    return beads;
  }
  const mm = marginMatrix(src.overlaps[0], tgt.overlaps[0], o.marginK);
  const ignoreS = (i: number) => src.ignorable?.[i] === 1;
  const ignoreT = (j: number) => tgt.ignorable?.[j] === 1;
  const bestT = new Int32Array(n).fill(-1);
  const bestS = new Int32Array(m).fill(-1);
  for (let i = 0; i < n; i++) {
    if (ignoreS(i)) continue;
    for (let j = 0; j < m; j++) {
      if (ignoreT(j)) continue;
      const v = mm.margin[i * m + j];
      if (bestT[i] < 0 || v > mm.margin[i * m + bestT[i]]) bestT[i] = j;
      if (bestS[j] < 0 || v > mm.margin[bestS[j] * m + j]) bestS[j] = i;
    }
  }
  const groupOfS = new Map<number, Group>();
  const groupOfT = new Map<number, Group>();
  const groups: Group[] = [];
  const score = (i: number, j: number) => marginScore(mm.cos[i * m + j], (mm.knnSrc[i] + mm.knnTgt[j]) / 2);
  for (let i = 0; i < n; i++) {
    const j = bestT[i];
    if (j >= 0 && bestS[j] === i && mm.margin[i * m + j] >= o.matchThreshold) {
      const g: Group = { src: new Set([i]), tgt: new Set([j]), score: score(i, j), partial: false };
      groups.push(g);
      groupOfS.set(i, g);
      groupOfT.set(j, g);
    }
  }
  // Left-over sentences join the bead of their best counterpart when the margin is high enough.
  for (let i = 0; i < n; i++) {
    const j = bestT[i];
    if (groupOfS.has(i) || j < 0 || mm.margin[i * m + j] < o.partialThreshold) continue;
    let g = groupOfT.get(j);
    if (!g) {
      g = { src: new Set(), tgt: new Set([j]), score: 0, partial: true };
      groups.push(g);
      groupOfT.set(j, g);
    }
    g.src.add(i);
    g.partial = true;
    g.score = Math.max(g.score, score(i, j));
    groupOfS.set(i, g);
  }
  for (let j = 0; j < m; j++) {
    const i = bestS[j];
    if (groupOfT.has(j) || i < 0 || mm.margin[i * m + j] < o.partialThreshold) continue;
    const g = groupOfS.get(i)!;
    if (g) {
      g.tgt.add(j);
      g.partial = true;
      groupOfT.set(j, g);
    } else {
      const fresh: Group = { src: new Set([i]), tgt: new Set([j]), score: score(i, j), partial: true };
      groups.push(fresh);
      groupOfS.set(i, fresh);
      groupOfT.set(j, fresh);
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  for (const g of groups) {
    if (g.src.size === 0 || g.tgt.size === 0) continue;
    beads.push({ src: sorted(g.src), tgt: sorted(g.tgt), score: g.score, label: g.partial ? 'partial' : 'match' });
  }
  for (let i = 0; i < n; i++) if (!groupOfS.has(i)) beads.push({ src: [i], tgt: [], score: 0, label: 'omission' });
  for (let j = 0; j < m; j++) if (!groupOfT.has(j)) beads.push({ src: [], tgt: [j], score: 0, label: 'addition' });
  // Source order first, additions after, by target index.
  beads.sort((a, b) => (a.src.length ? a.src[0] : Infinity) - (b.src.length ? b.src[0] : Infinity) || (a.tgt[0] ?? 0) - (b.tgt[0] ?? 0));
  return beads;
}
