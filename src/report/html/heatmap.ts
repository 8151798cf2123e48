import type { Report } from '../types.js';

/** Gap, in cells, between the gutters (omissions, additions) and the grid. */
const GAP = 1.5;

/** Largest drawn size of a cell, in CSS pixels (a short document's map stays small and readable). */
const MAX_CELL_PX = 10;
/** Drawn size of the map's longer side when cells would be smaller than {@link MAX_CELL_PX}. */
const TARGET_PX = 280;

/** Fill of a cell for a bead score in [0, 1]: light (weak) to dark blue (strong). */
export const heatColour = (score: number): string => {
  const s = Math.min(1, Math.max(0, score));
  return `hsl(${Math.round(205 + 20 * s)} ${Math.round(55 + 25 * s)}% ${Math.round(82 - 50 * s)}%)`;
};

interface Cell {
  bead: number;
  score: number;
}

/** Keeps, per key, the bead with the best score. */
function keep(cells: Map<number, Cell>, key: number, bead: number, score: number): void {
  const old = cells.get(key);
  if (!old || score > old.score) cells.set(key, { bead, score });
}

/**
 * The similarity heat-map as inline SVG: one row per source sentence, one column per target
 * sentence, a cell for every sentence pair in a bead, filled by the bead's score. Omitted source
 * sentences are marked in a left gutter, added target sentences in a top gutter. Above `maxCells`
 * sentences on a side, rows or columns are downsampled: a cell covers several sentences and shows
 * the best bead among them. Every cell carries `data-b` (its bead) for the page script. The map is
 * drawn at its content's size (at most {@link MAX_CELL_PX} per cell), not stretched to its panel.
 */
export function heatmapHtml(report: Report, maxCells: number): string {
  const n = report.source.sentences.length;
  const m = report.target.sentences.length;
  const cap = Math.max(1, Math.floor(maxCells));
  const rowStep = Math.max(1, Math.ceil(n / cap));
  const colStep = Math.max(1, Math.ceil(m / cap));
  const rows = Math.ceil(n / rowStep);
  const cols = Math.ceil(m / colStep);
  const grid = new Map<number, Cell>();
  const left = new Map<number, Cell>();
  const top = new Map<number, Cell>();
  report.beads.forEach((bead, b) => {
    if (bead.label === 'omission') for (const i of bead.src) keep(left, Math.floor(i / rowStep), b, 1);
    else if (bead.label === 'addition') for (const j of bead.tgt) keep(top, Math.floor(j / colStep), b, 1);
    else for (const i of bead.src) for (const j of bead.tgt) keep(grid, Math.floor(i / rowStep) * cols + Math.floor(j / colStep), b, bead.score);
  });
  const round = (v: number) => Math.round(v * 100) / 100;
  const rects: string[] = [];
  for (const [key, { bead, score }] of grid) {
    const [r, c] = [Math.floor(key / cols), key % cols];
    rects.push(`<rect x="${round(GAP + c)}" y="${round(GAP + r)}" width="1" height="1" fill="${heatColour(score)}" data-b="${bead}"/>`);
  }
  for (const [r, { bead }] of left) rects.push(`<rect class="gap-o" x="0" y="${round(GAP + r)}" width="1" height="1" data-b="${bead}"/>`);
  for (const [c, { bead }] of top) rects.push(`<rect class="gap-a" x="${round(GAP + c)}" y="0" width="1" height="1" data-b="${bead}"/>`);
  const [w, h] = [round(GAP + cols), round(GAP + rows)];
  // Sized to its content: up to MAX_CELL_PX per cell, never under 1 px per cell (CSS scales it down to fit).
  const px = Math.min(MAX_CELL_PX, Math.max(1, TARGET_PX / Math.max(w, h)));
  const note =
    rowStep > 1 || colStep > 1
      ? `<p class="muted small">Downsampled: a cell covers ${rowStep} source × ${colStep} target sentences and shows its best pair.</p>`
      : '';
  return `<section class="heat" aria-label="Similarity heat-map">
<h2 class="pane-h">Similarity map <span class="muted">· source ↓ × target →</span><button type="button" class="hm-zoom" aria-label="Enlarge or shrink the map" title="Enlarge / shrink">⤢</button></h2>
<svg class="hm" width="${Math.round(w * px)}" height="${Math.round(h * px)}" viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="Bead scores, ${n} source by ${m} target sentences" shape-rendering="crispEdges">
<rect class="hm-bg" x="${GAP}" y="${GAP}" width="${cols}" height="${rows}"/>
${rects.join('')}
</svg>
<p class="hm-info muted small" aria-live="polite">Click a cell to jump to its pair. Left: omitted · top: added.</p>
<div class="scale small muted"><span>weak</span><i style="background:linear-gradient(90deg,${heatColour(0)},${heatColour(0.5)},${heatColour(1)})"></i><span>strong</span></div>
${note}
</section>`;
}
