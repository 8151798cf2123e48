// The written shape of a side's sentences, which tells a merged bead that the text expects from one
// that only saves a skip (`mergedEvidence`, merged.ts):
// - joins: two consecutive lines that are clauses of one written sentence (the first does not end
//   with closing punctuation, or the second starts in lower case). Segmenters and editions cut
//   sentences at semicolons and colons, subtitles break them over lines, and a translation regroups
//   such clauses freely, so a clause alone often has no counterpart of its own;
// - clauses: how many clauses a sentence has (split at commas, semicolons, colons, and closing
//   punctuation that more text follows). One sentence of several clauses is often two or three
//   sentences in the translation (a Bible verse, a German list of expeditions), and two sentences
//   are often one sentence of two clauses.
import type { AlignSide } from '../side.js';

/** The written shape of a side's sentences (see the module comment). */
export interface ClauseMarks {
  /** `joins[a]` = 1 when sentences a and a + 1 are clauses of one written sentence. */
  readonly joins: Uint8Array;
  /** `clauses[a]`: how many clauses sentence a has (at least 1). */
  readonly clauses: Int32Array;
  /** `upTo[a]`: clauses in sentences [0, a) (n + 1 entries), so a group's count is one subtraction. */
  readonly upTo: Int32Array;
}

/** Punctuation that closes a sentence, possibly followed by closing quotes or brackets. */
const CLOSED = /[.!?…。！？‼⁇⁈⁉][\s"'”’»›)\]}」』）]*$/u;
/** A first letter in lower case (scripts without case never match). */
const LOWER_START = /^[\s"'“‘«‹(\[¿¡-]*\p{Ll}/u;
/** What ends a clause inside a sentence: a comma, semicolon or colon, or closing punctuation before more text. */
const PART_END = /[,;:，；：、،؛]|[.!?。！？](?=\s*\S)/gu;
/** Punctuation, quotes and brackets at a sentence's end (not a clause boundary). */
const TRAILING = /[\s,;:，；：、،؛.!?。！？…"'”’»›)\]}」』）]+$/u;

/** The clause marks of a list of sentences. */
export function clauseMarks(texts: readonly string[]): ClauseMarks {
  const n = texts.length;
  const joins = new Uint8Array(n);
  const clauses = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    if (a + 1 < n && (!CLOSED.test(texts[a].trimEnd()) || LOWER_START.test(texts[a + 1]))) joins[a] = 1;
    clauses[a] = 1 + (texts[a].trim().replace(TRAILING, '').match(PART_END)?.length ?? 0);
  }
  const upTo = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) upTo[a + 1] = upTo[a] + clauses[a];
  return { joins, clauses, upTo };
}

const cache = new WeakMap<readonly string[], ClauseMarks>();

/** The clause marks of a side, computed once per list of texts (the lexicon pass's sides share it). */
export function clauseMarksOf(side: AlignSide): ClauseMarks {
  let marks = cache.get(side.texts);
  if (!marks) cache.set(side.texts, (marks = clauseMarks(side.texts)));
  return marks;
}

/** Clauses in sentences [from, to) (`clauses` summed). */
export function clausesIn(marks: ClauseMarks, from: number, to: number): number {
  return marks.upTo[to] - marks.upTo[from];
}

/**
 * Whether sentence a, in a group [from, to) of a merged bead, must be supported by the other side as
 * a sentence of a 1-1 bead would be: its group holds two or more sentences, the other side's group
 * has fewer clauses than this group has sentences (`otherClauses`), and a is not a clause of a written
 * sentence it shares with another sentence of the group.
 */
export function standsAlone(marks: ClauseMarks, a: number, from: number, to: number, otherClauses: number): boolean {
  if (to - from < 2 || otherClauses >= to - from) return false;
  return !((a > from && marks.joins[a - 1] === 1) || (a + 1 < to && marks.joins[a] === 1));
}
