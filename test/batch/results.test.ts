import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllResults, readResultsFile, renderSummaryHtml, renderSummaryMarkdown, worstFirst, type BatchResult } from '../../src/batch/index.js';
import { openResults } from '../../src/batch/results.js';

const ok = (id: string, conflicts: number, coverage: number): BatchResult => ({
  id, ok: true, mode: 'parallel', scores: { coverage, grounding: coverage, fidelity: 0.8, conflicts }, counts: { error: conflicts, warning: 0, info: 0 }, ms: 5,
});
const failed = (id: string): BatchResult => ({ id, ok: false, mode: null, scores: null, counts: null, error: 'x.txt: no such file. Check the path.', ms: 1 });

describe('results files', () => {
  it('skips the half line a killed run leaves, and cuts it off before appending', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-results-'));
    const path = join(dir, 'results.jsonl');
    writeFileSync(path, `${JSON.stringify(ok('a', 0, 1))}\n{"id":"b","ok":tr`);
    expect(readResultsFile(path).map((r) => r.id)).toEqual(['a']);
    const writer = openResults(path);
    writer.append(ok('b', 1, 0.5));
    writer.close();
    expect(readFileSync(path, 'utf8').split('\n')).toEqual([JSON.stringify(ok('a', 0, 1)), JSON.stringify(ok('b', 1, 0.5)), '']);
  });

  it('reads every results file of a folder, shards included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bitext-results-'));
    writeFileSync(join(dir, 'results-0-of-2.jsonl'), `${JSON.stringify(ok('a', 0, 1))}\n`);
    writeFileSync(join(dir, 'results-1-of-2.jsonl'), `${JSON.stringify(failed('b'))}\n`);
    writeFileSync(join(dir, 'other.jsonl'), `${JSON.stringify(ok('c', 0, 1))}\n`);
    expect(readAllResults(dir).map((r) => r.id).sort()).toEqual(['a', 'b']);
  });
});

describe('summary pages', () => {
  const results = [ok('calm', 0, 0.9), ok('gap', 0, 0.3), failed('broken'), ok('clash', 2, 0.95), ok('<b>', 1, 0.9)];

  it('lists failed pairs first, then most conflicts, then lowest coverage', () => {
    expect(worstFirst(results).map((r) => r.id)).toEqual(['broken', 'clash', '<b>', 'gap', 'calm']);
  });

  it('links each pair to its report and escapes ids and errors', () => {
    const md = renderSummaryMarkdown(results, ['html']);
    expect(md).toContain('5 pairs · 1 failed · 3 conflicts.');
    expect(md).toContain('| [clash](clash.html) | parallel | 2 | 95% | 95% | 0.80 | 2 / 0 / 0 |');
    expect(md).toContain('| broken | failed: x.txt: no such file. Check the path. | | | | | |');
    const html = renderSummaryHtml(results, []);
    expect(html).toContain('<a href="clash.json">clash</a>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
  });
});
