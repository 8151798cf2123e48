import type { EmbedderUsed } from '../embed/choose.js';

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

/** Whether `bead` pairs sentences of both sides (`match` or `partial`); the checks and the omission tests read these. */
export const isPairedBead = (bead: Bead | undefined): bead is Bead =>
  bead !== undefined && (bead.label === 'match' || bead.label === 'partial') && bead.src.length > 0 && bead.tgt.length > 0;

/** `parallel`: a translation (monotonic). `comparable`: two write-ups of one story (reordering allowed). */
export type AlignMode = 'parallel' | 'comparable';

/**
 * The modes a caller may ask for, in the order help texts list them: `auto` decides from the
 * similarity structure, the others fix the mode. The one list the library, the CLI and its help use.
 */
export const ALIGN_MODES = ['auto', 'parallel', 'comparable'] as const satisfies readonly (AlignMode | 'auto')[];

/** What `alignSentences` is asked to do: a fixed mode, or `auto` to decide from the similarity structure. */
export type AlignModeOption = (typeof ALIGN_MODES)[number];

/** Stages reported through `onProgress`. */
export type AlignStage = 'embed' | 'align';

/**
 * A bead shape: `ds` source sentences aligned to `dt` target sentences. Plain data; the DP walks a
 * list of these. `{ ds: 1, dt: 0 }` is an omission, `{ ds: 0, dt: 1 }` an addition.
 */
export interface BeadType {
  readonly ds: number;
  readonly dt: number;
}

/** Numbers behind an alignment, for reports and for tuning. */
export interface AlignStats {
  /** Source and target sentence counts. */
  nSrc: number;
  nTgt: number;
  /** DP cells visited by the final pass (N·M for a full DP, about N·band when banded). */
  cells: number;
  /** Whether the final DP ran in a band around anchors. */
  banded: boolean;
  /** Cost of one skipped sentence (0-1 / 1-0), derived from the score distribution. */
  skipCost?: number;
  /** Word pairs of the lexicon learned from the first pass (parallel mode, additive embedders; 0: no second pass). */
  lexiconPairs?: number;
  /** Target/source length ratio used by the length model. */
  lengthRatio?: number;
  /** Share of source sentences whose best match lies near the diagonal (auto mode). */
  diagonalShare?: number;
  /**
   * Parallel mode with `leaveOutCosts`: for each source sentence, how much more (in the DP's nats)
   * the best alignment that leaves it without counterpart costs than the chosen one
   * (`parallel/leave-out.ts`); low for a sentence whose translation may be missing.
   */
  leaveOutCost?: Float64Array;
  /** Milliseconds spent embedding and aligning. */
  embedMs?: number;
  alignMs?: number;
}

/** The result of `alignSentences`. */
export interface Alignment {
  /** Beads in source order (parallel) or source order then additions (comparable). Every index appears once. */
  beads: Bead[];
  /** The mode that ran. */
  mode: AlignMode;
  /** Why this mode ran (with the numbers when it was chosen automatically). */
  reason: string;
  stats?: AlignStats;
  /**
   * The embedder whose vectors produced the beads (`{ id: 'length', kind: 'length' }` for the
   * length-only baseline). With no embedder given, a lexical preset: `lexical@1:d2048:parallel` for a
   * translation, `lexical@1:d1024` (the `comparable` preset) for comparable mode.
   */
  embedder: EmbedderUsed;
  /**
   * @deprecated Use `embedder.id`. The same id; absent for the length-only baseline. Kept so code
   * written against 0.1 still compiles; goes in the next major version.
   */
  embedderId?: string;
}
