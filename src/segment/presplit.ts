// `splitLines`: input that is already one sentence per line (`align --presplit`, the alignment eval).
import { documentSample } from './assign-language.js';
import { lineKinds } from './kind.js';
import { languageDetector } from './language.js';
import { lineSpans } from './lines.js';
import { resolveOptions, type SplitOptions } from './options.js';
import type { Sentence } from './types.js';

/**
 * One sentence per non-empty line of `text` (trimmed, with offsets into `text`); `paragraph` is the index
 * of the sentence, so line `i` of a file with no blank lines is sentence `i`. The language is detected
 * once for the whole document (or taken from `options.lang`); kinds as in `splitSentences`.
 */
export async function splitLines(text: string, options?: SplitOptions): Promise<Sentence[]> {
  if (typeof text !== 'string') throw new TypeError('splitLines: `text` must be a string');
  const opts = resolveOptions(options);
  const lines = lineSpans(text);
  if (lines.length === 0) return [];
  const detect = opts.lang === undefined && opts.detectLanguage ? await languageDetector() : undefined;
  const lang = opts.lang ?? (detect ? detect(documentSample(text)).lang : 'und');
  const texts = lines.map((l) => text.slice(l.start, l.end));
  const kinds = lineKinds(texts, opts.headingMaxWords);
  return lines.map((l, i) => ({ text: texts[i] as string, start: l.start, end: l.end, paragraph: i, lang, kind: kinds[i] ?? 'body' }));
}
