// `splitSentences`: lines → sentences (boundary scanner) → language → kind.
import { languageOf, type Detector } from './assign-language.js';
import { prepareDocument } from './document.js';
import { lineKinds } from './kind.js';
import type { LineSpan } from './lines.js';
import { resolveSplitOptions, type ResolvedSplitOptions, type SplitOptions } from './options.js';
import { rulesFor } from './rules.js';
import { scanLine } from './scanner.js';
import type { Sentence, Side } from './types.js';

/**
 * Splits `text` into sentences. Every line is its own paragraph (news text is one paragraph per line);
 * each sentence keeps its exact span (`text.slice(start, end) === sentence.text`), a language and a kind.
 * Empty or white-space-only text gives `[]`. Linear in the length of the text.
 * @example
 * const sentences = await splitSentences('Dr. Smith arrived at 5 p.m. on Friday (4/1). He left.', { lang: 'en' });
 * // → two sentences, both `kind: 'body'`, `lang: 'en'`
 */
export async function splitSentences(text: string, options?: SplitOptions): Promise<Sentence[]> {
  return (await segment('splitSentences', text, options)).sentences;
}

/**
 * `splitSentences` that keeps the document language it settles on (given, or detected once from a
 * sample of the whole text): the {@link Side} that `compareArticles` compares and reports. Empty or
 * white-space-only text gives `{ lang: options.lang ?? 'und', sentences: [] }`.
 * @example
 * const side = await segmentDocument('Der Gipfel endete am Freitag. Alle reisten ab.');
 * // → { lang: 'de', sentences: [two sentences] }
 */
export async function segmentDocument(text: string, options?: SplitOptions): Promise<Side> {
  return segment('segmentDocument', text, options);
}

async function segment(caller: string, text: string, options: SplitOptions | undefined): Promise<Side> {
  const doc = await prepareDocument(caller, text, options);
  if (!doc) return { lang: resolveSplitOptions(options).lang ?? 'und', sentences: [] };
  return { lang: doc.docLang, sentences: splitLinesInto(text, doc.lines, doc.docLang, doc.detect, doc.opts) };
}

/** The synchronous core: scans each line, then assigns languages and kinds. */
export function splitLinesInto(
  text: string,
  lines: readonly LineSpan[],
  docLang: string,
  detect: Detector | undefined,
  opts: ResolvedSplitOptions,
): Sentence[] {
  const rules = rulesFor(docLang === 'und' ? 'en' : docLang);
  const lineTexts = lines.map((l) => text.slice(l.start, l.end));
  const kinds = lineKinds(lineTexts, opts.headingMaxWords);
  const out: Sentence[] = [];
  const spans: number[] = [];
  for (let p = 0; p < lines.length; p++) {
    const span = lines[p] as LineSpan;
    spans.length = 0;
    scanLine(text, span.start, span.end, rules, spans);
    const lineText = lineTexts[p] as string;
    const line = detect ? languageOf(lineText, docLang, detect, opts.minDetectLetters, opts.minConfidence) : { lang: docLang, sure: true };
    // Sentences get their own look only when the line is mixed (fastText unsure of the whole line).
    const perSentence = detect !== undefined && !line.sure && spans.length > 2;
    let kind = kinds[p] ?? 'body';
    if (kind === 'heading' && spans.length > 2) kind = 'body';
    for (let k = 0; k < spans.length; k += 2) {
      const start = spans[k] as number;
      const end = spans[k + 1] as number;
      const sentence = spans.length === 2 ? lineText : text.slice(start, end);
      const lang = perSentence ? languageOf(sentence, line.lang, detect, opts.minDetectLetters, opts.minConfidence).lang : line.lang;
      out.push({ text: sentence, start, end, paragraph: p, lang, kind });
    }
  }
  return out;
}
