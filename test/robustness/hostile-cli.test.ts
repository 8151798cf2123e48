// Hostile input through the CLI (in-process, through `main`): each input gives a correct result or one
// clear error line with exit code 2, never a stack trace. The hang guards on big inputs run the real
// binary in hostile-cli.slow.test.ts (`npm run test:slow`). Cases already in
// test/cli/cli.test.ts (compare with a missing file, a directory, binary, Latin-1, UTF-16 LE with a
// BOM, --out in a missing directory, split of an unreadable file, compare with an empty target) are
// not repeated here. Big outputs go to --out files, so the tests read what a user would open.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../cli/run.js';
import { expectNoStack, scratch } from './helpers.js';

const { dir, file } = scratch('bitext-hostile-');
const env = { env: { BITEXT_QA_CACHE: join(dir, 'cache') } };
const en = 'examples/seeds/en.txt';

/** Exit 2, a short message matching `message` on stderr, nothing on stdout, no stack trace. */
function expectClearError(result: CliResult, message: RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
  expect(result.stdout).toBe('');
  expectNoStack(result.stderr);
}

describe('split and align reject unreadable input with exit 2', () => {
  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['a directory', () => dir, /is a directory/],
    ['a binary file (PNG header)', () => file('x.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])), /looks binary/],
    ['invalid UTF-8 on line 3', () => file('bad3.txt', Buffer.concat([Buffer.from('one\ntwo\nthr'), Buffer.from([0xff, 0xfe, 0x41])])), /not valid UTF-8 \(at line 3/],
    ['a truncated UTF-8 sequence at the end', () => file('cut.txt', Buffer.concat([Buffer.from('caf'), Buffer.from([0xc3])])), /not valid UTF-8/],
    ['UTF-16 BE with a BOM', () => file('be.txt', Buffer.from([0xfe, 0xff, 0x00, 0x48, 0x00, 0x69])), /UTF-16/],
    ['UTF-16 LE without a BOM', () => file('le.txt', Buffer.from('Hello there.', 'utf16le')), /UTF-16LE text without a byte-order mark.*iconv -f UTF-16LE -t UTF-8/],
    ['an endless device (/dev/zero)', () => '/dev/zero', /looks binary/],
  ];

  it.each(bad)('split: %s', async (_label, path, message) => {
    expectClearError(await runCli(['split', path()]), message);
  });

  it.each(bad.filter((_, i) => i % 2 === 1))('align (as the target): %s', async (_label, path, message) => {
    expectClearError(await runCli(['align', en, path(), '--quiet'], env), message);
  });

  it('split from stdin: invalid UTF-8 names standard input', async () => {
    expectClearError(await runCli(['split', '-'], { input: Buffer.from([0x41, 0x80, 0x42]) }), /standard input is not valid UTF-8/);
  });

  it.each([
    ['split', ['split', en]],
    ['align', ['align', en, en, '--quiet']],
    ['compare', ['compare', en, en, '--quiet']],
  ])('%s --out into a missing directory or onto a directory is exit 2', async (_label, args) => {
    expectClearError(await runCli([...args, '--out', join(dir, 'missing', 'out.json')], env), /does not exist/);
    expectClearError(await runCli([...args, '--out', dir], env), /is a directory/);
  });

  // Permission denied: chmod cannot stop root (CI) from reading, so test/io/read.test.ts checks the
  // errno → message mapping directly, and test/cli/cli.test.ts that root simply reads the file.
});

describe('empty, white-space-only and special inputs give results', () => {
  it('compare of two empty files: exit 0, a warning for each, an empty JSON report', async () => {
    const empty = file('empty.txt', '');
    const out = join(dir, 'empty-both.json');
    const result = await runCli(['compare', empty, empty, '--out', out], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.match(/is empty/g)).toHaveLength(2);
    expectNoStack(result.stderr);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.beads).toEqual([]);
    expect(Object.values(report.scores).every((v) => Number.isFinite(v))).toBe(true);
  });

  it('compare of a white-space-only source against the seed: every target sentence is an addition', async () => {
    const blank = file('blank.txt', ' \r\n\t\n\u3000\n');
    const result = await runCli(['compare', blank, en, '--format', 'json', '--quiet'], env);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.source.sentences).toEqual([]);
    expect(report.beads.length).toBeGreaterThan(0);
    expect(report.beads.every((b: { label: string }) => b.label === 'addition')).toBe(true);
  });

  it('split and align of /dev/null are empty results', async () => {
    expect(await runCli(['split', '/dev/null'])).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(await runCli(['align', '/dev/null', '/dev/null', '--presplit', '--quiet'], env)).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('a UTF-8 BOM is dropped, and offsets index the text without it', async () => {
    const result = await runCli(['split', file('bom.txt', '\ufeffHello there. Bye.'), '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ text: 'Hello there.', start: 0, end: 12 });
  });

  it('align --presplit numbers lines the same whatever the line ends (CR, CRLF, LS)', async () => {
    const src = file('cr-src.txt', 'One house.\rTwo rivers.\r\rThree cities.');
    const tgt = file('cr-tgt.txt', 'Satu rumah.\r\nDua sungai.\u2028Tiga kota.');
    const result = await runCli(['align', src, tgt, '--presplit', '--mode', 'parallel', '--quiet'], env);
    expect(result.code, result.stderr).toBe(0);
    const beads = JSON.parse(result.stdout) as { src: number[]; tgt: number[] }[];
    expect(beads.flatMap((b) => b.src)).toEqual([0, 1, 3]);
    expect(beads.flatMap((b) => b.tgt)).toEqual([0, 1, 2]);
  });
});
