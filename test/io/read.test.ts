import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { binaryOffset, decodeText, readError, readTextFile } from '../../src/io/read.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8 and drops a UTF-8 BOM', () => {
    expect(decodeText(bytes('Größe 5 %'), 'a.txt')).toBe('Größe 5 %');
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Hello'), 'a.txt')).toBe('Hello');
  });

  it('accepts an empty file as empty text', () => {
    expect(decodeText(new Uint8Array(0), 'a.txt')).toBe('');
  });

  it.each([
    ['NUL byte (binary)', bytes('PK', [0, 0, 3]), /looks binary.*line 1, byte 3/],
    ['UTF-16 LE with BOM', Buffer.from([0xff, 0xfe, 0x48, 0x00]), /UTF-16.*iconv/],
    ['UTF-16 BE with BOM', Buffer.from([0xfe, 0xff, 0x00, 0x48]), /UTF-16/],
    ['Latin-1 byte', bytes('ok\nCaf', [0xe9], ' noir'), /not valid UTF-8 \(at line 2, byte 4\)/],
    ['truncated sequence', bytes('abc', [0xe2, 0x82]), /not valid UTF-8/],
    ['overlong encoding', bytes([0xc0, 0xaf]), /not valid UTF-8/],
  ])('rejects %s with a message naming the file', (_name, input, message) => {
    expect(() => decodeText(input, 'doc.txt')).toThrow(InputError);
    expect(() => decodeText(input, 'doc.txt')).toThrow(message);
    expect(() => decodeText(input, 'doc.txt')).toThrow(/doc\.txt/);
  });

  // UTF-16 without a byte-order mark: Buffer.from(text, 'utf16le') is little-endian; swapping each
  // byte pair gives big-endian. 'Já, ég' has only Latin-1 letters, so every high byte is 0.
  const le = Buffer.from('Já, ég kem á morgun.\n', 'utf16le');
  const be = Buffer.from(le).swap16();
  it.each([
    ['UTF-16LE', le, 'doc.txt', 'iconv -f UTF-16LE -t UTF-8 doc.txt > doc.utf8.txt'],
    ['UTF-16BE', be, 'doc.txt', 'iconv -f UTF-16BE -t UTF-8 doc.txt > doc.utf8.txt'],
    ['UTF-16LE', le, 'standard input', 'iconv -f UTF-16LE -t UTF-8 in.txt > out.txt'],
  ])('recognises %s without a byte-order mark in %s and gives the iconv command', (encoding, input, name, command) => {
    expect(() => decodeText(input, name)).toThrow(InputError);
    expect(() => decodeText(input, name)).toThrow(`looks like ${encoding} text without a byte-order mark`);
    expect(() => decodeText(input, name)).toThrow(command);
  });

  // The converted file keeps the input's extension, so `story.html` is still read as a web page; a
  // name the shell would split is quoted, and every encoding problem gives the same form of command.
  it.each([
    ['a BOM', 'story.html', Buffer.from([0xff, 0xfe, 0x48, 0x00]), 'iconv -f UTF-16 -t UTF-8 story.html > story.utf8.html'],
    ['no BOM', 'my notes.md', le, "iconv -f UTF-16LE -t UTF-8 'my notes.md' > 'my notes.utf8.md'"],
    ['Latin-1', 'README', bytes('Caf', [0xe9]), 'iconv -f WINDOWS-1252 -t UTF-8 README > README.utf8'],
    ['Latin-1', 'standard input', bytes('Caf', [0xe9]), 'iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt'],
  ])('gives a runnable iconv command into a file beside the input (%s, %s)', (_kind, name, input, command) => {
    expect(() => decodeText(input, name)).toThrow(`\`${command}\``);
  });

  it('does not take UTF-8 text, or binary with a few NUL bytes, for UTF-16', () => {
    expect(decodeText(bytes('Ísland og Danmörk'), 'a.txt')).toBe('Ísland og Danmörk');
    // A zip header: NUL bytes, but not every other byte.
    expect(() => decodeText(bytes('PK', [3, 4, 20, 0, 0, 0, 8, 0], 'abcdefgh'), 'a.zip')).toThrow(/looks binary/);
  });

  it('rejects input over the size limit', () => {
    expect(() => decodeText(bytes('x'.repeat(100)), 'big.txt', { maxBytes: 10 })).toThrow(/over the .* limit/);
  });
});

describe('readTextFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-read-'));

  it('reads a file', () => {
    writeFileSync(join(dir, 'a.txt'), 'Halo dunia.');
    expect(readTextFile(join(dir, 'a.txt'))).toBe('Halo dunia.');
  });

  it('names a missing file', () => {
    expect(() => readTextFile(join(dir, 'nope.txt'))).toThrow(/nope\.txt: no such file/);
  });

  it('refuses a directory', () => {
    mkdirSync(join(dir, 'sub'));
    expect(() => readTextFile(join(dir, 'sub'))).toThrow(/is a directory/);
  });
});

describe('readError', () => {
  // As root (CI), chmod cannot make a file unreadable, so the errno mapping is tested directly.
  it.each([
    ['EACCES', /a\.txt: permission denied\. Make the file readable\./],
    ['EPERM', /permission denied/],
    ['ENOENT', /a\.txt: no such file/],
    ['EISDIR', /is a directory/],
    ['EIO', /a\.txt cannot be read \(EIO\)/],
  ])('%s says what to do', (code, message) => {
    const error = readError('a.txt', Object.assign(new Error('x'), { code }));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(message);
  });
});


describe('binaryOffset', () => {
  it('finds the first NUL byte, or the first control byte when they are more than 1 in 100 of the head', () => {
    // NUL at index 2 comes before the control byte 0x03 at index 4.
    expect(binaryOffset(bytes('PK', [0, 0, 3]))).toBe(2);
    // No NUL; 0x02 and 0x7f are 2 control bytes in 6, the first at index 1.
    expect(binaryOffset(bytes([0x8f, 0x02, 0xe9], 'A', [0x7f], 'B'))).toBe(1);
    // Tab, line feed, carriage return, form feed and escape are text.
    expect(binaryOffset(bytes('a\tb\r\nc\fd\u001b[0m'))).toBe(-1);
    // One BEL in 201 bytes is under 1 in 100: a stray character in text, left to the reader.
    expect(binaryOffset(bytes('x'.repeat(200), [0x07]))).toBe(-1);
  });
});
