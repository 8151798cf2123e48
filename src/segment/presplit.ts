// `splitLines`: input that is already one sentence per line (`align --presplit`, the alignment eval).
import { prepareDocument } from './document.js';
import { lineKinds } from './kind.js';
import type { SplitOptions } from './options.js';
import type { Sentence } from './types.js';

/**
 * One sentence per non-empty line of `text` (trimmed, with offsets into `text`); `paragraph` is the index
 * of the sentence, so line `i` of a file with no blank lines is sentence `i`. The language is detected
 * once for the whole document (or taken from `options.lang`); kinds as in `splitSentences`.
 */
export async function splitLines(text: string, options?: SplitOptions): Promise<Sentence[]> {
  const doc = await prepareDocument('splitLines', text, options);
  if (!doc) return [];
  const texts = doc.lines.map((l) => text.slice(l.start, l.end));
  const kinds = lineKinds(texts, doc.opts.headingMaxWords);
  return doc.lines.map((l, i) => ({ text: texts[i] as string, start: l.start, end: l.end, paragraph: i, lang: doc.docLang, kind: kinds[i] ?? 'body' }));
}
