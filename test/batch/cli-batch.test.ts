import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';

const root = mkdtempSync(join(tmpdir(), 'bitext-batch-'));
const EN = 'The minister met 12 farmers in Jakarta on 4 January 2023. Prices rose by 5 percent.';
const ID = 'Menteri bertemu 12 petani di Jakarta pada 4 Januari 2023. Harga naik 5 persen.';
// A conflict: 13 farmers, not 12.
const ID_WRONG = 'Menteri bertemu 13 petani di Jakarta pada 4 Januari 2023. Harga naik 5 persen.';
const pair = (id: string, target = ID) => JSON.stringify({ id, sourceText: EN, targetText: target, from: 'en', to: 'id', mode: 'parallel' });
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; ok: boolean; error?: string; counts: unknown });
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('bitext-qa batch', () => {
  it('writes one result line per pair, a report per pair and the overview pages; a broken pair does not stop the batch', async () => {
    const dir = join(root, 'basic');
    mkdirSync(dir);
    writeFileSync(join(dir, 'en.txt'), EN);
    writeFileSync(join(dir, 'id.txt'), ID);
    writeFileSync(join(dir, 'pairs.jsonl'), [
      JSON.stringify({ id: 'files', source: 'en.txt', target: 'id.txt', mode: 'parallel' }),
      pair('wrong', ID_WRONG),
      JSON.stringify({ id: 'broken', source: 'missing.txt', target: 'id.txt' }),
      '',
    ].join('\n'));
    const out = join(dir, 'out');
    const result = await runCli(['batch', join(dir, 'pairs.jsonl'), '--out', out, '--concurrency', '2', '--format', 'html']);
    expect(result.code).toBe(0);
    noStack(result.stderr);
    expect(result.stderr).toMatch(/3 pairs compared · 1 failed · 1 with errors · [\d.]+ s → .*results\.jsonl\n$/);
    const results = lines(join(out, 'results.jsonl'));
    expect(results.map((r) => r.id).sort()).toEqual(['broken', 'files', 'wrong']);
    const broken = results.find((r) => r.id === 'broken')!;
    expect(broken).toMatchObject({ ok: false, mode: null, scores: null, counts: null });
    expect(broken.error).toBe(`${join(dir, 'missing.txt')}: no such file. Check the path.`);
    // The number conflict (12 → 13) is an error finding of the pair `wrong`.
    expect(results.find((r) => r.id === 'wrong')!.counts).toMatchObject({ error: 1 });
    expect(results.find((r) => r.id === 'files')!.counts).toMatchObject({ error: 0 });
    for (const id of ['files', 'wrong']) {
      expect(JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')).version).toMatch(/^1\./);
      expect(readFileSync(join(out, `${id}.html`), 'utf8')).toMatch(/^<!doctype html>/i);
    }
    expect(existsSync(join(out, 'broken.json'))).toBe(false);
    // Worst first: the failed pair, then the pair with a conflict.
    const summary = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(summary.indexOf('| broken |')).toBeLessThan(summary.indexOf('[wrong](wrong.html)'));
    expect(summary.indexOf('[wrong](wrong.html)')).toBeLessThan(summary.indexOf('[files](files.html)'));
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a href="wrong.html">wrong</a>');
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // Running it again runs nothing: every id is in results.jsonl.
    const again = await runCli(['batch', join(dir, 'pairs.jsonl'), '--out', out, '--fail-on', 'error']);
    expect(again.stderr).toMatch(/^0 pairs compared · 3 already done/);
    expect(lines(join(out, 'results.jsonl'))).toHaveLength(3);
  });

  it('reads the manifest from standard input, paths relative to the working directory', async () => {
    const out = join(root, 'stdin-out');
    const result = await runCli(['batch', '-', '--out', out, '--quiet', '--fail-on', 'error'], {
      input: `${pair('s1')}\n${JSON.stringify({ id: 's2', source: 'examples/seeds/en.txt', target: 'examples/seeds/id.txt' })}\n`,
    });
    expect(result.stderr).toBe('');
    // s2 (the seed articles) has date conflicts: --fail-on error exits 1.
    expect(result.code).toBe(1);
    expect(lines(join(out, 'results.jsonl')).map((r) => [r.id, r.ok]).sort()).toEqual([['s1', true], ['s2', true]]);
  });

  it('stops before any work on a malformed manifest, with one line naming the line', async () => {
    const result = await runCli(['batch', '-', '--out', join(root, 'bad-out')], { input: `${pair('a')}\n{"id": "b",\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^bitext-qa: standard input, line 2 is not valid JSON \(.+\)\. Each line must be one JSON object: .+\n$/);
    expect(existsSync(join(root, 'bad-out'))).toBe(false);
    const usage = await runCli(['batch', '-', '--out', join(root, 'bad-out'), '--shard', '2/2'], { input: pair('a') });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe("bitext-qa: --shard '2/2' must be i/n with 0 ≤ i < n, e.g. --shard 0/4 … --shard 3/4.\n");
  });

  it('runs two shards into one folder at once: their union is every pair, once', async () => {
    const dir = join(root, 'shards');
    mkdirSync(dir);
    const ids = Array.from({ length: 8 }, (_, i) => `p${i}`);
    writeFileSync(join(dir, 'pairs.jsonl'), ids.map((id) => pair(id)).join('\n'));
    const out = join(dir, 'out');
    const [a, b] = await Promise.all(
      [0, 1].map((i) => runCli(['batch', join(dir, 'pairs.jsonl'), '--out', out, '--shard', `${i}/2`, '--concurrency', '1', '--quiet'])),
    );
    expect([a!.code, b!.code]).toEqual([0, 0]);
    expect(existsSync(join(out, 'results.jsonl'))).toBe(false);
    const shard0 = lines(join(out, 'results-0-of-2.jsonl')).map((r) => r.id);
    const shard1 = lines(join(out, 'results-1-of-2.jsonl')).map((r) => r.id);
    expect(shard0.length).toBeGreaterThan(0);
    expect(shard1.length).toBeGreaterThan(0);
    expect([...shard0, ...shard1].sort()).toEqual(ids);
  });

  it('resumes after a kill: each id ends up in results.jsonl exactly once', async () => {
    const dir = join(root, 'kill');
    mkdirSync(dir);
    const ids = Array.from({ length: 40 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    const manifest = join(dir, 'pairs.jsonl');
    const seeds = fileURLToPath(new URL('../../examples/seeds/', import.meta.url));
    writeFileSync(manifest, ids.map((id) => JSON.stringify({ id, source: join(seeds, 'en.txt'), target: join(seeds, 'id.txt') })).join('\n'));
    const out = join(dir, 'out');
    const results = join(out, 'results.jsonl');
    const cli = fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url));
    // One worker thread in the killed run (each thread loads the worker and warms up, about a second); the rerun has two.
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'batch', manifest, '--out', out, '--concurrency', '1', '--quiet'], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Kill it (SIGKILL: no chance to clean up) as soon as the first results are written.
    for (let i = 0; i < 1200 && !(existsSync(results) && readFileSync(results, 'utf8').length > 0); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    await exited;
    const before = lines(results).length;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(ids.length);
    // What a kill in the middle of a write leaves: half a line. It is ignored and that pair runs again.
    writeFileSync(results, `${readFileSync(results, 'utf8')}{"id":"k`);
    const rerun = await runCli(['batch', manifest, '--out', out, '--concurrency', '2'], { timeoutMs: 120_000 });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`${ids.length - before} pairs compared · ${before} already done`);
    const after = lines(results).map((r) => r.id).sort();
    expect(after).toEqual(ids);
  }, 180_000);
});
