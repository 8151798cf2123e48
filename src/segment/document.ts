// What splitSentences and splitLines both do first: check the input, resolve the options, find the
// lines, and settle the document language (given, detected once, or `und`).
import { OptionError } from '../errors.js';
import { documentSample, type Detector } from './assign-language.js';
import { languageDetector } from './language.js';
import { lineSpans, type LineSpan } from './lines.js';
import { resolveSplitOptions, type ResolvedSplitOptions, type SplitOptions } from './options.js';

export interface PreparedDocument {
  opts: ResolvedSplitOptions;
  lines: LineSpan[];
  /** The document language. */
  docLang: string;
  /** The fastText detector, when detection is on (for per-sentence languages). */
  detect: Detector | undefined;
}

/** Prepares `text` for splitting; `undefined` when it has no non-blank line. `caller` names the function in an OptionError. */
export async function prepareDocument(caller: string, text: string, options?: SplitOptions): Promise<PreparedDocument | undefined> {
  if (typeof text !== 'string') throw new OptionError(`${caller}: \`text\` must be a string`);
  const opts = resolveSplitOptions(options);
  const lines = lineSpans(text);
  if (lines.length === 0) return undefined;
  const detect = opts.lang === undefined && opts.detectLanguage ? await languageDetector() : undefined;
  const docLang = opts.lang ?? (detect ? detect(documentSample(text)).lang : 'und');
  return { opts, lines, docLang, detect };
}
