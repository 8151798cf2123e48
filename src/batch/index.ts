// The batch stage: many pairs on a worker pool, resumable and shardable. Its door for the package
// (`compareMany`) and the CLI (`runBatch`, the manifest and shards).
export { compareMany } from './many.js';
export { parseManifest, entryTask, unsafeIdReason } from './manifest.js';
export type { ManifestEntry } from './manifest.js';
export { runBatch, writeSummaries } from './run-batch.js';
export type { BatchOptions, BatchRun } from './run-batch.js';
export { parseShard, inShard, fnv1a, resultsFileName } from './shard.js';
export type { Shard } from './shard.js';
export { readAllResults, readResultsFile } from './results.js';
export { worstFirst, renderSummaryMarkdown, renderSummaryHtml } from './summary.js';
export type { BatchResult, ComparePair, CompareManyOptions, PairOptions, PairResult, SeverityCounts } from './types.js';
