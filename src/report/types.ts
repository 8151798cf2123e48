import type { AlignMode, Bead } from '../align/types.js';
import type { Finding, Scores } from '../check/types.js';
import type { Sentence } from '../segment/types.js';

/** Version of the report's JSON shape (semver: a new major breaks readers). */
export const REPORT_VERSION = '1.0.0';

export interface ReportSide {
  lang: string;
  sentences: Sentence[];
  /** Where the sentences stand in the file they were read from, when it was not plain text. */
  original?: SideOriginal;
}

/** The formats a side can be read from other than plain text: articles and bilingual files. */
export type OriginalFormat = 'md' | 'html' | 'xliff-1.2' | 'xliff-2' | 'tmx';

/**
 * The way from a side's sentences back to its original file. Sentence offsets (`start`/`end`) are
 * into the plain text that was checked; `ranges[i]` is sentence `i`'s range `[start, end)` in the file.
 */
export interface SideOriginal {
  format: OriginalFormat;
  ranges: Array<[number, number]>;
  /** Bilingual files: the id of the unit (XLIFF `id`, TMX `tuid` or position) each sentence comes from. */
  units?: string[];
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
