// A dictionary given by mistake (a folder, random bytes, a Latin-1 file) is one clear InputError that
// says what to give, and never echoes raw control or replacement characters.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readDictionary } from '../../src/lexicon/read.js';

const dir = mkdtempSync(join(tmpdir(), 'bqa-dict-errors-'));

/** The message `readDictionary(path)` throws (fails the test when it returns). */
function errorOf(path: string): string {
  try {
    readDictionary(path);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error(`readDictionary(${path}) did not throw`);
}

/** C0 controls other than tab and line feed, DEL, and the replacement character U+FFFD. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/;

/** Bytes that read like random data: 10 bytes, 3 of them control bytes (0x02, 0x11, 0x7f) and no NUL, with a tab and line feeds as a TSV line would have. */
const NOISE = Buffer.from([0x8f, 0x02, 0xe9, 0x41, 0x09, 0x11, 0x42, 0x0a, 0x7f, 0x0a]);

describe('dictionary file errors', () => {
  it('a folder is named a folder, with the formats to give', () => {
    const folder = join(dir, 'adir');
    mkdirSync(folder);
    const message = errorOf(folder);
    expect(message).toContain(`Dictionary ${folder} is a folder`);
    expect(message).toContain('a .tsv file (source<TAB>target), a TEI .tei or .xml file, or a dictd .index file');
    expect(message).not.toContain('no such file');
  });

  it.each(['bin.dat', 'bin.tei', 'bin.index'])('random bytes in %s look binary, not a dictionary, and are not echoed', (name) => {
    const file = join(dir, name);
    writeFileSync(file, NOISE);
    if (name.endsWith('.index')) writeFileSync(join(dir, 'bin.dict'), 'x');
    const message = errorOf(file);
    // The first control byte, 0x02, is the 2nd byte of line 1.
    expect(message).toBe(`${file} looks binary (a control byte at line 1, byte 2); it is not a dictionary. Give ` +
      'a .tsv file (source<TAB>target), a TEI .tei or .xml file, or a dictd .index file with its .dict or .dict.dz beside it (for Chinese, CC-CEDICT\'s .u8 file).');
    expect(message).not.toMatch(RAW);
  });

  it('a Latin-1 file is not valid UTF-8, with the command that converts it (not read as replacement characters)', () => {
    const file = join(dir, 'latin1.tsv');
    writeFileSync(file, Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('\tkafe\n')]));
    // 0xe9 (é in Latin-1) is the 4th byte of line 1.
    expect(errorOf(file)).toMatch(/latin1\.tsv is not valid UTF-8 \(at line 1, byte 4\).*iconv -f WINDOWS-1252/);
  });

  it('a stray control character in a text line is escaped in the line the error quotes', () => {
    const file = join(dir, 'bell.tsv');
    // 20 good lines (220 bytes) then one with a BEL (0x07) instead of a tab: 1 control byte in 230 is
    // under 1 in 100, so the file is text and the TSV reader names line 21.
    writeFileSync(file, `${'lintu\tbird\n'.repeat(20)}kala\u0007fish\n`);
    const message = errorOf(file);
    expect(message).toBe(`Dictionary ${file}, line 21: expected "source<TAB>target", got "kala\\u0007fish".`);
    expect(message).not.toMatch(RAW);
  });
});
