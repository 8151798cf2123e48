// The public surface of bitext-qa. Every stage is exported so users can replace one.
// (Stage exports are added as the stages land; test/index.test.ts pins the list.)
export { BitextQaError, InputError, ModelUnavailableError, OptionError, isBitextQaError } from './errors.js';
export { REPORT_VERSION } from './report/types.js';
export type { Sentence, SentenceKind } from './segment/types.js';
export type { Embedder, EmbedOptions } from './embed/types.js';
export type { AlignMode, Bead, BeadLabel } from './align/types.js';
export type { Finding, Scores, Severity } from './check/types.js';
export type { Report, ReportFormat, ReportSide } from './report/types.js';
