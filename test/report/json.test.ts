import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import { REPORT_VERSION, type Report } from '../../src/report/types.js';
import { HOSTILE, reportFixture } from '../fixtures/report-fixture.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Each breaks the report in one way the schema must catch. */
const BROKEN: Array<[string, (r: Report) => void]> = [
  ['no version', (r) => delete (r as Partial<Report>).version],
  ['a version of another major', (r) => (r.version = '2.0.0')],
  ['an unknown mode', (r) => ((r as { mode: string }).mode = 'loose')],
  ['no scores', (r) => delete (r as Partial<Report>).scores],
  ['coverage above 1', (r) => (r.scores.coverage = 1.2)],
  ['fractional conflicts', (r) => (r.scores.conflicts = 0.5)],
  ['a negative offset', (r) => (r.source.sentences[0].start = -1)],
  ['an unknown sentence kind', (r) => ((r.target.sentences[0] as { kind: string }).kind = 'quote')],
  ['a sentence without text', (r) => delete (r.source.sentences[1] as Partial<Report['source']['sentences'][0]>).text],
  ['an unknown bead label', (r) => ((r.beads[0] as { label: string }).label = 'maybe')],
  ['a bead score above 1', (r) => (r.beads[2].score = 1.5)],
  ['an omission with a target', (r) => (r.beads.find((b) => b.label === 'omission')!.tgt = [0])],
  ['an addition with a source', (r) => (r.beads.find((b) => b.label === 'addition')!.src = [0])],
  ['a match with no target', (r) => (r.beads.find((b) => b.label === 'match')!.tgt = [])],
  ['a fractional index', (r) => (r.beads[2].src = [1.5])],
  ['an unknown severity', (r) => ((r.findings[0] as { severity: string }).severity = 'fatal')],
  ['a range of three numbers', (r) => ((r.findings[0] as { srcRange: number[] }).srcRange = [1, 2, 3])],
  ['a finding without message', (r) => delete (r.findings[0] as Partial<Report['findings'][0]>).message],
  ['an unknown embedder kind', (r) => ((r.embedder as { kind: string }).kind = 'magic')],
];

describe('json', () => {
  it('validates the fixture against schema.json', () => {
    const report = JSON.parse(renderReport(reportFixture(), 'json'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(BROKEN)('rejects a report with %s', (_, breakIt) => {
    const report = reportFixture();
    breakIt(report);
    expect(validate(JSON.parse(renderReport(report, 'json')))).toBe(false);
  });

  it('accepts properties it does not know (minor versions may add some)', () => {
    const report = { ...reportFixture(), extra: { note: 'later' } };
    expect(validate(JSON.parse(renderReport(report, 'json')))).toBe(true);
  });

  it('round-trips the report with its version, 2-space indent and a final newline', () => {
    const report = reportFixture();
    const json = renderReport(report, 'json');
    expect(JSON.parse(json)).toEqual(report);
    expect(JSON.parse(json).version).toBe(REPORT_VERSION);
    expect(json.split('\n')[1]).toBe(`  "version": "${REPORT_VERSION}",`);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('writes keys in a stable order, whatever the order of the input', () => {
    const report = reportFixture();
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    expect(renderReport(reversed(report) as Report, 'json')).toBe(renderReport(report, 'json'));
    expect(Object.keys(JSON.parse(renderReport(report, 'json')))).toEqual([
      'version', 'generator', 'mode', 'modeReason', 'embedder', 'source', 'target', 'beads', 'findings', 'scores', 'timings',
    ]);
  });

  it('keeps markup as data and writes bidi controls as escapes', () => {
    const json = renderReport(reportFixture(), 'json');
    expect(json).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(json).toContain('\\u202e RTL override');
    expect(JSON.parse(json).source.sentences.at(-1).text).toContain(HOSTILE);
  });
});
