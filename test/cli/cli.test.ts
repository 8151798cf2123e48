import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'bitext-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const en = 'examples/seeds/en.txt';
const id = 'examples/seeds/id.txt';
const cacheEnv = { env: { BITEXT_QA_CACHE: join(dir, 'cache') } };

/** No stack traces: no "    at fn (file:line)" frames in what a user sees. */
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

// Most cases run in-process through `main(argv, io)`; these two spawn the real binary to prove that it
// starts, reads a pipe and files, prints, and exits with main's code (1 here).
describe('the bitext-qa binary', () => {
  it('split prints the sentence contract, from a file or stdin', async () => {
    const text = 'Dr. Smith arrived on Friday. He left at 5 p.m. and took the U.S. flag.\nRead more: Other news';
    const fromStdin = await spawnCli(['split', '-', '--lang', 'en'], { input: text });
    expect(fromStdin.code).toBe(0);
    const sentences = JSON.parse(fromStdin.stdout) as { text: string; start: number; end: number; lang: string; kind: string }[];
    expect(sentences.map((s) => s.text)).toEqual([
      'Dr. Smith arrived on Friday.',
      'He left at 5 p.m. and took the U.S. flag.',
      'Read more: Other news',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.kind)).toEqual(['body', 'body', 'boilerplate']);
  });

  it('exits 1 when findings reach --fail-on', async () => {
    const src = file('bin-src.txt', 'The company sold 1,500 cars in March 2021.');
    const bad = file('bin-bad.txt', 'Perusahaan itu menjual 1.800 mobil pada Maret 2021.');
    const result = await spawnCli(['compare', src, bad, '--from', 'en', '--to', 'id', '--mode', 'parallel', '--fail-on', 'error', '--quiet'], cacheEnv);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain('1.800');
  });
});

describe('bitext-qa CLI', () => {
  it('prints help with examples, and the main help with exit 2 when no command is given', async () => {
    const compareHelp = await runCli(['compare', '--help']);
    expect(compareHelp.code).toBe(0);
    expect(compareHelp.stdout).toContain('Examples:');
    expect(compareHelp.stdout).toContain('--fail-on');
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Commands:');
    const none = await runCli([]);
    expect(none).toEqual({ code: 2, stdout: '', stderr: help.stdout });
  });

  it('split reads standard input in-process too', async () => {
    const fromStdin = await runCli(['split', '-', '--lang', 'en'], { input: 'One. Two.' });
    expect(fromStdin.code).toBe(0);
    expect((JSON.parse(fromStdin.stdout) as { text: string }[]).map((s) => s.text)).toEqual(['One.', 'Two.']);
  });

  it('a bad --format is a usage error naming the formats', async () => {
    const result = await runCli(['compare', en, id, '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("bitext-qa: unknown --format 'pdf': use one of json, md, html, tsv, tmx.\n");
  });

  it('align --presplit prints beads with 0-based line numbers, blank lines included', async () => {
    const src = file('a.txt', 'The house is big.\n\nThe price was 300,000 euros in 2019.\n');
    const tgt = file('b.txt', 'Das Haus ist groß.\nDer Preis betrug 2019 300.000 Euro.\n');
    const result = await runCli(['align', src, tgt, '--presplit', '--mode', 'parallel', '--quiet'], cacheEnv);
    expect(result.code).toBe(0);
    const beads = JSON.parse(result.stdout) as { src: number[]; tgt: number[]; label: string }[];
    expect(beads.map((b) => [b.src, b.tgt])).toEqual([
      [[0], [0]],
      [[2], [1]],
    ]);
  });

  it('compare writes each format, inferred from --out, and a summary line', async () => {
    for (const ext of ['html', 'md', 'json', 'tsv', 'tmx']) {
      const out = join(dir, `report.${ext}`);
      const result = await runCli(['compare', en, id, '--out', out], cacheEnv);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/coverage \d+%/);
      const written = readFileSync(out, 'utf8');
      if (ext === 'html') expect(written).toMatch(/^<!doctype html>/i);
      if (ext === 'json') expect(JSON.parse(written).version).toMatch(/^\d+\.\d+\.\d+$/);
      if (ext === 'tmx') expect(written).toContain('<tmx version="1.4">');
    }
  });

  it('--fail-on gates a pipeline: exit 1 when findings reach the level, 0 when they do not', async () => {
    const src = file('fail-src.txt', 'The company sold 1,500 cars in March 2021.');
    const bad = file('fail-bad.txt', 'Perusahaan itu menjual 1.800 mobil pada Maret 2021.');
    const good = file('fail-good.txt', 'Perusahaan itu menjual 1.500 mobil pada Maret 2021.');
    const args = ['--from', 'en', '--to', 'id', '--mode', 'parallel', '--fail-on', 'error', '--quiet', '--format', 'json'];
    expect((await runCli(['compare', src, bad, ...args], cacheEnv)).code).toBe(1);
    expect((await runCli(['compare', src, good, ...args], cacheEnv)).code).toBe(0);
  });

  it.each([
    ['a missing file', () => [join(dir, 'missing.txt'), id], /missing\.txt: no such file/],
    ['a directory', () => [dir, id], /is a directory/],
    ['a binary file', () => [file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), id], /looks binary/],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9])), id], /not valid UTF-8/],
    ['UTF-16 with BOM', () => [file('utf16.txt', Buffer.from('\ufeffHello', 'utf16le')), id], /UTF-16/],
    ['an unknown option', () => [en, id, '--colour'], /unknown option '--colour'/],
    ['a bad --mode', () => [en, id, '--mode', 'fast'], /--mode 'fast' is not one of auto, parallel, comparable/],
    ['a report path in a missing directory', () => [en, id, '--out', join(dir, 'nope', 'r.html')], /does not exist/],
    ['two stdin inputs', () => ['-', '-'], /only one input/],
    ['UTF-16 without BOM', () => [file('utf16le.txt', Buffer.from('Hello, world.\n', 'utf16le')), id], /UTF-16LE.*iconv -f UTF-16LE -t UTF-8/],
    ['an unknown --out extension', () => [en, id, '--out', join(dir, 'report.docx')], /unknown extension '\.docx'.*\.json, \.md, \.html, \.tsv or \.tmx/],
    ['a --min-coverage that is not a share', () => [en, id, '--min-coverage', '150%'], /--min-coverage '150%' must be a share from 0 to 1/],
  ])('compare rejects %s with exit 2, one clear line, no stack trace', async (_name, args, message) => {
    const result = await runCli(['compare', ...args()], cacheEnv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    noStack(result.stderr);
    expect(result.stdout).toBe('');
  });

  it('an unreadable file is a clear error (when permissions apply)', async () => {
    const locked = file('locked.txt', 'secret');
    chmodSync(locked, 0o000);
    const result = await runCli(['split', locked]);
    // root reads anything: then the file is simply read.
    if (process.getuid?.() === 0) expect(result.code).toBe(0);
    else expect(result.stderr).toMatch(/permission denied/);
    noStack(result.stderr);
  });

  it('an empty side is a result, not a crash: everything on the other side is an omission', async () => {
    const empty = file('empty.txt', '');
    const result = await runCli(['compare', en, empty, '--format', 'json', '--out', join(dir, 'empty.json')], cacheEnv);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('is empty');
    const report = JSON.parse(readFileSync(join(dir, 'empty.json'), 'utf8'));
    expect(report.scores.coverage).toBe(0);
    expect(report.beads.every((b: { label: string }) => b.label === 'omission')).toBe(true);
  });

  it('--min-coverage: an empty translation fails it (exit 1) even without --fail-on', async () => {
    const empty = file('empty-target.txt', '');
    const result = await runCli(['compare', en, empty, '--min-coverage', '0.5', '--format', 'json', '--out', join(dir, 'cov.json')], cacheEnv);
    expect(result.code).toBe(1);
    const report = JSON.parse(readFileSync(join(dir, 'cov.json'), 'utf8'));
    expect(report.findings.filter((f: { code: string }) => f.code === 'coverage-below')).toEqual([
      expect.objectContaining({ severity: 'error', expected: '50 %', actual: '0 %' }),
    ]);
  });

  it('the same file given twice gets one identical-inputs finding, not one copied-source per sentence', async () => {
    const result = await runCli(['compare', en, en, '--format', 'json', '--out', join(dir, 'same.json')], cacheEnv);
    expect(result.code).toBe(0);
    const codes = JSON.parse(readFileSync(join(dir, 'same.json'), 'utf8')).findings.map((f: { code: string }) => f.code);
    expect(codes.filter((c: string) => c === 'identical-inputs')).toHaveLength(1);
    expect(codes).not.toContain('copied-source');
    expect(codes).not.toContain('untranslated');
  });

  it('model pull without network fails with the clear offline error', async () => {
    mkdirSync(join(dir, 'models-cache'), { recursive: true });
    const result = await runCli(['model', 'pull', 'Xenova/LaBSE', '--dir', join(dir, 'models-cache'), '--host', 'http://127.0.0.1:9/']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot download neural model "Xenova\/LaBSE"/);
    noStack(result.stderr);
  });

  it('neural without a model says which model, where it looked and what to do', async () => {
    const result = await runCli(['compare', en, id, '--embedder', 'neural', '--model', 'Xenova/LaBSE'], cacheEnv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Xenova/LaBSE');
    expect(result.stderr).toContain(join(dir, 'cache', 'models'));
    expect(result.stderr).toMatch(/model pull/);
    noStack(result.stderr);
  });
});
