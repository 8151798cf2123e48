// A passage that is layout, not prose. A printed edition carries lines that belong to its pages
// rather than to the text: the captions and photo credits of a section of plates, a list of names
// under a picture, and in a scanned edition the recognition debris around them (`JfV`, `* , *^`). When
// one edition has such a section and the other does not, the alignment leaves it unpaired and it is
// a passage finding; but nothing of the article's prose is missing or added there, and a reviewer
// reads such a block in a second. Prose is told by its shape: a sentence that the splitter did not
// take for a heading (a heading has no final punctuation and few words, or mostly capitalised ones:
// segment/kind.ts) and that has at least `PROSE_MIN_LETTERS` letters (`é » .` and `.....` are
// debris). A passage in which fewer than `PROSE_MIN_SHARE` of the content sentences are prose is
// reported as `info`, with a note. An added or dropped passage of the article's own text is
// sentences, and stays an error; so does a list whose items end in punctuation. A list whose items
// have none reads as headings here and is `info` too: still listed, for the reviewer to glance at.
import { isContent, letterCount } from './context.js';
import type { CheckSide } from './types.js';

/** Fewest letters a prose sentence has (fewer is recognition debris or punctuation). */
export const PROSE_MIN_LETTERS = 5;

/** A passage is layout when fewer than this share of its content sentences are prose. */
export const PROSE_MIN_SHARE = 0.25;

/** The note on a passage finding of layout lines. */
export const LAYOUT_NOTE = 'most of its lines are captions, headings or fragments, not sentences of the text';

/** Whether sentence i of `side` reads as prose (see the module comment). */
const isProse = (side: CheckSide, i: number): boolean => side.sentences[i]?.kind === 'body' && letterCount(side.sentences[i]!.text) >= PROSE_MIN_LETTERS;

/** Whether the passage of sentences `idx` of `side` is layout: fewer than `PROSE_MIN_SHARE` of its content sentences are prose. */
export function isLayoutPassage(side: CheckSide, idx: readonly number[]): boolean {
  const content = idx.filter((i) => isContent(side.sentences[i]));
  return content.length > 0 && content.filter((i) => isProse(side, i)).length < PROSE_MIN_SHARE * content.length;
}
