// A pair whose length ratio is an outlier only because the aligner drew its boundary in the wrong
// place: the translator moved a clause into the next sentence, and the aligner paired the sentences
// one by one anyway. Then the pair's neighbouring bead is off the other way (or is a lone sentence
// that belongs to it), and the two together have the document's usual ratio. The lengths say only that
// the boundary may be off, not that anything is missing, so such a finding is `info` with a note.

/** Character counts of one bead's two sides. */
export interface BeadChars {
  s: number;
  t: number;
}

/**
 * Whether the outlier `pair` fits the document's ratio once joined with `neighbour` (the bead right
 * before or after it, of any label). `fits(r, chars)` says whether log ratio `r` of a pair of `chars`
 * characters in all is within the check's limits. The neighbour must lean the other way from the
 * median `m` by more than `minLean` (a lone source sentence beside a too-long target, a lone target
 * sentence beside a too-short one, or a pair off the other way): a long ordinary neighbour would
 * dilute any outlier.
 */
export function fitsWithNeighbour(pair: BeadChars, neighbour: BeadChars | undefined, m: number, minLean: number, fits: (r: number, chars: number) => boolean): boolean {
  if (!neighbour || neighbour.s + neighbour.t === 0) return false;
  const r = Math.log(Math.max(pair.t, 1) / Math.max(pair.s, 1));
  const rn = neighbour.s === 0 ? Infinity : neighbour.t === 0 ? -Infinity : Math.log(neighbour.t / neighbour.s);
  if (Math.abs(rn - m) <= minLean || Math.sign(rn - m) !== -Math.sign(r - m)) return false;
  const s = pair.s + neighbour.s;
  const t = pair.t + neighbour.t;
  return fits(Math.log(Math.max(t, 1) / Math.max(s, 1)), s + t);
}

/** The note on a length finding that its neighbour explains. */
export const NEIGHBOUR_NOTE = 'with the pair next to it the lengths are usual: the boundary between the two pairs may be off';
