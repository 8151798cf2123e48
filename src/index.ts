// The public surface of bitext-qa. Every stage is exported so a user can replace one;
// test/index.test.ts pins this list.

// One call: text in, report out.
export { compareArticles, DEFAULT_COMPARE_OPTIONS } from './compare/index.js';
export type { CompareOptions, ProgressEvent, Stage } from './compare/index.js';

// Stage 1: segment.
export { splitSentences, segmentDocument, splitLines, detectLanguage, isContent, DEFAULT_SPLIT_OPTIONS } from './segment/index.js';
export type { Sentence, SentenceKind, Side, SplitOptions, DetectedLanguage } from './segment/index.js';

// Stage 2: embed.
export {
  createEmbedder,
  createLexicalEmbedder,
  createNeuralEmbedder,
  embedderKind,
  withCache,
  pullModel,
  isModelAvailable,
  locateModel,
  defaultCacheDir,
  DEFAULT_LEXICAL_OPTIONS,
  LEXICAL_PRESETS,
  DEFAULT_NEURAL_MODEL,
  ACCURATE_NEURAL_MODEL,
} from './embed/index.js';
export type {
  Embedder,
  EmbedOptions,
  CreateEmbedderOptions,
  EmbedderKind,
  EmbedderFamily,
  EmbedderUsed,
  NeuralOptions,
  LexicalOptions,
  LexicalPreset,
  LexicalWeights,
  NeuralEmbedder,
  ModelLocation,
  PullOptions,
  CacheOptions,
  CachedEmbedder,
} from './embed/index.js';

// Stage 3: align.
export { alignSentences, alignParallel, galeChurchCost, ALIGN_MODES, DEFAULT_ALIGN_OPTIONS } from './align/index.js';
export type { Alignment, AlignOptions, AlignMode, AlignModeOption, AlignStage, Bead, BeadLabel } from './align/index.js';

// Stage 4: check.
export { checkAlignment, computeScores, DEFAULT_CHECK_OPTIONS, CHECK_NAMES, MESSAGES } from './check/index.js';
export type { CheckInput, CheckSide, CheckName, CheckOptions, Finding, FindingCode, Scores, Severity } from './check/index.js';

// Stage 5: report.
export { renderReport, REPORT_FORMATS, DEFAULT_RENDER_OPTIONS } from './report/index.js';
export { modeWords } from './report/util.js';
export { REPORT_VERSION } from './report/types.js';
export type { Report, ReportFormat, ReportSide, SideOriginal, OriginalFormat } from './report/types.js';
export type { RenderOptions } from './report/index.js';

// Reading articles (plain text, Markdown, web pages) with the map back to the file.
export { readArticle, originalRange, withOriginal, detectArticleFormat, ARTICLE_FORMATS } from './read/index.js';
export type { Article, ArticleFormat } from './read/index.js';

// Bilingual files (XLIFF, TMX): every unit checked as an aligned pair.
export { checkBilingual, readBilingual, DEFAULT_BILINGUAL_OPTIONS } from './bilingual/index.js';
export type { BilingualOptions, BilingualDocument, BilingualFormat, BilingualUnit, UnitText } from './bilingual/index.js';
// Many pairs: a worker pool (tinypool is imported only when the first batch starts).
export { compareMany } from './batch/many.js';
export type { BatchResult, ComparePair, CompareManyOptions, PairOptions, PairResult, SeverityCounts } from './batch/types.js';

// Reading files and errors.
export { readTextFile, decodeText } from './io/read.js';
export { BitextQaError, InputError, ModelUnavailableError, OptionError, isBitextQaError } from './errors.js';
export { VERSION } from './version.js';
