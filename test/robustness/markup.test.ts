// Markup, entities, quotes, pipes, tabs and bidi overrides in the input texts, run through the real
// `compareArticles` (test/report checks the renderers on a fixture): every format stays inert and
// well-formed, including where hostile text reaches findings (numbers, names, links).
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/index.js';
import { renderReport } from '../../src/report/index.js';
import { TSV_COLUMNS } from '../../src/report/tsv.js';
import { childrenNamed, parseXml, textOf } from '../report/xml.js';

const SOURCE = [
  'The mayor said <script>alert("x")</script> & left at 5 p.m. on Friday.',
  'Sales rose to 1,500 cars, "a record" | said Rina <img src=x onerror=alert(1)> Wijaya.',
  'Read the \u202Etxt.exe\u202C file at https://example.com/"><script>alert(3)</script> now.',
  'Tabs\tand &amp; entities &lt;b&gt; stay text; ]]> too.',
].join('\n');
const TARGET = [
  'Wali kota berkata <script>alert("x")</script> & pergi pukul 17.00 hari Jumat.',
  'Penjualan naik menjadi 1.800 mobil, "rekor" | kata Rina <img src=x onerror=alert(1)> Widjaja.',
  'Baca berkas \u202Etxt.exe\u202C di https://example.com/"><script>alert(4)</script> sekarang.',
  'Tab\tdan &amp; entitas &lt;b&gt; tetap teks; ]]> juga.',
].join('\n');
const RAW_BIDI = /[\u202A-\u202E\u2066-\u2069]/;

describe('markup in the input, through compareArticles, renders inertly', async () => {
  const report = await compareArticles(SOURCE, TARGET, { from: 'en', to: 'id', mode: 'parallel', cache: false });
  const plain = await compareArticles('The house is big.', 'Rumahnya besar.', { from: 'en', to: 'id', mode: 'parallel', cache: false });

  it('the pipeline reaches the hostile text: sentences and findings carry it', () => {
    expect(report.source.sentences.some((s) => s.text.includes('<script>'))).toBe(true);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('html: no tag from the input, no extra <script>, no raw bidi control', () => {
    const html = renderReport(report, 'html');
    const scripts = (text: string) => text.match(/<script/gi)?.length ?? 0;
    expect(scripts(html)).toBe(scripts(renderReport(plain, 'html')));
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&amp;lt;b&amp;gt;'); // entities in the input stay literal text
    expect(html).not.toMatch(RAW_BIDI);
    expect(html).toContain('&lt;script&gt;alert(');
  });

  it('md: no raw tag, no raw bidi control, every table row keeps its columns', () => {
    const md = renderReport(report, 'md');
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).not.toMatch(RAW_BIDI);
    const cells = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1).length;
    for (const table of md.split('\n\n').filter((block) => block.startsWith('|'))) {
      const widths = table.split('\n').map(cells);
      expect(new Set(widths).size, table.slice(0, 200)).toBe(1);
    }
  });

  it('tsv: one row per bead with every column, tabs escaped, no raw bidi control', () => {
    const lines = renderReport(report, 'tsv').trimEnd().split('\n');
    expect(lines).toHaveLength(report.beads.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(TSV_COLUMNS.length);
    expect(lines.join('\n')).not.toMatch(RAW_BIDI);
  });

  it('tmx: well-formed XML whose segments are the exact sentences, no raw bidi control', () => {
    const tmx = renderReport(report, 'tmx', { tmxIncludePartials: true });
    expect(tmx).not.toMatch(RAW_BIDI);
    const root = parseXml(tmx);
    const segs = childrenNamed(childrenNamed(root, 'body')[0]!, 'tu').flatMap((tu) =>
      childrenNamed(tu, 'tuv').flatMap((tuv) => childrenNamed(tuv, 'seg').map(textOf)),
    );
    const sentences = new Set([...report.source.sentences, ...report.target.sentences].map((s) => s.text));
    expect(segs.length).toBeGreaterThan(0);
    for (const seg of segs) expect(sentences.has(seg), seg).toBe(true);
  });

  it('json: the texts come back exactly, bidi controls included', () => {
    const back = JSON.parse(renderReport(report, 'json'));
    expect(back.source.sentences.map((s: { text: string }) => s.text)).toEqual(report.source.sentences.map((s) => s.text));
    expect(back.target.sentences[2].text).toContain('\u202Etxt.exe\u202C');
  });
});
