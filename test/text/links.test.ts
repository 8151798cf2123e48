// The one reader of links (text/links.ts): what the links check extracts, what other readers mask.
import { describe, expect, it } from 'vitest';
import { extractLinks, isLinkToken, linkSpans, withoutLinks } from '../../src/text/links.js';

describe('text/links', () => {
  const text = 'See https://example.com/a, mail info@example.org, ask @NicolasMaduro #Venezuela: #1 of 3.';

  it('linkSpans covers every extracted link, plus any @ or # word', () => {
    // By hand: the URL (its trailing comma is inside the span: masks need not trim), the e-mail,
    // the handle, the hashtag and `#1`, which is no hashtag but is never the number 1 either.
    const spans = linkSpans(text).map(([a, b]) => text.slice(a, b));
    expect(spans).toEqual(['https://example.com/a,', 'info@example.org', '@NicolasMaduro', '#Venezuela', '#1']);
    for (const l of extractLinks(text)) expect(linkSpans(text).some(([a, b]) => a <= l.start && l.end <= b)).toBe(true);
    expect(extractLinks(text).map((l) => l.raw)).toEqual(['https://example.com/a', 'info@example.org', '@NicolasMaduro', '#Venezuela']);
  });

  it('withoutLinks drops the spans (or replaces them), and leaves text without links alone', () => {
    expect(withoutLinks('Mail info@example.org today')).toBe('Mail  today');
    expect(withoutLinks('Go to www.x.org now', '_')).toBe('Go to _ now');
    expect(withoutLinks('No links at 10.30 here.')).toBe('No links at 10.30 here.');
  });

  it('isLinkToken: schemes, www., an @, a top-level domain at the end; not short tokens', () => {
    expect(['https://x.org/a', 'www.abc', 'me@home', 'example.com', 'bbc.co.uk/'].map(isLinkToken)).toEqual([true, true, true, true, true]);
    expect(['x.com', 'Mr', 'example', 'U.S.A'].map(isLinkToken)).toEqual([false, false, false, false]);
  });
});
