// Property tests of the segmenter: on any text, spans are exact, ordered, disjoint, trimmed, and
// nothing but white space is left between them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines, splitSentences } from '../../src/segment/index.js';
import type { Sentence } from '../../src/segment/types.js';
import { hostileText, isSpaceLike } from './arbitraries.js';

const options = { detectLanguage: false } as const;

/** Every invariant of the span contract; returns the first broken one as a message, or undefined. */
function spanProblem(input: string, sentences: Sentence[]): string | undefined {
  let pos = 0;
  for (const [i, s] of sentences.entries()) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end))) return `#${i}: non-integer span`;
    if (!(s.start < s.end)) return `#${i}: start ${s.start} is not before end ${s.end}`;
    if (s.start < pos) return `#${i}: starts at ${s.start}, before the previous end ${pos}`;
    if (s.end > input.length) return `#${i}: ends past the input`;
    if (input.slice(s.start, s.end) !== s.text) return `#${i}: text ${JSON.stringify(s.text)} is not its span ${JSON.stringify(input.slice(s.start, s.end))}`;
    if (isSpaceLike(s.text[0]!) || isSpaceLike(s.text.at(-1)!)) return `#${i}: ${JSON.stringify(s.text)} has surrounding white space`;
    const gap = input.slice(pos, s.start);
    if ([...gap].some((c) => !isSpaceLike(c))) return `lost ${JSON.stringify(gap)} before #${i}`;
    pos = s.end;
  }
  const tail = input.slice(pos);
  if ([...tail].some((c) => !isSpaceLike(c))) return `lost ${JSON.stringify(tail)} at the end`;
  return undefined;
}

describe.each([
  ['splitSentences', splitSentences],
  ['splitLines', splitLines],
])('%s on arbitrary Unicode text', (_name, split) => {
  it('never throws, keeps exact, ordered, disjoint, trimmed spans and loses nothing but white space', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const sentences = await split(text, options);
        expect(spanProblem(text, sentences)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['a mark before a capital at the start (".A.")', '.A.'],
    ['a mark, a digit and a lower-case word (".1 a")', '.1 a\n'],
    ['CRLF only', '\r\n'.repeat(50)],
    ['many newlines around one word', `${'\n'.repeat(1000)}word${'\r'.repeat(1000)}`],
    ['a run of punctuation', '.!?…。'.repeat(400)],
    ['lone surrogates between sentences', 'One.\ud800 Two.\udfff\nThree\ud83d.'],
    ['RTL override inside a sentence', 'Pay \u202e0001$\u202c now. Thanks.'],
    ['zero-width characters only', '\u200b\u200c\u200d\u2060\ufeff'],
    ['combining marks with no base', '\u0301\u0302\u0303. \u0304'],
  ])('keeps the span contract on %s', async (_label, text) => {
    expect(spanProblem(text, await split(text, options))).toBeUndefined();
  });
});
