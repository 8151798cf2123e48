import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { escapeMarkdown } from '../../src/report/md.js';
import { reportFixture } from '../fixtures/report-fixture.js';

/** Table cells of a Markdown line, split on unescaped pipes. */
const cells = (line: string): string[] => line.split(/(?<!\\)\|/).slice(1, -1);

describe('md', () => {
  const md = renderReport(reportFixture(), 'md');

  it('summarises scores, mode and embedder', () => {
    expect(md).toMatch(/^# Translation QA: English → Indonesian\n/);
    expect(md).toContain('| 58% | 61% | 0.73 | 1 |');
    // The fixture's reason does not start with `auto`, so the mode was the caller's: "taken as".
    expect(md).toContain('**Mode:** comparable — The texts are taken as two separate reports of one story, so sentences are matched in any order. _Why: Length ratio 0.71');
    expect(md).toContain('`lexical-v1` (lexical)');
    expect(md).toContain('1 error, 5 warnings, 5 info');
  });

  it('lists findings with conflicts first, quoting the sentences', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| **'));
    // 11 findings in the fixture, 3 omissions and 2 additions of which are in their own tables.
    expect(rows).toHaveLength(6);
    expect(rows.some((r) => r.includes('`omission`') || r.includes('`addition`'))).toBe(false);
    expect(md).toContain('## Findings (6)');
    expect(rows[0]).toContain('`date-mismatch`');
    expect(rows[0]).toContain('pada hari Jumat (4/1).');
    expect(rows[0]).toContain('Hossein Amir-Abdollahian and Venezuelan President');
  });

  it('lists an omission inside a matched bead (no omission bead shows it) among the findings', () => {
    const report = reportFixture();
    const matched = report.beads.findIndex((b) => b.label === 'match');
    const src = report.beads[matched]!.src.slice(0, 1);
    report.findings.push({ code: 'omission', severity: 'warning', src, tgt: report.beads[matched]!.tgt, bead: matched, message: 'Not in the target: 1 source sentence, grouped with a translated neighbour, without counterpart' });
    const rows = renderReport(report, 'md').split('\n').filter((l) => l.startsWith('| **'));
    // The fixture's own 6 findings, and this one.
    expect(rows).toHaveLength(7);
    expect(rows.filter((r) => r.includes('`omission`'))).toHaveLength(1);
  });

  it('lists an omission that names sentences beyond its omission bead among the findings too', () => {
    const report = reportFixture();
    const gap = report.beads.findIndex((b) => b.label === 'omission' && b.src.length === 1 && report.beads[report.beads.indexOf(b) - 1]?.label === 'match');
    const i = report.beads[gap]!.src[0]!;
    const message = 'One of these 2 source sentences has no counterpart in the target, but which one is unclear: the sentences around it pair about as well either way';
    report.findings.push({ code: 'omission', severity: 'warning', src: [i - 1, i], bead: gap, message });
    const rows = renderReport(report, 'md').split('\n').filter((l) => l.startsWith('| **'));
    // The fixture's own 6 findings, and this one, quoting both sentences; its bead stays in the omissions table.
    expect(rows).toHaveLength(7);
    const row = rows.find((r) => r.includes('`omission`'))!;
    expect(row).toContain(message);
    expect(row).toContain(report.source.sentences[i - 1]!.text.slice(0, 20));
    expect(row).toContain(report.source.sentences[i]!.text.slice(0, 20));
    // Without the neighbour it is the bead's own omission, listed in the omissions table only.
    report.findings[report.findings.length - 1] = { code: 'omission', severity: 'warning', src: [i], bead: gap, message };
    expect(renderReport(report, 'md').split('\n').filter((l) => l.startsWith('| **'))).toHaveLength(6);
  });

  it('tables omissions and additions of content, counting boilerplate apart', () => {
    expect(md).toContain('## Omissions: source sentences not found in the target (6)');
    expect(md).toContain('| 4 | After his trip to Nicaragua');
    expect(md).toContain('## Additions: target sentences not found in the source (5)');
    expect(md).toContain('| 11 | Kepala diplomat Iran juga menyinggung konflik Ukraina');
    expect(md).toContain('_5 boilerplate or social sentences not listed');
  });

  it('keeps every table row to its number of columns', () => {
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
    for (const table of tables) {
      const widths = table.split('\n').map((line) => cells(line).length);
      expect(new Set(widths).size, table).toBe(1);
    }
  });

  it('renders markup inertly', () => {
    expect(md).not.toContain('<script');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes" ⟦U+202E⟧ RTL override');
    expect(md).not.toMatch(/[\u202A-\u202E]/);
  });

  it.each([
    ['a | pipe', 'a \\| pipe'],
    ['`code`', '\\`code\\`'],
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['two\nlines\r\nhere', 'two<br>lines<br>here'],
    ['back\\slash *em* _u_ [link](x) ~~s~~', 'back\\\\slash \\*em\\* \\_u\\_ \\[link\\](x) \\~\\~s\\~\\~'],
    ['AT&T', 'AT&amp;T'],
  ])('escapes %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  it('caps long tables', () => {
    const short = renderReport(reportFixture(), 'md', { mdMaxRows: 2 });
    expect(short).toContain('…and 4 more');
  });
});
