// A pair with English meets through the other language's X→English files, each loaded once: that
// file also matches "a direct pair file into the other side's language" (its concepts are English),
// and was counted a second time there, doubling its forms and concept counts.
import { describe, expect, it } from 'vitest';
import { pairLexicons } from '../../src/lexicon/pair.js';
import { shippedFiles } from '../../src/lexicon/shipped.js';

describe('pairLexicons with English', () => {
  it.each([
    ['id', 'en'],
    ['en', 'is'],
    ['pl', 'en'],
  ])('%s–%s: each X→English file once on the X side', (s, t) => {
    const x = s === 'en' ? t : s;
    const pair = pairLexicons(s, t)!;
    const side = s === 'en' ? pair.target : pair.source;
    const files = shippedFiles().filter((f) => f.lang === x && f.concepts === 'en').map((f) => f.file);
    // The manifest lists them (pl has two), and the pair uses exactly those, each once.
    expect(files.length).toBeGreaterThan(0);
    expect([...pair.shipped].sort()).toEqual([...files].sort());
    expect(side.maps).toHaveLength(files.length);
    expect(new Set(side.maps).size).toBe(side.maps.length);
  });
});
