// Shared by the reader tests: the fixtures, and a check that a sentence's original range holds its words.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/articles/${name}`, import.meta.url)), 'utf8');

/** The character references the fixtures use. */
const ENTITIES: Record<string, string> = { amp: '&', apos: "'", nbsp: ' ', ouml: 'ö', mdash: '—', quot: '"' };

/** Words (letters or digits) of a text, for comparing a sentence with its original markup. */
export const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of an original HTML/Markdown slice: tags out, references decoded. */
export const originalWords = (slice: string): string[] =>
  words(slice.replace(/<[^>]*>/g, ' ').replace(/&(\w+);/g, (m, name: string) => ENTITIES[name] ?? m));

/** True when `needle`'s words appear in `hay` in order (markup such as a link target may sit between). */
export const inOrder = (hay: readonly string[], needle: readonly string[]): boolean => {
  let i = 0;
  for (const w of hay) if (w === needle[i]) i++;
  return i === needle.length;
};
