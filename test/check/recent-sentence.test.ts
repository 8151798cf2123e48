// recentSentence: inside one checkAlignment run (withSentenceMemo) a sentence's value is computed once
// while the sentence is among the last 256 computed for that key and side; outside, every time.
import { describe, expect, it } from 'vitest';
import { recentSentence, withSentenceMemo } from '../../src/check/context.js';
import type { CheckSide } from '../../src/check/types.js';

const side = (n: number): CheckSide => ({ lang: 'en', sentences: Array.from({ length: n }, (_, i) => ({ text: `s${i}`, start: i * 3, end: i * 3 + 2 })) }) as CheckSide;

describe('recentSentence', () => {
  it('computes once per sentence, key and side while the sentence is recent; again once 256 newer ones came', () => {
    const a = side(300);
    const b = side(300);
    let calls = 0;
    const count = () => [++calls];
    withSentenceMemo(() => {
      expect(recentSentence('k', a, 0, count)).toEqual([1]);
      expect(recentSentence('k', a, 0, count)).toEqual([1]); // cached
      expect(recentSentence('other', a, 0, count)).toEqual([2]); // another key
      expect(recentSentence('k', b, 0, count)).toEqual([3]); // another side
      for (let i = 1; i <= 255; i++) recentSentence('k', a, i, count); // 256 sentences of (k, a) now: 0 is still kept
      expect(recentSentence('k', a, 0, count)).toEqual([1]);
      expect(calls).toBe(3 + 255);
      recentSentence('k', a, 256, count); // the 257th: the oldest added (sentence 0) goes
      expect(recentSentence('k', a, 0, count)).toEqual([3 + 255 + 2]);
    });
    calls = 0;
    // Outside a checkAlignment run nothing is kept.
    expect(recentSentence('k', a, 0, count)).toEqual([1]);
    expect(recentSentence('k', a, 0, count)).toEqual([2]);
  });
});
