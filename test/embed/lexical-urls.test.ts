import { describe, expect, it } from 'vitest';
import { type UrlSpan, readUrl } from '../../src/text/links.js';

function url(text: string): { url: string; host: string } | null {
  const span: UrlSpan = { start: 0, hostEnd: 0, end: 0 };
  if (!readUrl(text, 0, span)) return null;
  return { url: text.slice(span.start, span.end), host: text.slice(span.start, span.hostEnd) };
}

describe('readUrl', () => {
  it.each([
    ['https://www.example.org/news/1.', 'example.org/news/1', 'example.org'],
    ['http://example.org', 'example.org', 'example.org'],
    ['www.example.org, then', 'www.example.org'.slice(4), 'example.org'],
    ['pic.twitter.com/u6KeMmXddz', 'pic.twitter.com/u6KeMmXddz', 'pic.twitter.com'],
    ['name@example.org.', 'name@example.org', 'name@example.org'],
    ['example.org/a?b=c)', 'example.org/a?b=c', 'example.org'],
  ])('%s → %s', (text, expected, host) => {
    expect(url(text)).toEqual({ url: expected, host });
  });

  it.each([['Caracas. Next'], ['U.S. officials'], ['and/or'], ['4/1'], ['3.5/10'], ['example.org is']])('%s is not a URL', (text) => {
    expect(url(text)).toBeNull();
  });
});
