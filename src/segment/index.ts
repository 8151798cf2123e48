// The segment stage's door: text → sentences with spans, languages and kinds.
export { splitSentences, segmentDocument } from './split.js';
export { splitLines } from './presplit.js';
export { detectLanguage, type DetectedLanguage } from './language.js';
export { DEFAULT_SPLIT_OPTIONS, type SplitOptions } from './options.js';
export { isContent, type Sentence, type SentenceKind, type Side } from './types.js';
