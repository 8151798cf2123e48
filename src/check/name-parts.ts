// The parts of a name word that are names of their own, for the names check's spelling comparison:
// - the parts of a hyphenated compound (`Himalaya-Gesellschaft` is `Société de l'Himalaya` in French: a
//   slip in `Himalaya` is still a slip);
// - the surname after initials written without spaces (`N.D.Jayal`, `M.E.B.Banks`, OCR `/.O.M.Roberts`):
//   the other side may space the initials (`N.D. Jayal`, `M. E. B. Banks`), which makes the surname a
//   word of its own there, and a whole-word comparison of `N.D.Jabal` with `Jayal` finds nothing alike.
import type { NameToken } from '../text/names.js';

/** Initials glued to the word after them: capital letter and full stop, once or more, then three letters. */
const GLUED_INITIALS = /^(?:\p{Lu}\.)+(?=[\p{L}\p{M}]{3})/u;

/** The parts of four letters or more of a hyphenated name word, as tokens of their own (none for a plain word). */
export function hyphenParts(t: NameToken): NameToken[] {
  if (!t.text.includes('-')) return [];
  const out: NameToken[] = [];
  let at = 0;
  for (const part of t.text.split('-')) {
    if (part.length >= 4) out.push({ ...t, text: part, start: t.start + at, end: t.start + at + part.length });
    at += part.length + 1;
  }
  return out;
}

/** `word` without the initials glued to its start (`Jayal` of `N.D.Jayal`); `word` itself when it has none. */
export const withoutInitials = (word: string): string => word.slice(GLUED_INITIALS.exec(word)?.[0].length ?? 0);

/** The word after glued initials (`Jayal` of `N.D.Jayal`), as a token of its own; none when the word has no such initials. */
export function afterInitials(t: NameToken): NameToken[] {
  const initials = t.text.length - withoutInitials(t.text).length;
  return initials ? [{ ...t, text: t.text.slice(initials), start: t.start + initials }] : [];
}

/** The parts of a name word (see the module comment): its hyphenated parts and the word after its initials. */
export const nameParts = (t: NameToken): NameToken[] => [...hyphenParts(t), ...afterInitials(t)];
