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

/**
 * Which characters of `text` are in debris or in a word right next to a debris word (see the module
 * comment), one flag per UTF-16 unit; undefined when nothing is (the usual case). One pass over the
 * words, so a long sentence with many numbers costs what its length does.
 */
export function debrisMask(text: string): Uint8Array | undefined {
  if (!GATE.test(text)) return undefined;
  const words = [...text.matchAll(/\S+/gu)];
  let mask: Uint8Array | undefined;
  words.forEach((m, k) => {
    if (!isDebrisWord(m[0])) return;
    const from = words[k - 1] ?? m;
    const to = words[k + 1] ?? m;
    (mask ??= new Uint8Array(text.length)).fill(1, from.index!, to.index! + to[0].length);
  });
  return mask;
}

/**
 * Whether `texts` (a document's sentences) look scanned: `minWords` words of debris or more (see the
 * module comment). One such word can be an odd token of typed text; a scanned book leaves many.
 */
export function looksScanned(texts: Iterable<string>, minWords = 2): boolean {
  let found = 0;
  for (const text of texts) {
    if (!GATE.test(text)) continue;
    for (const m of text.matchAll(/\S+/gu)) if (isDebrisWord(m[0]) && ++found >= minWords) return true;
  }
  return false;
}

/** Whether the number at `[start, end)` of `text` is in debris (see `debrisMask`). */
export function inDebris(text: string, start: number, end: number): boolean {
  const mask = debrisMask(text);
  return mask !== undefined && start < end && mask[start] === 1;
}
