import { describe, expect, it } from 'vitest';
import { fnv1a, inShard, parseShard, resultsFileName } from '../../src/batch/index.js';
import { OptionError } from '../../src/errors.js';

describe('shards', () => {
  it('parses i/n and refuses anything else with the form to use', () => {
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard(' 3/4 ')).toEqual({ index: 3, count: 4 });
    for (const bad of ['4/4', '1/0', '-1/2', '1', 'a/b', '1/2/3', '']) {
      expect(() => parseShard(bad)).toThrow(OptionError);
    }
    expect(() => parseShard('4/4')).toThrow("--shard '4/4' must be i/n with 0 ≤ i < n, e.g. --shard 0/4 … --shard 3/4.");
  });

  it('hashes ids with 32-bit FNV-1a over UTF-8', () => {
    // Reference values of the FNV-1a specification (offset basis 0x811c9dc5, prime 0x01000193).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('puts every id in exactly one shard: the union of the shards is the whole, without duplicates', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `doc-${i}`);
    for (const count of [1, 2, 3, 7]) {
      const slices = Array.from({ length: count }, (_, index) => ids.filter((id) => inShard(id, { index, count })));
      const union = slices.flat();
      expect(union.length).toBe(ids.length);
      expect(new Set(union).size).toBe(ids.length);
      // Each shard gets a fair part (FNV-1a spreads sequential ids): within 30 % of the mean.
      for (const slice of slices) expect(Math.abs(slice.length - ids.length / count)).toBeLessThan(0.3 * (ids.length / count) + 1);
    }
  });

  it('names the results file of a shard', () => {
    expect(resultsFileName()).toBe('results.jsonl');
    expect(resultsFileName({ index: 2, count: 8 })).toBe('results-2-of-8.jsonl');
  });
});
