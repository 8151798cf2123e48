// A name translated word by word (`European Space Agency` ↔ `Agence spatiale européenne`) is not
// missing: with the lexical embedder's dictionaries for the pair, a name counts as present when at
// least half of its words (of three letters or more) have a dictionary concept, as written or by
// stem, that the other side's sentences also have (`French Guiana` ↔ `Guyane française`: French =
// française; Guiana/Guyane is no translation). In languages that compound (Icelandic, German), the
// translation may be the head or the tail of a longer word: `Culture` in `menningarnefndinni`
// (`menning` + `nefnd`), `Committee` in `Eftirlitsnefnd`; so the other side's long words count by
// their first and last parts too. Without dictionaries for the pair, nothing changes.
import { pairConcepts } from '../embed/lexical/concepts.js';
import type { ConceptResolver } from '../lexicon/resolve.js';
import type { NameToken } from '../text/names.js';

/** Which side the names come from. */
export type NameSide = 'source' | 'target';

/** Least share of a name's words that must translate. */
const MIN_TRANSLATED_SHARE = 0.5;

/** Fewest letters of a compound's head or tail read as a word of its own (and left for the rest of it). */
const MIN_PART = 5;

/**
 * Concepts of a text: its terms (multiword ones too), each word as written and by stem, and the heads
 * and tails of its long words (`menningar…`, `…nefnd`; see the module comment).
 */
const conceptsOf = (resolver: ConceptResolver, text: string): Set<number> => {
  const out = new Set<number>();
  resolver.resolve(text, (h) => out.add(h));
  for (const [word] of text.matchAll(/[\p{L}\p{M}]{3,}/gu)) {
    for (const h of resolver.wordConcepts(word)) out.add(h);
    const lower = word.toLowerCase();
    for (let k = MIN_PART; k + MIN_PART <= lower.length; k++) {
      for (const h of resolver.wordConcepts(lower.slice(0, k))) out.add(h);
      for (const h of resolver.wordConcepts(lower.slice(lower.length - k))) out.add(h);
    }
  }
  return out;
};

/**
 * Keeps the names that do NOT translate into `otherTexts` (see the module comment). `languages` is
 * the pair, source first; `from` says which side the names are on.
 */
export function untranslatedNames<T extends { tokens: readonly NameToken[] }>(
  names: T[],
  languages: readonly [string, string],
  from: NameSide,
  otherTexts: readonly string[],
): T[] {
  if (names.length === 0) return names;
  const pair = pairConcepts(languages, []);
  if (!pair) return names;
  const [mine, theirs] = from === 'source' ? [pair.source, pair.target] : [pair.target, pair.source];
  const other = conceptsOf(theirs, otherTexts.join('\n'));
  if (other.size === 0) return names;
  return names.filter((name) => {
    const words = name.tokens.filter((t) => t.text.length >= 3);
    if (words.length === 0) return true;
    const translated = words.filter((t) => [...mine.wordConcepts(t.text)].some((h) => other.has(h))).length;
    return translated < MIN_TRANSLATED_SHARE * words.length;
  });
}
