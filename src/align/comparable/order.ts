// Local order as a soft prior (comparable mode). Two reports of one story keep much of their order:
// when the sentence before a source sentence is paired with target sentence c', its own counterpart,
// if it has one, is likely just after c'. Such "supported" cells need less evidence: by chance, a
// sentence's best supported cell is one of a handful, not one of the whole document.

/**
 * Target columns supported for source row `r` by the links of its neighbours: for a neighbour
 * `d` rows before (d = 1..window) linked to c', columns c' + 1 … c' + d + 1 (one target sentence may
 * have been skipped or added in between); for one `d` rows after, c' − d − 1 … c' − 1.
 * @param linked target columns linked to each row so far (empty: none)
 */
export function supportedColumns(linked: readonly (readonly number[])[], r: number, m: number, window: number): number[] {
  const out = new Set<number>();
  for (let d = 1; d <= window; d++) {
    for (const c of linked[r - d] ?? []) for (let x = c + 1; x <= c + d + 1; x++) if (x < m) out.add(x);
    for (const c of linked[r + d] ?? []) for (let x = c - d - 1; x <= c - 1; x++) if (x >= 0) out.add(x);
  }
  return [...out].sort((a, b) => a - b);
}
