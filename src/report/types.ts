import type { AlignMode, Bead } from '../align/types.js';
import type { Finding, Scores } from '../check/types.js';
import type { EmbedderUsed } from '../embed/choose.js';
import type { Side } from '../segment/types.js';

/** Version of the report's JSON shape (semver: a new major breaks readers). */
export const REPORT_VERSION = '1.0.0';

/** One side of a report: the same {@link Side} that was checked. */
export type ReportSide = Side;

/** The result of `compareArticles`; `renderReport` turns it into json, md, html, tsv or tmx. */
export interface Report {
  version: string;
  generator: { name: 'bitext-qa'; version: string };
  /** Which alignment mode ran, and why (auto mode explains its choice). */
  mode: AlignMode;
  modeReason: string;
  /** Which embedder ran (`id` as in `Embedder.id`), and `note`: why, when `auto` fell back to lexical. */
  embedder: EmbedderUsed;
  source: Side;
  target: Side;
  beads: Bead[];
  findings: Finding[];
  scores: Scores;
  /** Wall-clock milliseconds per stage. */
  timings?: Record<string, number>;
}

export type ReportFormat = 'json' | 'md' | 'html' | 'tsv' | 'tmx';
