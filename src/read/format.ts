import { extname } from 'node:path';
import { ARTICLE_FORMATS, type ArticleFormat } from './types.js';

/** What `--input-format` accepts: an article format, or `auto` (by extension, else by content). */
export const INPUT_FORMAT_CHOICES = [...ARTICLE_FORMATS, 'auto'] as const;
export type InputFormatChoice = (typeof INPUT_FORMAT_CHOICES)[number];

const BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
};

/** A document that starts like a web page (`<!DOCTYPE html>`, `<html>`, `<head>`, `<body>`). */
const LOOKS_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/**
 * The format of an article: the one asked for, else the file's extension (`.html`/`.htm`, `.md`/
 * `.markdown`, `.txt`), else `html` when the text starts like a web page, else `txt`.
 * Markdown is never guessed from content: plain text with a `#` or `*` in it stays plain text.
 */
export function detectArticleFormat(path: string | undefined, text: string, choice: InputFormatChoice = 'auto'): ArticleFormat {
  if (choice !== 'auto') return choice;
  const byExt = path && path !== '-' ? BY_EXTENSION[extname(path).toLowerCase()] : undefined;
  if (byExt) return byExt;
  return LOOKS_HTML.test(text.slice(0, 4096)) ? 'html' : 'txt';
}
