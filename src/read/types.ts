/** The article formats `readArticle` understands. */
export const ARTICLE_FORMATS = ['txt', 'md', 'html'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/**
 * An article reduced to plain text, with the way back to the file it came from.
 *
 * `text` has one block (title, heading, paragraph, list item, block quote line) per line, blocks
 * separated by a blank line, so `splitSentences` sees each block as its own paragraph and marks short
 * unpunctuated blocks as headings. For `txt` the text is the input itself.
 */
export interface Article {
  /** The plain text to segment and check. */
  text: string;
  format: ArticleFormat;
  /**
   * `offsets[i]` is the offset in the original file (UTF-16 code units) of `text[i]`; the blank lines
   * between blocks point at the next block's first character. `null` when `text` is the original (`txt`).
   * Use `originalRange` rather than reading it directly.
   */
  offsets: Int32Array | null;
}
