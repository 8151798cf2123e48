import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { joinSentences } from '../../src/report/util.js';
import { HOSTILE, reportFixture } from '../fixtures/report-fixture.js';
import { childrenNamed, parseXml, textOf } from './xml.js';

describe('tmx', () => {
  const report = reportFixture();
  const tmx = renderReport(report, 'tmx');
  const root = parseXml(tmx);

  it('is TMX 1.4b with a complete header', () => {
    expect(tmx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('tmx');
    expect(root.attrs.version).toBe('1.4');
    const [header] = childrenNamed(root, 'header');
    expect(header.attrs).toMatchObject({
      creationtool: 'bitext-qa', creationtoolversion: '0.1.0', segtype: 'sentence', 'o-tmf': 'bitext-qa',
      adminlang: 'en', srclang: 'en', datatype: 'plaintext',
    });
  });

  it('has one unit per match bead whose segments are the report sentences', () => {
    const units = childrenNamed(childrenNamed(root, 'body')[0], 'tu');
    const matches = report.beads.filter((b) => b.label === 'match');
    expect(units).toHaveLength(matches.length);
    units.forEach((tu, k) => {
      const [src, tgt] = childrenNamed(tu, 'tuv');
      expect([src.attrs['xml:lang'], tgt.attrs['xml:lang']]).toEqual(['en', 'id']);
      expect(textOf(childrenNamed(src, 'seg')[0])).toBe(joinSentences(report, 'source', matches[k].src));
      expect(textOf(childrenNamed(tgt, 'seg')[0])).toBe(joinSentences(report, 'target', matches[k].tgt));
    });
  });

  it('includes partials on request', () => {
    const all = parseXml(renderReport(report, 'tmx', { tmxIncludePartials: true }));
    const count = report.beads.filter((b) => b.label === 'match' || b.label === 'partial').length;
    expect(childrenNamed(childrenNamed(all, 'body')[0], 'tu')).toHaveLength(count);
  });

  it('renders markup inertly and keeps it as the segment text', () => {
    expect(tmx).not.toContain('<script');
    expect(tmx).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#x202E; RTL override');
    expect(tmx).not.toMatch(/[\u202A-\u202E]/);
    const units = childrenNamed(childrenNamed(root, 'body')[0], 'tu');
    expect(textOf(childrenNamed(units.at(-1)!, 'tuv')[0])).toBe(`Editor's note: ${HOSTILE}.`);
  });

  it('drops characters XML 1.0 forbids', () => {
    const broken = reportFixture();
    broken.source.sentences[2].text = 'Bell\u0007, form feed\u000C, lone \uD800 surrogate, emoji 😀 kept.';
    broken.target.lang = 'und';
    const parsed = parseXml(renderReport(broken, 'tmx'));
    const first = childrenNamed(childrenNamed(parsed, 'body')[0], 'tu')[0];
    const [src, tgt] = childrenNamed(first, 'tuv');
    expect(textOf(src)).toBe('Bell, form feed, lone  surrogate, emoji 😀 kept.');
    expect(tgt.attrs['xml:lang']).toBe('und');
  });

  it('the test parser rejects what is not well-formed', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>x < y</a>')).toThrow();
    expect(() => parseXml('<a>AT&T</a>')).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml('<a>\u0007</a>')).toThrow();
  });
});
