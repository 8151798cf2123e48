// Unreadable spans of a scanned text (OCR debris): `l' in 29 âjJi.ïïJïW`, `.1* demnité`. A number
// there is not evidence of anything: the scan lost the words around it, and what looks like a digit
// may be a misread letter. Debris is told by its shape, word by word (a word: a run without white
// space, its usual opening and closing punctuation set aside): a symbol no running text writes there
// (`*`, `^`, `|`, `\`, `~`, `#`, `@`, `{`, `}`, `<`, `>`) together with another character that is no
// letter or digit (`.1*`; one symbol alone is a footnote mark `1956*`, a power `10^6`, a hashtag
// `#5`), or two switches or more from a lower-case to an upper-case letter inside the word
// (`âjJi.ïïJïW`; one is a name such as `McNaught` or `iPhone`). A number is in debris when its own
// word or the word right before or after it is debris.

/** A symbol that running text does not put inside a word. */
const SYMBOL = /[*^|\\~#@{}<>]/u;
/** Characters that are neither letters nor digits (marks count as letters). */
const NON_WORD = /[^\p{L}\p{M}\p{N}]/gu;
/** Opening and closing punctuation a word of running text may carry. */
const EDGES = /^[("«“‘'\[]+|[)"»”’'\].,;:!?]+$/gu;
/** A lower-case letter followed by an upper-case one. */
const CASE_SWITCH = /\p{Ll}\p{Lu}/gu;
/** Cheap test for a sentence that may hold debris at all. */
const GATE = /[*^|\\~#@{}<>]|\p{Ll}\p{Lu}/u;

/** Whether one word (no white space) is debris (see the module comment). */
export function isDebrisWord(word: string): boolean {
  const core = word.replace(EDGES, '');
  if (SYMBOL.test(core) && (core.match(NON_WORD)?.length ?? 0) >= 2) return true;
  let switches = 0;
  for (const _ of word.matchAll(CASE_SWITCH)) if (++switches >= 2) return true;
  return false;
}

/** Whether the number at `[start, end)` of `text` is in debris (see the module comment). */
export function inDebris(text: string, start: number, end: number): boolean {
  if (!GATE.test(text)) return false;
  const words = [...text.matchAll(/\S+/gu)];
  const k = words.findIndex((m) => m.index! <= start && m.index! + m[0].length >= end);
  if (k < 0) return false;
  return [k - 1, k, k + 1].some((j) => words[j] !== undefined && isDebrisWord(words[j]![0]));
}
