// The read stage: an article file (plain text, Markdown or a web page) as plain text plus the map
// back to the file. Parsers are imported only when their format is read, so importing the package
// stays fast.
import { OptionError } from '../errors.js';
import type { ReportSide } from '../report/types.js';
import { originalRange } from './offsets.js';
import { ARTICLE_FORMATS, type Article, type ArticleFormat } from './types.js';

export { ARTICLE_FORMATS } from './types.js';
export type { Article, ArticleFormat } from './types.js';
export { articleFormatOfFile, bilingualFileKind, detectArticleFormat, INPUT_FORMAT_CHOICES, type InputFormatChoice } from './format.js';
export { originalRange } from './offsets.js';

/**
 * Reads an article: `txt` is returned as it is; `md` loses its markup (headings, paragraphs, list items
 * and block quotes each become a block; code blocks are dropped); `html` keeps the main article only
 * (title, headings, paragraphs, lists, block quotes; navigation, footers, scripts, share buttons,
 * link boxes and cookie banners dropped). Blocks are separated by blank lines.
 *
 * @example
 * const article = await readArticle(html, 'html');
 * const sentences = await splitSentences(article.text);
 * const [from, to] = originalRange(article, sentences[0].start, sentences[0].end); // into `html`
 */
export async function readArticle(text: string, format: ArticleFormat = 'txt'): Promise<Article> {
  if (typeof text !== 'string') throw new OptionError('readArticle(text, format): text must be a string.');
  if (!(ARTICLE_FORMATS as readonly string[]).includes(format)) {
    throw new OptionError(`Unknown article format \`${String(format)}\`: use one of ${ARTICLE_FORMATS.join(', ')}.`);
  }
  if (format === 'txt') return { text, format, offsets: null };
  const read = format === 'md' ? (await import('./markdown.js')).readMarkdown : (await import('./html.js')).readHtml;
  const { text: plain, offsets } = await read(text);
  return { text: plain, format, offsets };
}

/**
 * Adds to a report side where each of its sentences stands in the original file
 * (`side.original.ranges[i]` for `side.sentences[i]`). A `txt` article adds nothing: its offsets are
 * already the file's.
 */
export function withOriginal(side: ReportSide, article: Article): ReportSide {
  if (article.format === 'txt' || article.offsets === null) return side;
  return {
    ...side,
    original: { format: article.format, ranges: side.sentences.map((s) => originalRange(article, s.start, s.end)) },
  };
}
