// What the names check asks about a whole side: which words it writes in lower case (`common-words.ts`)
// and how often it writes a word (`name-variants.ts`). One pass over the listed sentences' words
// (`eachSentenceWord`), keeping only the distinct lower-cased forms: a long document's words as
// located objects, all at once, were most of the checks stage's memory and collector time.
import type { CheckSide } from './types.js';
import { startsLowerCase } from './common-words.js';
import { eachSentenceWord } from './sentence-words.js';

/** The lower-cased forms of the words of sentences `indices` of `side` written in lower case (`hike` of `a hike`). */
export function lowerCaseWordForms(side: CheckSide, indices: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const i of indices) {
    const text = side.sentences[i]!.text;
    eachSentenceWord(text, (start, end) => {
      if (startsLowerCase(text, start)) out.add(text.slice(start, end).toLowerCase());
    });
  }
  return out;
}

/** How many of the `sentenceWords` of sentences `indices` of `side` are each lower-cased form. */
export function wordFormCounts(side: CheckSide, indices: readonly number[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of indices) {
    const text = side.sentences[i]!.text;
    eachSentenceWord(text, (start, end) => {
      const form = text.slice(start, end).toLowerCase();
      out.set(form, (out.get(form) ?? 0) + 1);
    });
  }
  return out;
}
