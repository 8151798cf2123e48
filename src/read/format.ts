import { extname } from 'node:path';
import { InputError } from '../errors.js';
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

/** The lower-cased extension of a file's path (`.html`); empty for standard input (`-`) or no path. */
const extensionOf = (path: string | undefined): string => (path && path !== '-' ? extname(path).toLowerCase() : '');

/**
 * The format of an article: the one asked for, else the file's extension (`.html`/`.htm`, `.md`/
 * `.markdown`, `.txt`), else `html` when the text starts like a web page, else `txt`.
 * Markdown is never guessed from content: plain text with a `#` or `*` in it stays plain text.
 */
export function detectArticleFormat(path: string | undefined, text: string, choice: InputFormatChoice = 'auto'): ArticleFormat {
  if (choice !== 'auto') return choice;
  const byExt = BY_EXTENSION[extensionOf(path)];
  if (byExt) return byExt;
  return LOOKS_HTML.test(text.slice(0, 4096)) ? 'html' : 'txt';
}

/** Extensions of the bilingual files CAT tools write, which `check` reads and `compare` does not. */
const BILINGUAL_EXTENSIONS: Readonly<Record<string, 'XLIFF' | 'TMX'>> = {
  '.xlf': 'XLIFF',
  '.xliff': 'XLIFF',
  '.sdlxliff': 'XLIFF',
  '.mqxliff': 'XLIFF',
  '.tmx': 'TMX',
};

/** A document whose root element is `<xliff>` or `<tmx>`, prefixed or not (after an XML declaration, comments or a doctype). */
const LOOKS_BILINGUAL = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:[\w.-]+:)?(xliff|tmx)[\s>]/i;

/** `XLIFF` or `TMX` when the file is one (by extension, else by its root element), else undefined. */
export function bilingualFileKind(path: string | undefined, text: string): 'XLIFF' | 'TMX' | undefined {
  const byExt = BILINGUAL_EXTENSIONS[extensionOf(path)];
  if (byExt) return byExt;
  const root = LOOKS_BILINGUAL.exec(text.slice(0, 4096))?.[1];
  return root ? (root.toLowerCase() === 'tmx' ? 'TMX' : 'XLIFF') : undefined;
}

/**
 * `detectArticleFormat` for a file given as one side of a pair: an XLIFF or TMX file holds both sides,
 * unit by unit, so reading it as an article's text would compare its markup. Unless a format was
 * asked for, such a file is an `InputError` that names the command that reads it.
 */
export function articleFormatOfFile(path: string | undefined, text: string, choice: InputFormatChoice = 'auto'): ArticleFormat {
  const kind = choice === 'auto' ? bilingualFileKind(path, text) : undefined;
  if (kind) {
    const name = path && path !== '-' ? path : undefined;
    throw new InputError(`${name ?? 'standard input'} is ${kind === 'XLIFF' ? 'an' : 'a'} ${kind} file, which holds both languages unit by unit: check it with \`bitext-qa check ${name ?? '-'}\`.`);
  }
  return detectArticleFormat(path, text, choice);
}
