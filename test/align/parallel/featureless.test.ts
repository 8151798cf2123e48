// A line without features (an OCR fragment, a row of dots) next to a translated pair: it matches
// nothing, so it is left out rather than merged into the pair (src/align/parallel/group-background.ts,
// merged.ts). The sentences are made-up words, the same on both sides, so every pair but the
// fragment's is an exact match.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/align/index.js';
import { sentences } from '../helpers.js';

const key = (b: { src: number[]; tgt: number[] }) => `${b.src.join(',')}:${b.tgt.join(',')}`;

describe('a featureless line beside a pair', () => {
  const base = sentences(12);
  // [name, source, target, the beads expected around the fragment (line 6 of its side)]
  const cases: [string, string[], string[], string[]][] = [
    ['an addition of its own on the target side', base, [...base.slice(0, 6), '- _- .....', ...base.slice(6)], [':6', '5:5', '6:7']],
    ['an omission of its own on the source side', [...base.slice(0, 6), '. . . -', ...base.slice(6)], base, ['6:', '5:5', '7:6']],
  ];
  for (const [name, src, tgt, expected] of cases) {
    it(`is ${name}`, async () => {
      const r = await alignSentences(src, tgt, { mode: 'parallel', languages: ['en', 'en'] });
      expect(r.beads.map(key)).toEqual(expect.arrayContaining(expected));
    });
  }
});
