import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import type { Finding } from '../../src/check/types.js';
import { renderReport } from '../../src/report/index.js';
import type { Report } from '../../src/report/types.js';
import { cpuTime } from '../cpu-time.js';
import { reportFixture } from '../fixtures/report-fixture.js';
import { syntheticReport } from './synthetic.js';

/** The HTML of row `r{b}` (a `<div class="row …" id="r{b}">` up to its closing tag). */
const rowOf = (html: string, b: number): string => {
  const start = html.indexOf(`id="r${b}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('\n', start));
};

/** A report of `n` source and target sentences with the given beads and findings (text `S0.`, `T0.` …). */
function tinyReport(n: number, m: number, beads: Bead[], findings: Finding[] = []): Report {
  const side = (prefix: string, count: number, lang: string) => ({
    lang,
    sentences: Array.from({ length: count }, (_, i) => ({ text: `${prefix}${i}.`, start: i * 5, end: i * 5 + 3, paragraph: i, lang, kind: 'body' as const })),
  });
  return { ...reportFixture(), mode: 'parallel', modeReason: 'auto: parallel (a translation) — 95% near the diagonal', source: side('S', n, 'en'), target: side('T', m, 'de'), beads, findings };
}

describe('html', () => {
  const report = reportFixture();
  const html = renderReport(report, 'html');

  it('is one document with its own style and script, and nothing to fetch', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).not.toMatch(/@import|url\(|<link|<img|<iframe/);
    expect(html).toContain(`default-src 'none'; script-src 'sha256-`);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain('@media print{');
  });

  it('shows the scores, the mode in plain words with its reason on hover, and the embedder', () => {
    expect(html).toContain('<div class="card-v">58%</div>');
    expect(html).toContain('<div class="card-v">0.73</div>');
    expect(html).toContain(`<p class="meta mode-line" title="${report.modeReason}"><span class="mode">comparable</span> The texts are taken as two separate reports of one story, so sentences are matched in any order.`);
    expect(html).not.toContain('<span class="mode">comparable</span> Length ratio');
    expect(html).toContain('<code>lexical-v1</code> (lexical)');
    const auto = renderReport(tinyReport(1, 1, [{ src: [0], tgt: [0], score: 0.9, label: 'match' }]), 'html');
    expect(auto).toContain('<span class="mode">parallel</span> The target looks like a translation of the source, so sentences are matched in order.');
  });

  it('has a row view (the default) and an article view, with a toggle', () => {
    expect(html).toContain('<body class="v-rows">');
    expect(html).toContain('data-view="rows" aria-pressed="true"');
    expect(html).toContain('data-view="articles" aria-pressed="false"');
    expect(html).toContain('<div class="doc" lang="en" dir="ltr"></div>');
    expect(html).toContain('<div class="doc" lang="id" dir="ltr"></div>');
  });

  it('draws one row per bead, in bead order, each with its source and target sentences', () => {
    const rows = [...html.matchAll(/<div class="row [^"]*" id="r(\d+)">/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(report.beads.map((_, b) => b));
    // Bead 4 pairs source 5 with targets 1 and 4 (1-based), score 0.69; bead 0 omits source 1.
    expect(rowOf(html, 4)).toMatch(/^id="r4"><div class="c cs" lang="en"><i>5<\/i>During a meeting.*<\/div><div class="c ct" lang="id"><i>1<\/i>Caracas, Purna Warta.* <i>4<\/i>Pertemuan tersebut.*<div class="c cm">0\.69<\/div><\/div>$/);
    expect(html).toContain('<div class="row o" id="r0"><div class="c cs" lang="en"><i>1</i>Maduro stresses need to bolster Tehran-Caracas bilateral cooperation</div><div class="c ct none" lang="id">—</div><div class="c cm"></div></div>');
    expect(rowOf(html, 9)).toContain('<span class="x" lang="es"><i>8</i>Productiva visita');
  });

  it('folds a run of omitted sentences into one collapsed passage block', () => {
    // Beads 7–12 omit source sentences 5–10 (0-based): the only run of three or more.
    const blocks = [...html.matchAll(/<details class="passage (\w)" id="p(\d+)" data-b0="(\d+)" data-b1="(\d+)">/g)].map((m) => m.slice(1).join(' '));
    expect(blocks).toEqual(['o 0 7 13']);
    expect(html).toContain('<span class="c pt">Source sentences 6–11 (6) were not found in the target</span>');
    // Runs of one or two stay rows: beads 5–6 (two additions) and 25–26 (two omissions).
    expect(html).toMatch(/<\/details>\n<div class="row m" id="r13">/);
    expect(html).toMatch(/\n<div class="row a" id="r5">/);
    const block = html.slice(html.indexOf('<details'), html.indexOf('</details>'));
    expect(block.match(/<div class="row /g)).toHaveLength(6);
  });

  it('folds 300 omitted sentences into one block, and shows a passage finding on its block', () => {
    const beads: Bead[] = [{ src: [0], tgt: [0], score: 0.9, label: 'match' }];
    for (let i = 1; i <= 300; i++) beads.push({ src: [i], tgt: [], score: 0, label: 'omission' });
    beads.push({ src: [301], tgt: [1], score: 0.9, label: 'match' });
    const out = renderReport(tinyReport(302, 2, beads), 'html');
    expect(out).toContain('<span class="c pt">Source sentences 2–301 (300) have no counterpart in the target</span>');
    expect(out.match(/<details/g)).toHaveLength(1);
    // A single added sentence is a row, unless a passage finding names it: then it is a block with the finding's badge.
    const single: Bead[] = [{ src: [0], tgt: [0], score: 0.9, label: 'match' }, { src: [], tgt: [1], score: 0, label: 'addition' }];
    expect(renderReport(tinyReport(1, 2, single), 'html')).not.toContain('<details');
    const passage = { code: 'addition-passage', severity: 'warning', tgt: [1], message: 'Target sentence 2 has no source.' } as unknown as Finding;
    const flagged = renderReport(tinyReport(1, 2, single, [passage]), 'html');
    expect(flagged).toContain('<span class="c pt">Target sentence 2 has no counterpart in the source</span>');
    expect(flagged).toMatch(/<summary class="row ph w-warning" title="Target sentence 2 has no source\.">.*<a class="fb sev-warning" href="#f0" data-f="0"[^>]*>addition-passage<\/a>/);
  });

  it('puts badges and underlines only on rows whose sentences have a finding', () => {
    // Worked out from the fixture's findings: the beads of their source and target sentences.
    const withFindings = [2, 3, 7, 9, 10, 12, 18, 22, 23, 25, 27];
    report.beads.forEach((_, b) => {
      expect(rowOf(html, b).includes('class="fb '), `row ${b}`).toBe(withFindings.includes(b));
      if (!withFindings.includes(b)) expect(rowOf(html, b), `row ${b}`).not.toContain('<mark');
    });
    // Bead 2: one badge per code; the spans the findings point at are underlined, the worst severity wins.
    expect(rowOf(html, 2)).toMatch(/<a class="fb sev-error" href="#f0" data-f="0"[^>]*>date-mismatch<\/a><a class="fb sev-warning" href="#f1" data-f="1"[^>]*>name-spelling<\/a>/);
    expect(rowOf(html, 2)).toContain('<mark class="mk-error">Jumat (4/1)</mark>');
    expect(rowOf(html, 2)).toMatch(/^id="r2"/);
    expect(html).toMatch(/<div class="row m w-error" id="r2">/);
  });

  it('lists findings with filters and counts per code, repeated omissions and additions in one card each', () => {
    for (const severity of ['error', 'warning', 'info']) expect(html).toContain(`<input type="checkbox" value="${severity}" checked>`);
    expect(html).toContain('<li class="cc-warning"><code>omission</code> <b>3</b></li>');
    // 11 findings: 3 omissions and 2 additions fold into two cards, so 8 cards.
    expect(html.match(/<li class="f /g)).toHaveLength(8);
    expect(html).toContain('<p class="msg">3 source sentences were not found in the target:</p>');
    const places = [...html.matchAll(/<button type="button" class="stop place" id="f(\d+)"[^>]*>([^<]+)<\/button>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(places).toEqual(['5 Source 4', '6 Source 6', '7 Source 20', '8 Target 11', '9 Target 16']);
    // Errors first, then by place in the document.
    const order = [...html.matchAll(/<li class="f (?:g )?(?:stop )?sev-(\w+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['error', 'warning', 'warning', 'warning', 'info', 'info', 'info', 'info']);
  });

  it('shows an omission naming several sentences as its own card, marked on each of their rows', () => {
    const beads: Bead[] = [
      { src: [0], tgt: [0], score: 0.9, label: 'match' },
      { src: [1], tgt: [1], score: 0.9, label: 'match' },
      { src: [2], tgt: [], score: 0, label: 'omission' },
      { src: [3], tgt: [2], score: 0.9, label: 'match' },
    ];
    const message = 'One of these 2 source sentences has no counterpart in the target, but which one is unclear: the sentences around it pair about as well either way';
    const widened: Finding = { code: 'omission', severity: 'warning', src: [1, 2], bead: 2, message, note: 'The aligner marked source sentence 3 (Not in the target: 1 source sentence without counterpart)' };
    const alone: Finding = { code: 'omission', severity: 'warning', src: [0], bead: 0, message: 'Not in the target: 1 source sentence without counterpart' };
    const out = renderReport(tinyReport(4, 3, beads, [widened, alone]), 'html');
    // Not folded into a card of one-sentence omissions: each is its own card.
    expect(out.match(/<li class="f stop sev-warning"/g)).toHaveLength(2);
    expect(out).toContain('<li class="f stop sev-warning" id="f0" tabindex="-1" data-fs="0" data-src="1 2" data-tgt="">');
    expect(out).toContain('<button type="button" class="go">Source 2, 3</button>');
    expect(out).toContain(`<p class="msg">${message}</p><p class="note">The aligner marked source sentence 3 (`);
    // Row 1 (the matched sentence) and row 2 (the omission bead) both link to it.
    for (const b of [1, 2]) expect(rowOf(out, b)).toContain('href="#f0"');
  });

  it('sets lang per side and on sentences in another language, dir on right-to-left sides', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur']) {
      const rtl = reportFixture();
      rtl.target.lang = lang;
      const out = renderReport(rtl, 'html');
      expect(out).toContain(`<div class="doc" lang="${lang}" dir="rtl"></div>`);
      expect(out).toContain('<section class="rows t-rtl" id="view-rows"');
    }
    expect(html).toContain('<section class="rows" id="view-rows"');
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

  it('draws the heat-map from the beads, with omissions and additions in the gutters, at its content size', () => {
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
    const cells = report.beads.reduce((n, b) => n + (b.label === 'match' || b.label === 'partial' ? b.src.length * b.tgt.length : 0), 0);
    expect(svg.match(/<rect x="[\d.]+" y="[\d.]+" width="1" height="1" fill=/g)).toHaveLength(cells);
    expect(svg.match(/class="gap-o"/g)).toHaveLength(report.beads.filter((b) => b.label === 'omission').reduce((n, b) => n + b.src.length, 0));
    expect(svg.match(/class="gap-a"/g)).toHaveLength(report.beads.filter((b) => b.label === 'addition').length);
    // 18 target columns and 22 source rows plus a 1.5-cell gutter: 19.5 × 23.5 cells of 10 px.
    expect(svg).toContain('<svg class="hm" width="195" height="235" viewBox="0 0 19.5 23.5"');
  });

  it('stays small and fast for 2,000 × 2,000 sentences, downsampling the heat-map', async () => {
    const big = syntheticReport(2000);
    const { value: out, ms } = await cpuTime(() => renderReport(big, 'html'));
    const svg = out.slice(out.indexOf('<svg'), out.indexOf('</svg>'));
    expect(svg).toContain('width="288" height="288" viewBox="0 0 287.5 287.5"');
    expect(out).toContain('Downsampled: a cell covers 7 source × 7 target sentences');
    expect(out.length).toBeLessThan(1.5 * 1024 * 1024);
    expect(ms).toBeLessThan(3000);
    expect(out).toContain('<div class="doc" lang="ar" dir="rtl"></div>');
    // One row per bead: 2,000 source sentences, 117 of them (i % 17 = 5) split into an omission and an addition.
    expect(out.match(/<div class="row [^"]*" id="r\d+">/g)).toHaveLength(2000 + 118);
  });
});
