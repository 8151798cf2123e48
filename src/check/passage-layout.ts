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
// The passage must also stand out from its document: where the rest of the side is not mostly prose
// either (subtitles, verse, notes written without final punctuation), lines without punctuation are
// how its text is written, and a passage of them stays an error.
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

/** The rest of the side counts as prose when at least this share of its content sentences are. */
export const DOCUMENT_MIN_PROSE = 0.5;

/** Content sentences among `idx`, and how many of them read as prose. */
function proseCount(side: CheckSide, idx: Iterable<number>): { content: number; prose: number } {
  let content = 0;
  let prose = 0;
  for (const i of idx) {
    if (!isContent(side.sentences[i])) continue;
    content++;
    if (isProse(side, i)) prose++;
  }
  return { content, prose };
}

/**
 * The layout test of `side`'s passages (the side's sentences counted once): whether the passage of
 * sentences `idx` has fewer than `PROSE_MIN_SHARE` of its content sentences prose, while at least
 * `DOCUMENT_MIN_PROSE` of the side's other content sentences are.
 */
export function layoutPassages(side: CheckSide): (idx: readonly number[]) => boolean {
  const all = proseCount(side, side.sentences.keys());
  return (idx) => {
    const own = proseCount(side, idx);
    const rest = { content: all.content - own.content, prose: all.prose - own.prose };
    return own.prose < PROSE_MIN_SHARE * own.content && rest.prose >= DOCUMENT_MIN_PROSE * rest.content && rest.content > 0;
  };
}
