// `--dict FILE` (repeatable) and `--no-dict` on `bitext-qa compare`: the report's embedder id names
// what was used, and a malformed dictionary is one clear line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'bqa-cli-dict-'));
const src = join(dir, 'src.txt');
const tgt = join(dir, 'tgt.txt');
writeFileSync(src, 'The cat sleeps under the old table.\n\nThe dog barks at the postman every morning.\n');
writeFileSync(tgt, 'Kissa nukkuu vanhan pöydän alla.\n\nKoira haukkuu postinkantajalle joka aamu.\n');
const good = join(dir, 'animals.tsv');
writeFileSync(good, 'cat\tkissa\ndog\tkoira\n');
const bad = join(dir, 'broken.tsv');
writeFileSync(bad, 'cat\tkissa\ndog koira\n');

const idOf = (stdout: string): string => (JSON.parse(stdout) as { embedder: { id: string } }).embedder.id;

describe('compare --dict / --no-dict', () => {
  it('--dict adds a dictionary and the report names it; --no-dict uses none', async () => {
    const args = ['compare', src, tgt, '--from', 'en', '--to', 'fi', '--mode', 'parallel', '--format', 'json', '--quiet'];
    const withDict = await runCli([...args, '--dict', good]);
    expect(withDict.code).toBe(0);
    // en–fi also has the shipped lexicon (`+lex:en,fi`); the user file comes after it.
    expect(idOf(withDict.stdout)).toBe('lexical@1:d2048:parallel+lex:en,fi+dict:animals.tsv');
    const none = await runCli([...args, '--no-dict']);
    expect(idOf(none.stdout)).toBe('lexical@1:d2048:parallel');
  });

  it('a malformed dictionary is one line naming the file and line, exit code 1 or 2', async () => {
    const r = await runCli(['compare', src, tgt, '--from', 'en', '--to', 'fi', '--quiet', '--dict', bad]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`Dictionary ${bad}, line 2: expected "source<TAB>target"`);
  });

  it('--dict and --no-dict together are a usage error', async () => {
    const r = await runCli(['compare', src, tgt, '--no-dict', '--dict', good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dict and --no-dict contradict each other');
  });
});
