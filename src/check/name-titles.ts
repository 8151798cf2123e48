// The last words of a title that the name reader cut in two: in `the Committee for Growth and
// Development in the Nordic Region` it stops at `and`, as it must for `Iran and Iraq`, so
// `Development` stands alone and, translated inside an Icelandic compound (`hagvaxtar- og
// þróunarnefndinni`) the dictionary may not know, looks like a missing name. A name is such a
// continuation when it follows a title joined to it by a conjunction only, the title has a particle
// inside (`Committee for Growth`, `Ministry of Health`), and the title's last word and every word of
// the name are ordinary words of the source language's dictionary (`growth`, `development`; not
// `Citigroup` in `Bank of America and Citigroup`). When the target has that title, the continuation
// is `info`, with a note: it is part of a title the translation renders as a whole.
import type { NameMention } from '../text/names.js';

/**
 * Words that join two parts of one title, in the covered languages; not those that also mean "in" or
 * "to" in another of them (`en`, `i`, `a`): `Höfn in Hornafjörður` names two places.
 */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&', 'und', 'et', 'y', 'e', 'og', 'och', 'dan', 'és', 've']);

/** The note of a `name-missing` finding about the last words of a title. */
export const TITLE_PART_NOTE = 'continues the title before it (joined by “and”), which the target has: a title translated as a whole';

/** A name with the text of its sentence around it. */
type InSentence = Pick<NameMention, 'start' | 'end' | 'raw' | 'tokens'>;

/**
 * Whether `name` continues `before`, the name just before it in `text` (see the module comment);
 * `ordinary(word)` says whether the source dictionary knows a word.
 */
export function continuesTitle(name: InSentence, before: InSentence | undefined, text: string, ordinary: (word: string) => boolean): boolean {
  if (!before || before.end > name.start) return false;
  if (!CONJUNCTIONS.has(text.slice(before.end, name.start).trim().toLowerCase()) || !/\s/u.test(text.slice(before.end, name.start))) return false;
  const last = before.tokens[before.tokens.length - 1];
  // A particle inside the title: its raw text is longer than its words and the spaces between them.
  const hasParticle = before.tokens.length >= 2 && /\s\p{Ll}+\s/u.test(before.raw);
  return hasParticle && last !== undefined && ordinary(last.text) && name.tokens.length > 0 && name.tokens.every((t) => ordinary(t.text));
}
