/**
 * A layout check that runs in the page (pass it to `page.evaluate`): it returns one line per overlap
 * or overflow found, so a test can expect `[]` and print what went wrong when it fails.
 *
 * - The document never scrolls sideways.
 * - The page's regions (header, toolbar, article panes, row view, findings panel, similarity map)
 *   do not intersect one another, and each region's direct children stay inside it (text spilling out
 *   of a pane shows up here).
 * - Scrolling boxes (`.doc`, `.flist`) never scroll sideways, and no text is wider than its box
 *   (row cells, paragraphs, finding cards, score cards, headers): it wraps inside them.
 * - In the row view, the cells of a row do not intersect, stay inside their row, and rows do not
 *   intersect one another.
 *
 * Rows skip rendering while off screen (`content-visibility: auto`) and are then measured at a
 * placeholder height; the caller turns that off first (see {@link RENDER_ALL}).
 */
export const RENDER_ALL = '*{content-visibility:visible!important}';

export function layoutProblems(): string[] {
  const TOLERANCE = 1;
  const problems: string[] = [];
  // checkVisibility(): false inside display:none and inside closed <details> (content-visibility: hidden).
  const visible = (el: Element): boolean => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true });
  };
  const name = (el: Element): string => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
  const rect = (el: Element) => {
    const b = el.getBoundingClientRect();
    return { left: b.left + scrollX, right: b.right + scrollX, top: b.top + scrollY, bottom: b.bottom + scrollY };
  };
  type Box = ReturnType<typeof rect>;
  const intersect = (a: Box, b: Box): boolean =>
    a.left < b.right - TOLERANCE && b.left < a.right - TOLERANCE && a.top < b.bottom - TOLERANCE && b.top < a.bottom - TOLERANCE;
  const inside = (inner: Box, outer: Box): boolean =>
    inner.left >= outer.left - TOLERANCE && inner.right <= outer.right + TOLERANCE && inner.top >= outer.top - TOLERANCE && inner.bottom <= outer.bottom + TOLERANCE;
  const show = (b: Box): string => `[${Math.round(b.left)},${Math.round(b.top)} → ${Math.round(b.right)},${Math.round(b.bottom)}]`;

  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + TOLERANCE) problems.push(`document scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);

  const regions = [...document.querySelectorAll('.top, .toolbar, .legend, .pane, .rows, .findings, .heat')].filter(visible);
  for (let a = 0; a < regions.length; a++) {
    const boxA = rect(regions[a]);
    if (boxA.left < -TOLERANCE || boxA.right > root.clientWidth + TOLERANCE) problems.push(`${name(regions[a])} ${show(boxA)} sticks out of the ${root.clientWidth} px page`);
    for (let b = a + 1; b < regions.length; b++) {
      if (regions[a].contains(regions[b]) || regions[b].contains(regions[a])) continue;
      const boxB = rect(regions[b]);
      if (intersect(boxA, boxB)) problems.push(`${name(regions[a])} ${show(boxA)} overlaps ${name(regions[b])} ${show(boxB)}`);
    }
    for (const child of regions[a].children) {
      if (!visible(child) || getComputedStyle(child).position === 'fixed') continue;
      const box = rect(child);
      if (!inside(box, boxA)) problems.push(`${name(child)} ${show(box)} spills out of ${name(regions[a])} ${show(boxA)}`);
    }
  }

  // Text wider than its box (a long URL that does not wrap) shows as scrollWidth > clientWidth.
  const boxes = [...document.querySelectorAll('.row > .c, .doc p, .f, .card, .pane-h, .meta')].filter(visible);
  for (const box of boxes.slice(0, 400)) {
    if (box.scrollWidth > box.clientWidth + TOLERANCE) problems.push(`text overflows ${name(box)}: ${box.scrollWidth} > ${box.clientWidth}`);
  }

  for (const scroller of document.querySelectorAll('.doc, .flist')) {
    if (visible(scroller) && scroller.scrollWidth > scroller.clientWidth + TOLERANCE) {
      problems.push(`${name(scroller)} scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
    }
  }

  const rows = [...document.querySelectorAll('.row')].filter(visible).slice(0, 200);
  rows.forEach((row, r) => {
    const box = rect(row);
    const cells = [...row.children].filter(visible);
    cells.forEach((cell, c) => {
      const cellBox = rect(cell);
      if (!inside(cellBox, box)) problems.push(`${name(cell)} ${show(cellBox)} spills out of ${name(row)} ${show(box)}`);
      for (const other of cells.slice(c + 1)) {
        if (intersect(cellBox, rect(other))) problems.push(`${name(cell)} overlaps ${name(other)} in ${name(row)}`);
      }
    });
    if (r > 0 && intersect(box, rect(rows[r - 1]))) problems.push(`${name(row)} overlaps ${name(rows[r - 1])}`);
  });
  return problems;
}
