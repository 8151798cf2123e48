// Kinds of lines in news text: body, heading, boilerplate ("Read more: …"), social (an embedded post, its
// link, its byline). Decided per line (news text is one paragraph per line), from general patterns only.
import type { SentenceKind } from './types.js';

/** "Read more", "Baca juga" and their kin, at the start of a line, followed by `:` `-` `»` or white space. */
const BOILERPLATE_LEAD = new RegExp(
  '^[\\s\\p{P}]*(?:' +
    [
      'read (?:more|also)', 'see also', 'related(?: articles?| stories| news)?', 'recommended', 'more on this', 'also read',
      'baca (?:juga|selengkapnya)', 'lihat (?:juga|selengkapnya)', 'simak (?:juga|selengkapnya)', 'berita terkait', 'artikel terkait',
      'lesen sie (?:auch|mehr)', 'mehr zum thema', 'siehe auch', 'auch interessant',
      '(?:à )?lire (?:aussi|également|la suite)', 'voir aussi', 'sur le même sujet',
      'leer más', 'lee (?:también|más)', 'ver también', 'te puede interesar', 'noticias relacionadas',
      'leia (?:também|mais)', 'veja também', 'leggi anche', 'vedi anche', 'lees ook', 'czytaj (?:też|także|więcej)',
      'читайте также', 'смотрите также', 'اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ ايضا', 'también te puede interesar',
    ].join('|') +
    ')\\s*(?:[:：»>\\-–—|]|\\s|$)',
  'iu',
);

/** Whole lines that are page furniture. */
const BOILERPLATE_LINE = /^(?:advertisement|anzeige|iklan|publicidad|publicité|share(?: this)?(?: article)?|subscribe.*|follow us.*|all rights reserved.*|copyright\b.*|©.*)$/iu;

/** `— Name (@handle) February 4, 2023` and other bylines of an embedded post. */
const SOCIAL_BYLINE = /^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{4}-\d\d-\d\d)?\s*$/u;

/** Links to posts on social platforms. */
const SOCIAL_LINK = /(?:^|\s)(?:https?:\/\/)?(?:pic\.twitter\.com\/|t\.co\/|(?:www\.)?(?:twitter|x|instagram|facebook|tiktok)\.com\/\S*\/(?:status|p|posts|video)\/)\S+/iu;

/** True for a line that is a "Read more:"-style link or page furniture. */
export function isBoilerplateLine(line: string): boolean {
  return BOILERPLATE_LEAD.test(line) || BOILERPLATE_LINE.test(line);
}

/** True for the byline of an embedded post. */
export function isSocialByline(line: string): boolean {
  return SOCIAL_BYLINE.test(line);
}

/** True for a line that holds a link to a social post (`pic.twitter.com/…`). */
export function hasSocialLink(line: string): boolean {
  return SOCIAL_LINK.test(line);
}

/** True for a line with no final punctuation and few words (or in title case): a headline or sub-heading. */
export function isHeadingLine(line: string, maxWords: number): boolean {
  let e = line.length;
  while (e > 0 && /["'”’»)\]\s*]/u.test(line[e - 1] as string)) e--;
  const last = line[e - 1] ?? '';
  if (/[.!?…:;,。！？؟۔।॥።։။)]/u.test(last)) return false;
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > maxWords * 2) return false;
  if (words.length <= maxWords) return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/**
 * Kinds for every line, given the lines' texts. A line before a social byline is the embedded post
 * itself, so it is `social` too.
 */
export function lineKinds(lines: readonly string[], headingMaxWords: number): SentenceKind[] {
  const kinds: SentenceKind[] = lines.map((line) => {
    if (isSocialByline(line) || hasSocialLink(line)) return 'social';
    if (isBoilerplateLine(line)) return 'boilerplate';
    if (isHeadingLine(line, headingMaxWords)) return 'heading';
    return 'body';
  });
  for (let i = 1; i < lines.length; i++) {
    if (isSocialByline(lines[i] as string) && kinds[i - 1] !== 'boilerplate') kinds[i - 1] = 'social';
  }
  return kinds;
}
