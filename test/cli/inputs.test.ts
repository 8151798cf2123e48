// The CLI on the inputs people have: web pages and Markdown (compare, split) and bilingual files (check).
// In-process through `main(argv, io)` (see run.ts).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-inputs-'));
const cacheEnv = { env: { BITEXT_QA_CACHE: join(dir, 'cache') } };
const news = 'test/fixtures/articles/news.html';

describe('bitext-qa check', () => {
  it('writes the report, exits 1 on --fail-on error, and names the units', async () => {
    const out = join(dir, 'qa.json');
    const result = await runCli(['check', 'test/fixtures/bilingual/job-1.2.xlf', '--fail-on', 'error', '--out', out]);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    // The five findings of job-1.2.xlf (see test/bilingual): 15/50, <bpt>, <ept>, no target, empty target.
    expect(report.findings.map((f) => f.code)).toEqual(['number-mismatch', 'tag-missing', 'tag-missing', 'target-missing', 'target-empty']);
    expect(result.stderr).toMatch(/^5 units · parallel · coverage \d+% .* 5 errors, 0 warnings, 0 notes .* → /);
  });

  it('a broken file is one line and exit 2, never a stack trace', async () => {
    const bad = join(dir, 'bad.xlf');
    writeFileSync(bad, '<xliff version="1.2"><file><body><trans-unit id="1"><source>Hi</target>');
    const result = await runCli(['check', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^bitext-qa: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not well-formed XML \\(line 1, column \\d+: .+\\)\\. Fix the file or export it again from your CAT tool\\.\\n$`));
  });
});

describe('compare given a bilingual file', () => {
  it('says the file holds both languages and names `check`, with exit 2 (not a comparison of its markup)', async () => {
    const result = await runCli(['compare', 'test/fixtures/bilingual/job-1.2.xlf', news, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bitext-qa: test/fixtures/bilingual/job-1.2.xlf is an XLIFF file, which holds both languages unit by unit: check it with `bitext-qa check test/fixtures/bilingual/job-1.2.xlf`.\n');
  });

  it('split refuses it the same way', async () => {
    const result = await runCli(['split', 'test/fixtures/bilingual/job-1.2.xlf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is an XLIFF file, which holds both languages unit by unit: check it with `bitext-qa check test/fixtures/bilingual/job-1.2.xlf`.');
  });
});

describe('compare and split on web pages and Markdown', () => {
  it('compare reads .html and .md by extension and points sentences into the originals', async () => {
    const md = join(dir, 'news.md');
    writeFileSync(md, '# Ministers agree on a €2.4 billion river plan\n\nThe environment ministers of five countries met in *Koblenz* on Monday.\n');
    const out = join(dir, 'report.json');
    const result = await runCli(['compare', news, md, '--mode', 'parallel', '--quiet', '--out', out], cacheEnv);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.source.original?.format).toBe('html');
    expect(report.target.original?.format).toBe('md');
    const page = readFileSync(news, 'utf8');
    expect(page.slice(...(report.source.original?.ranges[0] as [number, number]))).toBe('Ministers agree on a €2.4&nbsp;billion river plan');
    const target = report.target.sentences.map((s) => s.text);
    expect(target).toEqual(['Ministers agree on a €2.4 billion river plan', 'The environment ministers of five countries met in Koblenz on Monday.']);
  });

  it('split --input-format html reads a page from standard input, with original ranges', async () => {
    const result = await runCli(['split', '-', '--lang', 'en', '--input-format', 'html'], { input: readFileSync(news) });
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<{ text: string; original: [number, number] }>;
    expect(rows[0]).toMatchObject({ text: 'Ministers agree on a €2.4 billion river plan', kind: 'heading' });
    const page = readFileSync(news, 'utf8');
    expect(page.slice(...rows[2]!.original)).toMatch(/^The environment ministers .* next ten years\.$/s);
  });
});
