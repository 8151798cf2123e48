// Installed dictd dictionaries for a pair: found by name in either direction, skipped when the
// shipped lexicons were built from them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictdFolders, installedDictionaries } from '../../src/lexicon/installed.js';

describe('installed dictionaries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bqa-dictd-'));
  for (const name of ['freedict-hun-eng', 'other-eng-hun', 'freedict-eng-ind', 'freedict-deu-eng']) {
    writeFileSync(join(dir, `${name}.index`), 'a\tA\tB\n');
    writeFileSync(join(dir, `${name}.dict`), 'a\nb\n');
  }

  it('finds both directions of the pair, by three-letter codes', () => {
    expect(installedDictionaries('en', 'hu', [dir])).toEqual([join(dir, 'freedict-hun-eng.index'), join(dir, 'other-eng-hun.index')]);
    expect(installedDictionaries('hu', 'en', [dir])).toEqual([join(dir, 'freedict-hun-eng.index'), join(dir, 'other-eng-hun.index')]);
  });

  it('skips what the shipped lexicons were built from (freedict-eng-ind) and unknown languages', () => {
    expect(installedDictionaries('en', 'id', [dir])).toEqual([]);
    expect(installedDictionaries('en', 'qq', [dir])).toEqual([]);
  });

  it('searches $DICTD_PATH before /usr/share/dictd', () => {
    expect(dictdFolders({ DICTD_PATH: `${dir}:/opt/dict` })).toEqual([dir, '/opt/dict', '/usr/share/dictd']);
  });
});
