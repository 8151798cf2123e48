import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { escapeTsvCell, TSV_COLUMNS } from '../../src/report/tsv.js';
import { joinSentences } from '../../src/report/util.js';
import { reportFixture } from '../fixtures/report-fixture.js';

/** Reverses the escaping (the leading `'` of the formula guard stays: that is how spreadsheets read it). */
const unescape = (cell: string): string =>
  cell.replace(/\\(u[0-9A-F]{4}|[tnr\\])/g, (_, e: string) =>
    e[0] === 'u' ? String.fromCharCode(Number.parseInt(e.slice(1), 16)) : ({ t: '\t', n: '\n', r: '\r', '\\': '\\' } as Record<string, string>)[e],
  );

describe('tsv', () => {
  const report = reportFixture();
  const tsv = renderReport(report, 'tsv');
  const lines = tsv.trimEnd().split('\n');

  it('has a header and one row per bead, each with every column', () => {
    expect(lines[0].split('\t')).toEqual([...TSV_COLUMNS]);
    expect(lines).toHaveLength(report.beads.length + 1);
    for (const line of lines) expect(line.split('\t')).toHaveLength(TSV_COLUMNS.length);
  });

  it('writes texts, label, score, codes and indices of each bead', () => {
    const row = lines[1 + report.beads.findIndex((b) => b.src.includes(2))].split('\t');
    expect(row[1]).toContain('Jumat (4/1)');
    expect(row.slice(2)).toEqual(['match', '0.810', 'date-mismatch,name-spelling', '2', '1']);
    const oneToTwo = lines[5].split('\t');
    expect(unescape(oneToTwo[1])).toBe(joinSentences(report, 'target', [0, 3]));
    expect(oneToTwo.slice(5)).toEqual(['4', '0 3']);
  });

  it('round-trips every text through the escaping', () => {
    report.beads.forEach((bead, b) => {
      const row = lines[b + 1].split('\t');
      expect(unescape(row[0])).toBe(joinSentences(report, 'source', bead.src));
    });
  });

  it.each([
    ['tab\there', 'tab\\there'],
    ['line\nbreak\r\n', 'line\\nbreak\\r\\n'],
    ['back\\slash', 'back\\\\slash'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@handle', "'@handle"],
    ['a = b', 'a = b'],
    ['\u202Eevil', '\\u202Eevil'],
  ])('escapes %j', (input, output) => {
    expect(escapeTsvCell(input)).toBe(output);
  });

  it('renders markup inertly', () => {
    expect(tsv).toContain('<script>alert(1)</script> & "quotes" \\u202E RTL override');
    expect(tsv).not.toMatch(/[\u202A-\u202E]/);
  });
});
