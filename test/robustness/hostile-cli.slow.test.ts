// Hang guards: big inputs through the real binary (killed after the timeout, so a hang fails instead of
// blocking the run). Slow by design (tens of seconds each, a few GB for the 200k-line aligns), so they run
// in `npm run test:slow`, which CI runs after `npm test`. Speed itself is measured by `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli as runCli } from '../cli/run.js';
import { expectNoStack, oneLongSentence, oneWordLines, scratch } from './helpers.js';

const { dir, file } = scratch('bitext-hostile-slow-');
const env = { env: { BITEXT_QA_CACHE: join(dir, 'cache') } };

describe('big input finishes in reasonable time', () => {
  it('split of a single 1 MB sentence with no punctuation: one sentence, its full span', async () => {
    const text = oneLongSentence(2 ** 20);
    const out = join(dir, 'long.json');
    const result = await runCli(['split', file('long.txt', text), '--lang', 'en', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const sentences = JSON.parse(readFileSync(out, 'utf8'));
    expect(sentences).toHaveLength(1);
    expect(sentences[0]).toMatchObject({ start: 0, end: text.length });
  });

  it('compare of two 1 MB sentences finishes (under 60 s)', async () => {
    const a = file('long-a.txt', oneLongSentence(2 ** 20, 'word'));
    const b = file('long-b.txt', oneLongSentence(2 ** 20, 'kata'));
    const out = join(dir, 'long-report.json');
    const result = await runCli(['compare', a, b, '--out', out, '--quiet', '--from', 'en', '--to', 'id'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).beads).toHaveLength(1);
  }, 90_000);

  const lines = 200_000;
  it(`split of ${lines.toLocaleString('en')} one-word lines: one sentence per line`, async () => {
    const out = join(dir, 'lines.json');
    const result = await runCli(['split', file('lines-a.txt', oneWordLines(lines)), '--lang', 'en', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(lines);
  }, 90_000);

  it(`align --presplit of ${lines.toLocaleString('en')} one-word lines a side finishes (no hang)`, async () => {
    const a = file('lines-a.txt', oneWordLines(lines));
    const b = file('lines-b.txt', oneWordLines(lines, 2));
    const t0 = Date.now();
    const out = join(dir, 'lines-beads.json');
    // A hang guard, not a speed test (speed is measured by `npm run bench`): ~40 s on a busy 2-core machine,
    // killed after 240 s, and code null then means it did not finish.
    const result = await runCli(['align', a, b, '--presplit', '--quiet', '--mode', 'parallel', '--out', out], { ...env, timeoutMs: 240_000 });
    expect(result.code, `exit ${result.code} after ${Date.now() - t0} ms; ${result.stderr.slice(0, 300)}`).toBe(0);
    const beads = JSON.parse(readFileSync(out, 'utf8')) as { src: number[]; tgt: number[] }[];
    expect(beads.flatMap((x) => x.src)).toHaveLength(lines);
    expect(beads.flatMap((x) => x.tgt)).toHaveLength(lines);
  }, 300_000);

  it(`align --presplit of ${lines.toLocaleString('en')} one-word lines in the default (auto) mode finishes (no hang)`, async () => {
    const a = file('lines-a.txt', oneWordLines(lines));
    const b = file('lines-b.txt', oneWordLines(lines, 2));
    const out = join(dir, 'lines-beads-auto.json');
    const result = await runCli(['align', a, b, '--presplit', '--quiet', '--out', out], { ...env, timeoutMs: 240_000 });
    expect(result.code, result.stderr.slice(0, 300)).toBe(0);
    expectNoStack(result.stderr);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { src: number[] }[]).flatMap((x) => x.src)).toHaveLength(lines);
  }, 300_000);
});
