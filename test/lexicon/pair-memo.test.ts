// The concept resolver's memo keyed by two 32-bit hashes: what goes in comes out, keys that share
// one hash stay apart, the table grows past its first size, and it empties itself at its limit.
import { describe, expect, it } from 'vitest';
import { PairMemo } from '../../src/lexicon/pair-memo.js';

describe('PairMemo', () => {
  it('gives back what was set and nothing for other keys', () => {
    const memo = new PairMemo<string>();
    memo.set(1, 2, 'a');
    memo.set(-5, 0x7fffffff, 'b'); // negative and extreme 32-bit values are keys too
    expect(memo.get(1, 2)).toBe('a');
    expect(memo.get(-5, 0x7fffffff)).toBe('b');
    // Same first hash, other second hash (and the other way round): distinct keys.
    expect(memo.get(1, 3)).toBeUndefined();
    expect(memo.get(2, 2)).toBeUndefined();
    expect(memo.size).toBe(2);
  });

  it('keeps every entry while its table grows', () => {
    // 5,000 entries: more than the first table (1,024 slots, half of them used at most) holds, so
    // it doubles several times; every key is then looked up again. Keys i·7919 and i ^ 0x55555555
    // are distinct for distinct i, and many share their low bits (the slot they hash to).
    const memo = new PairMemo<number>();
    for (let i = 0; i < 5000; i++) memo.set(Math.imul(i, 7919), i ^ 0x55555555, i);
    expect(memo.size).toBe(5000);
    let wrong = 0;
    for (let i = 0; i < 5000; i++) if (memo.get(Math.imul(i, 7919), i ^ 0x55555555) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(memo.get(Math.imul(5000, 7919), 5000 ^ 0x55555555)).toBeUndefined();
  });

  it('clears itself when it reaches its limit', () => {
    // Limit 3: the fourth set finds 3 entries, clears them, then stores its own.
    const memo = new PairMemo<string>(3);
    memo.set(1, 1, 'a');
    memo.set(2, 2, 'b');
    memo.set(3, 3, 'c');
    expect(memo.size).toBe(3);
    memo.set(4, 4, 'd');
    expect(memo.size).toBe(1);
    expect(memo.get(1, 1)).toBeUndefined();
    expect(memo.get(4, 4)).toBe('d');
  });
});
