import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkBilingual, readBilingual } from '../../src/bilingual/index.js';
import type { Finding } from '../../src/check/types.js';
import { InputError } from '../../src/errors.js';
import { renderReport, REPORT_FORMATS } from '../../src/report/index.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/bilingual/${name}`, import.meta.url)), 'utf8');
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** The parts of a finding a test pins: code, places and what was expected or found. */
const brief = (f: Finding) => ({ code: f.code, severity: f.severity, src: f.src, tgt: f.tgt, expected: f.expected, actual: f.actual });

/** A minimal XLIFF 1.2 file around the given trans-units. */
const xliff12 = (units: string, version = '1.2') =>
  `<xliff version="${version}"><file source-language="en" target-language="de"><body>${units}</body></file></xliff>`;

describe('readBilingual', () => {
  it('XLIFF 1.2: text without inline codes, <g>/<x/>/<ph>/<bpt>/<ept> as placeholders, groups entered', async () => {
    const doc = await readBilingual(fixture('job-1.2.xlf'));
    expect(doc.format).toBe('xliff-1.2');
    expect([doc.sourceLang, doc.targetLang]).toEqual(['en-US', 'de-DE']);
    expect(doc.units.map((u) => u.id)).toEqual(['intro', 'price', 'bold', 'contact', 'thanks']);
    const [intro, price, bold, contact, thanks] = doc.units;
    expect(intro?.source).toMatchObject({ text: 'Version 4.2 fixes three crashes reported in March.', tags: ['<g id="1">', '<x id="2"/>'] });
    // <ph> holds native code ({price}): its text is not checked, the placeholder reads as a space.
    expect(price?.source).toMatchObject({ text: 'The upgrade costs and takes 15 minutes.', tags: ['<ph id="1">'] });
    expect(bold?.source.tags).toEqual(['<bpt id="1">', '<ept id="1">']);
    expect(bold?.target?.tags).toEqual([]);
    expect(contact?.target).toBeNull();
    expect(thanks?.target).toMatchObject({ text: '', tags: [] });
  });

  it('XLIFF 2.0: <pc>, <ph/>, <sc/>/<ec startRef/>; segments of a unit joined', async () => {
    const doc = await readBilingual(fixture('job-2.0.xlf'));
    expect([doc.format, doc.sourceLang, doc.targetLang]).toEqual(['xliff-2', 'en', 'fr']);
    const u3 = doc.units[2];
    expect(u3?.source).toMatchObject({ text: 'The museum opens on 12 May 2024. Tickets cost 20 euros.', tags: ['<sc id="1"/>', '<ec id="1"/>'] });
    expect(u3?.target?.tags).toEqual(['<sc id="1"/>', '<ec id="1"/>', '<ph id="2"/>']);
  });

  it('TMX: the source is the variant in the header srclang, whatever its position', async () => {
    const doc = await readBilingual(fixture('memory.tmx'));
    expect([doc.format, doc.sourceLang, doc.targetLang]).toEqual(['tmx', 'en', 'es']);
    expect(doc.units[1]?.source).toMatchObject({ text: 'You have new messages.', tags: ['<ph x="1">'] });
    expect(doc.units[1]?.target?.text).toBe('Tiene mensajes nuevos.');
  });

  it.each([
    ['not well-formed XML', xliff12('<trans-unit id="1"><source>Hi</target></trans-unit>'), /^job\.xlf is not well-formed XML \(line 1, column \d+: .+\)\. Fix the file/],
    ['an unknown XLIFF version', xliff12('<trans-unit id="1"><source>Hi</source></trans-unit>', '1.1'), /^job\.xlf is XLIFF version 1\.1; bitext-qa reads XLIFF 1\.2 and 2\.0–2\.2/],
    ['an unknown TMX version', '<tmx version="9"><body/></tmx>', /^job\.xlf is TMX version 9; bitext-qa reads TMX 1\.1–1\.4/],
    ['another kind of XML', '<html><body/></html>', /^job\.xlf is XML with a <html> root, not XLIFF or TMX/],
    ['no units', xliff12(''), /^job\.xlf holds no translation units/],
    ['no XML at all', 'source\ttarget\n', /^job\.xlf is not XML \(it does not start with a tag\)\. Give an XLIFF or TMX file\.$/],
  ])('%s is one InputError line', async (_, xml, message) => {
    const error = await checkBilingual(xml, { name: 'job.xlf' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('checkBilingual', () => {
  it('XLIFF 1.2: a number mismatch, a lost <bpt>/<ept> pair, a missing and an empty target', async () => {
    const report = await checkBilingual(fixture('job-1.2.xlf'));
    // By hand: price has 15 → 50; bold lost both halves of its bold pair; contact has no <target>;
    // thanks has <target/>. intro keeps <g id="1"> and <x id="2"/>, 4.2 and three/drei (a number word).
    expect(report.findings.map(brief)).toEqual([
      { code: 'number-mismatch', severity: 'error', src: [1], tgt: [1], expected: '15', actual: '50' },
      { code: 'tag-missing', severity: 'error', src: [2], tgt: [2], expected: '<bpt id="1">', actual: undefined },
      { code: 'tag-missing', severity: 'error', src: [2], tgt: [2], expected: '<ept id="1">', actual: undefined },
      { code: 'target-missing', severity: 'error', src: [3], tgt: undefined, expected: 'Write to support@example.com for help.', actual: undefined },
      { code: 'target-empty', severity: 'error', src: [4], tgt: undefined, expected: 'Thank you for using our product.', actual: undefined },
    ]);
    expect(report.findings[3]?.message).toBe('Unit contact has no target');
    expect(report.findings[1]?.message).toBe('Tag <bpt id="1"> of the source is missing in the target');
    expect(report.mode).toBe('parallel');
    expect(report.beads.map((b) => b.label)).toEqual(['match', 'match', 'match', 'omission', 'omission']);
    expect(report.source.original?.units).toEqual(['intro', 'price', 'bold', 'contact', 'thanks']);
    expect(report.target.original?.units).toEqual(['intro', 'price', 'bold']);
    expect(report.scores.conflicts).toBe(5);
  });

  it('points each sentence at its element content in the file', async () => {
    const xml = fixture('job-1.2.xlf');
    const report = await checkBilingual(xml);
    const range = report.target.original?.ranges[1] as [number, number];
    expect(xml.slice(...range)).toBe('Das Upgrade kostet <ph id="1">{price}</ph> und dauert 50 Minuten.');
  });

  it('XLIFF 2.0: a <ph/> lost, a <ph/> added, matching <pc> and <sc/>/<ec/> left alone', async () => {
    const report = await checkBilingual(fixture('job-2.0.xlf'));
    expect(report.findings.map(brief)).toEqual([
      { code: 'tag-missing', severity: 'error', src: [1], tgt: [1], expected: '<ph id="1"/>', actual: undefined },
      { code: 'tag-extra', severity: 'error', src: [2], tgt: [2], expected: undefined, actual: '<ph id="2"/>' },
    ]);
  });

  it('TMX: an added <ph>, matching <bpt>/<ept> and <ph> left alone', async () => {
    const report = await checkBilingual(fixture('memory.tmx'));
    expect(report.findings.map(brief)).toEqual([
      { code: 'tag-extra', severity: 'error', src: [2], tgt: [2], expected: undefined, actual: '<ph x="2">' },
    ]);
  });

  it('runs the sentence checks on units: an untranslated target, a changed date', async () => {
    const english = 'The committee approved the new budget for the regional hospitals after a long debate.';
    const xml = xliff12(
      `<trans-unit id="a"><source>${english}</source><target>${english}</target></trans-unit>` +
        '<trans-unit id="b"><source>The vote was held on 4 March 2024.</source><target>Die Abstimmung fand am 5. März 2024 statt.</target></trans-unit>',
    );
    const report = await checkBilingual(xml);
    // By hand: unit a's target is English in an en→de file (untranslated, which also covers the copy);
    // unit b moves the vote from 4 to 5 March.
    expect(report.findings.map((f) => [f.code, f.src])).toEqual([['untranslated', [0]], ['date-mismatch', [1]]]);
    const skipped = await checkBilingual(xml, { skipChecks: ['untranslated'] });
    expect(skipped.findings.map((f) => f.code)).toEqual(['date-mismatch']);
  });

  it('renders in every format, and its JSON passes schema.json', async () => {
    const report = await checkBilingual(fixture('job-1.2.xlf'));
    for (const format of REPORT_FORMATS) expect(renderReport(report, format).length).toBeGreaterThan(0);
    const json = JSON.parse(renderReport(report, 'json'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // Markdown escapes the tag as it escapes any markup in text.
    expect(renderReport(report, 'md')).toContain('Tag &lt;bpt id="1"&gt; of the source is missing in the target');
  });
});
