/** How a bead relates the two sides. */
export type BeadLabel = 'match' | 'partial' | 'omission' | 'addition';

/**
 * One unit of the alignment: source sentence indices aligned to target sentence indices.
 * `omission` beads have an empty `tgt`, `addition` beads an empty `src`.
 */
export interface Bead {
  src: number[];
  tgt: number[];
  /** Similarity of the two sides in [0, 1]; 0 for omissions and additions. */
  score: number;
  label: BeadLabel;
}

/** `parallel`: a translation (monotonic). `comparable`: two write-ups of one story (reordering allowed). */
export type AlignMode = 'parallel' | 'comparable';
