import { describe, expect, it } from 'vitest';
import { checkAlignment, extractLinks } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { pair, swap } from './helpers.js';

const codes = (input: CheckInput) => checkAlignment(input, { checks: ['links'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? f.actual}`);

describe('links check', () => {
  it('extractLinks finds URLs, e-mails, handles and hashtags', () => {
    expect(extractLinks('See https://example.com/a, mail info@example.org, ask @NicolasMaduro #Venezuela pic.twitter.com/u6KeMmXddz.').map((l) => [l.kind, l.raw])).toEqual([
      ['url', 'https://example.com/a'], ['email', 'info@example.org'], ['handle', '@NicolasMaduro'], ['hashtag', '#Venezuela'], ['url', 'pic.twitter.com/u6KeMmXddz'],
    ]);
    expect(extractLinks('Issue #12 costs 5 # and C# code')).toEqual([]);
  });
  it.each([
    ['Follow @NicolasMaduro on Twitter.', 'Ikuti @NicolasMaduro di Twitter.'],
    ['Read https://www.example.com/news/ today.', 'Baca example.com/news hari ini: https://example.com/news'],
    ['Write to info@example.org #Venezuela', 'Tulis ke INFO@example.org #venezuela'],
  ])('passes: %s', (src, tgt) => {
    expect(codes(pair('en', src, 'id', tgt)).filter((c) => c.startsWith('error'))).toEqual([]);
    expect(codes(swap(pair('en', src, 'id', tgt))).filter((c) => c.startsWith('error'))).toEqual([]);
  });
  it.each([
    ['Follow @NicolasMaduro on Twitter.', 'Ikuti Maduro di Twitter.', 'error link-missing @NicolasMaduro', 'info link-extra @NicolasMaduro'],
    ['Photo: pic.twitter.com/u6KeMmXddz', 'Foto dari Twitter', 'error link-missing pic.twitter.com/u6KeMmXddz', 'info link-extra pic.twitter.com/u6KeMmXddz'],
    ['Write to info@example.org now.', 'Tulis sekarang.', 'error link-missing info@example.org', 'info link-extra info@example.org'],
    ['Trending: #Venezuela', 'Trending: Venezuela', 'error link-missing #Venezuela', 'info link-extra #Venezuela'],
  ])('flags: %s', (src, tgt, one, other) => {
    expect(codes(pair('en', src, 'id', tgt))).toEqual([one]);
    expect(codes(swap(pair('en', src, 'id', tgt)))).toEqual([other]);
  });
});
