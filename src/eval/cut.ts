// Documents with a hole, for evaluation: cut a block of sentences out of one side of a gold-aligned
// pair, or insert foreign sentences into one side, and re-index the gold to match. Used by
// `npm run eval:holes` and the hole tests; not part of the review pipeline.
import type { Sentence } from '../segment/types.js';
import type { IndexBead } from './score.js';

export type Side = 'src' | 'tgt';

/** A gold-aligned pair: sentences of both sides, gold beads, and optional per-line verse ids. */
export interface GoldDoc {
  readonly src: readonly string[];
  readonly tgt: readonly string[];
  readonly gold: readonly IndexBead[];
  readonly srcVerse?: readonly string[];
  readonly tgtVerse?: readonly string[];
}

/** A pair after the edit, with `expected`: how many sentences of the other side lost their counterpart (a cut) or were inserted. */
export type EditedDoc = { src: string[]; tgt: string[]; gold: IndexBead[]; srcVerse?: string[]; tgtVerse?: string[]; expected: number };

const splice = <T>(list: readonly T[] | undefined, at: number, remove: number, insert: readonly T[] = []): T[] | undefined =>
  list && [...list.slice(0, at), ...insert, ...list.slice(at + remove)];

/**
 * Removes sentences [at, at + size) of `side`. Gold beads lose those indices (later ones shift down);
 * a bead left with only the other side becomes that side's 1-0 / 0-1 bead, and `expected` counts the
 * other side's sentences in such beads (the counterparts of the block).
 */
export function cutBlock(doc: GoldDoc, side: Side, at: number, size: number): EditedDoc {
  const other: Side = side === 'src' ? 'tgt' : 'src';
  const map = (i: number): number => (i < at ? i : i >= at + size ? i - size : -1);
  let expected = 0;
  const gold: IndexBead[] = [];
  for (const b of doc.gold) {
    const kept = b[side].map(map).filter((i) => i >= 0);
    if (kept.length === 0 && b[side].length > 0) expected += b[other].length;
    if (kept.length === 0 && b[other].length === 0) continue;
    gold.push(side === 'src' ? { src: kept, tgt: [...b.tgt] } : { src: [...b.src], tgt: kept });
  }
  const verse = side === 'src' ? 'srcVerse' : 'tgtVerse';
  return {
    src: side === 'src' ? splice(doc.src, at, size)! : [...doc.src],
    tgt: side === 'tgt' ? splice(doc.tgt, at, size)! : [...doc.tgt],
    gold,
    ...(doc.srcVerse ? { srcVerse: verse === 'srcVerse' ? splice(doc.srcVerse, at, size) : [...doc.srcVerse] } : {}),
    ...(doc.tgtVerse ? { tgtVerse: verse === 'tgtVerse' ? splice(doc.tgtVerse, at, size) : [...doc.tgtVerse] } : {}),
    expected,
  };
}

/**
 * Inserts `lines` into `side` before sentence `at` (0 … length). Gold indices of that side from `at`
 * on shift up, and each inserted line gets its own 1-0 / 0-1 gold bead, placed after the last gold
 * bead that ends before `at`. Verse ids of inserted lines are empty.
 */
export function insertBlock(doc: GoldDoc, side: Side, at: number, lines: readonly string[]): EditedDoc {
  const k = lines.length;
  const shift = (i: number): number => (i >= at ? i + k : i);
  const moved = doc.gold.map((b) => (side === 'src' ? { src: b.src.map(shift), tgt: [...b.tgt] } : { src: [...b.src], tgt: b.tgt.map(shift) }));
  // Position: after every bead with a sentence of `side` before `at`.
  let pos = 0;
  moved.forEach((b, p) => {
    if (b[side].some((i) => i < at)) pos = p + 1;
  });
  const extra = lines.map((_, e) => (side === 'src' ? { src: [at + e], tgt: [] } : { src: [], tgt: [at + e] }));
  const blank = lines.map(() => '');
  return {
    src: side === 'src' ? splice(doc.src, at, 0, lines)! : [...doc.src],
    tgt: side === 'tgt' ? splice(doc.tgt, at, 0, lines)! : [...doc.tgt],
    gold: [...moved.slice(0, pos), ...extra, ...moved.slice(pos)],
    ...(doc.srcVerse ? { srcVerse: side === 'src' ? splice(doc.srcVerse, at, 0, blank) : [...doc.srcVerse] } : {}),
    ...(doc.tgtVerse ? { tgtVerse: side === 'tgt' ? splice(doc.tgtVerse, at, 0, blank) : [...doc.tgtVerse] } : {}),
    expected: k,
  };
}

/** Already-split lines as body `Sentence`s of one text (lines joined by newlines), for the checks. */
export function lineSentences(texts: readonly string[], lang = 'und'): Sentence[] {
  let at = 0;
  return texts.map((text) => {
    const s: Sentence = { text, start: at, end: at + text.length, paragraph: 0, lang, kind: 'body' };
    at += text.length + 1;
    return s;
  });
}
