import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { reportFixture } from '../fixtures/report-fixture.js';
import { syntheticReport } from './synthetic.js';

describe('html', () => {
  const report = reportFixture();
  const html = renderReport(report, 'html');

  it('is one document with its own style and script, and nothing to fetch', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).not.toMatch(/@import|url\(|<link|<img|<iframe/);
    expect(html).toContain(`default-src 'none'; script-src 'sha256-`);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('shows the scores, the mode with its reason and the embedder', () => {
    expect(html).toContain('<div class="card-v">58%</div>');
    expect(html).toContain('<div class="card-v">0.73</div>');
    expect(html).toContain('<span class="mode">comparable</span> Length ratio 0.71');
    expect(html).toContain('<code>lexical-v1</code> (lexical)');
  });

  it('puts every sentence of both sides in reading order, with pairs sharing a colour', () => {
    const ids = [...html.matchAll(/<span class="s [^"]*" id="([st])(\d+)"/g)].map((m) => m[1] + m[2]);
    const expected = [...report.source.sentences.map((_, i) => `s${i}`), ...report.target.sentences.map((_, j) => `t${j}`)];
    expect(ids).toEqual(expected);
    const hue = (id: string) => html.match(new RegExp(`id="${id}" style="--h:(\\d+)"`))?.[1];
    expect(hue('s4')).toBeDefined();
    expect(hue('t0')).toBe(hue('s4'));
    expect(hue('t3')).toBe(hue('s4'));
    expect(hue('s2')).not.toBe(hue('s4'));
    expect(html).toMatch(/<span class="s o" id="s3">/);
    expect(html).toMatch(/<span class="s a x" id="t2">/);
  });

  it('marks findings at their sentence and lists them with filters and counts per code', () => {
    expect(html).toMatch(/id="t1"[^>]*>.*<mark class="mk-error">Jumat \(4\/1\)<\/mark>.*<\/span><a class="fb sev-error" href="#f0"/);
    for (const severity of ['error', 'warning', 'info']) expect(html).toContain(`<input type="checkbox" value="${severity}" checked>`);
    expect(html).toContain('<li class="cc-warning"><code>omission</code> <b>3</b></li>');
    expect(html.match(/<li class="f sev-/g)).toHaveLength(report.findings.length);
  });

  it('sets lang and dir per side, and lang on sentences in another language', () => {
    expect(html).toContain('<div class="doc" lang="en" dir="ltr">');
    expect(html).toContain('<div class="doc" lang="id" dir="ltr">');
    expect(html).toMatch(/id="s7" lang="es">/);
    for (const lang of ['ar', 'he', 'fa', 'ur']) {
      const rtl = reportFixture();
      rtl.target.lang = lang;
      expect(renderReport(rtl, 'html')).toContain(`<div class="doc" lang="${lang}" dir="rtl">`);
    }
  });

  it('renders markup inertly in text, attributes and embedded JSON', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; <span class="ctl" title="U+202E RIGHT-TO-LEFT OVERRIDE">⟦U+202E⟧</span> RTL override');
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).toMatch(/title="info · untranslated: Text left untranslated: &quot;&lt;script&gt;alert\(1\)/);
    const hostile = reportFixture();
    hostile.beads[0].label = '</script><script>alert(2)</script>' as 'match';
    hostile.source.lang = '"><b>x</b>';
    const out = renderReport(hostile, 'html');
    expect(out).toContain('"\\u003c/script\\u003e\\u003cscript\\u003ealert(2)\\u003c/script\\u003e"');
    expect(out).not.toContain('<b>x</b>');
    expect(out.match(/<script/g)).toHaveLength(2);
  });

  it('draws the heat-map from the beads, with omissions and additions in the gutters', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const cells = report.beads.reduce((n, b) => n + (b.label === 'match' || b.label === 'partial' ? b.src.length * b.tgt.length : 0), 0);
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="1" height="1" fill=/g)).toHaveLength(cells);
    expect(svg.match(/class="gap-o"/g)).toHaveLength(report.beads.filter((b) => b.label === 'omission').reduce((n, b) => n + b.src.length, 0));
    expect(svg.match(/class="gap-a"/g)).toHaveLength(report.beads.filter((b) => b.label === 'addition').length);
  });

  it('stays small and fast for 2,000 × 2,000 sentences, downsampling the heat-map', () => {
    const big = syntheticReport(2000);
    const started = performance.now();
    const out = renderReport(big, 'html');
    const ms = performance.now() - started;
    const svg = out.slice(out.indexOf('<svg'), out.indexOf('</svg>'));
    expect(svg).toContain('viewBox="0 0 287.5 287.5"');
    expect(out).toContain('Downsampled: a cell covers 7 source × 7 target sentences');
    expect(out.length).toBeLessThan(1.5 * 1024 * 1024);
    expect(ms).toBeLessThan(3000);
    expect(out).toContain('<div class="doc" lang="ar" dir="rtl">');
  });
});
