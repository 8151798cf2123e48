import type { AlignMode, Bead } from '../align/types.js';
import type { Finding, Scores } from '../check/types.js';
import type { Sentence } from '../segment/types.js';

/** Version of the report's JSON shape (semver: a new major breaks readers). */
export const REPORT_VERSION = '1.0.0';

export interface ReportSide {
  lang: string;
  sentences: Sentence[];
}

/** The result of `compareArticles`; `renderReport` turns it into json, md, html, tsv or tmx. */
export interface Report {
  version: string;
  generator: { name: 'bitext-qa'; version: string };
  /** Which alignment mode ran, and why (auto mode explains its choice). */
  mode: AlignMode;
  modeReason: string;
  /** Which embedder ran (`id` as in `Embedder.id`). */
  embedder: { id: string; kind: 'lexical' | 'neural' | 'length' | 'custom'; note?: string };
  source: ReportSide;
  target: ReportSide;
  beads: Bead[];
  findings: Finding[];
  scores: Scores;
  /** Wall-clock milliseconds per stage. */
  timings?: Record<string, number>;
}

export type ReportFormat = 'json' | 'md' | 'html' | 'tsv' | 'tmx';
