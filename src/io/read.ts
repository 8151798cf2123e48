import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors.js';

/** Largest input accepted, in bytes. Past this, split the document or raise the limit. */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 2 ** 20;

export interface DecodeOptions {
  /**
   * Largest input accepted, in bytes.
   * @default DEFAULT_MAX_INPUT_BYTES (256 MiB)
   */
  maxBytes?: number;
  /**
   * What the error for binary bytes says after "NAME looks binary (…);": what to give instead.
   * @default 'bitext-qa reads plain UTF-8 text. Extract the text first.'
   */
  binaryHint?: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** 1-based line and column of a byte offset, for error messages. */
function lineAndColumn(bytes: Uint8Array, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, byte ${offset - lineStart + 1}`;
}

/** A C0 control byte or DEL that text does not hold (tab, line breaks, form feed and escape are text). */
const isControl = (b: number): boolean => (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) || b === 0x7f;

/**
 * Offset of the byte that shows `bytes` are binary rather than text, or -1: the first NUL byte, or the
 * first control byte when control bytes are more than 1 in 100 of the first 4 KiB (random or
 * compressed data holds about 1 in 10; text holds none, or a stray one that is left alone).
 */
export function binaryOffset(bytes: Uint8Array): number {
  const nul = bytes.indexOf(0);
  const head = bytes.subarray(0, 4096);
  let controls = 0;
  let first = -1;
  for (let i = 0; i < head.length; i++) {
    if (!isControl(head[i])) continue;
    controls++;
    if (first < 0) first = i;
  }
  const control = controls * 100 > head.length ? first : -1;
  return nul < 0 ? control : control < 0 ? nul : Math.min(nul, control);
}

/** First offset at which `bytes` stops being valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes would be O(n log n); a linear scan of lead/continuation bytes is enough.
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    if (len > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + len));
      } catch {
        return i;
      }
    }
    i += len;
  }
  return -1;
}

/**
 * `UTF-16LE` or `UTF-16BE` when `bytes` (without a byte-order mark) read like UTF-16: in text of Latin
 * or Cyrillic letters every other byte is 0 (the high byte of each code unit). Judged on the first 4 KiB:
 * at least a third of the code units have a 0 high byte and almost no low byte is 0.
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const units = n / 2;
  if (odd >= units / 3 && even <= units / 50) return 'UTF-16LE';
  if (even >= units / 3 && odd <= units / 50) return 'UTF-16BE';
  return undefined;
}

/**
 * The `iconv` command that converts `name` from `encoding` to UTF-8, into a file beside it that keeps
 * its extension (`story.html` → `story.utf8.html`, still read as a web page); for standard input, a
 * placeholder pair of names. Quoted for the shell when the name needs it.
 */
export function iconvHint(encoding: string, name: string): string {
  if (name === 'standard input') return `iconv -f ${encoding} -t UTF-8 in.txt > out.txt`;
  const ext = extname(name);
  const out = `${name.slice(0, name.length - ext.length)}.utf8${ext}`;
  const quote = (s: string) => (/^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
  return `iconv -f ${encoding} -t UTF-8 ${quote(name)} > ${quote(out)}`;
}

/**
 * Decodes a file's bytes as UTF-8 text. A UTF-8 byte-order mark is dropped. Anything that is not
 * UTF-8 text (binary bytes as `binaryOffset` finds them, UTF-16 with or without a byte-order mark, invalid sequences) is an
 * `InputError` that names the file and says how to fix it (the `iconv` command for UTF-16);
 * nothing is ever decoded into garbage.
 */
export function decodeText(bytes: Uint8Array, name: string, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (bytes.length > maxBytes) {
    throw new InputError(
      `${name} is ${(bytes.length / 2 ** 20).toFixed(0)} MiB, over the ${(maxBytes / 2 ** 20).toFixed(0)} MiB limit: split it into smaller documents.`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(
      `${name} is UTF-16 text; bitext-qa reads UTF-8. Convert it first: \`${iconvHint('UTF-16', name)}\`.`,
    );
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) {
    throw new InputError(
      `${name} looks like ${utf16} text without a byte-order mark; bitext-qa reads UTF-8. Convert it first: \`${iconvHint(utf16, name)}\`.`,
    );
  }
  const binary = binaryOffset(bytes);
  if (binary !== -1) {
    const what = bytes[binary] === 0 ? 'a NUL byte' : 'a control byte';
    const hint = options.binaryHint ?? 'bitext-qa reads plain UTF-8 text. Extract the text first.';
    throw new InputError(`${name} looks binary (${what} at ${lineAndColumn(bytes, binary)}); ${hint}`);
  }
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    throw new InputError(
      `${name} is not valid UTF-8 (at ${lineAndColumn(body, Math.max(0, at))}). Save it as UTF-8, e.g. from Latin-1 or Windows-1252: \`${iconvHint('WINDOWS-1252', name)}\`.`,
    );
  }
}

/**
 * Reads something that is not a regular file (a character device such as /dev/zero, a pipe from
 * `<(…)`) in chunks, stopping at the first NUL byte or once past `maxBytes`: `decodeText` then
 * reports it as binary or too large, instead of reading an endless device until memory runs out.
 */
function readSpecial(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes || chunk.subarray(0, n).includes(0)) break;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** The `InputError` for a file system error while reading `path`: what went wrong and what to do. */
export function readError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError(`${path}: no such file. Check the path.`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: permission denied. Make the file readable.`);
  if (code === 'EISDIR') return new InputError(`${path} is a directory; give a text file.`);
  return new InputError(`${path} cannot be read (${code ?? String(error)}).`);
}

/** Reads a UTF-8 text file with the checks of `decodeText`; every failure is an `InputError` naming the path. */
export function readTextFile(path: string, options: DecodeOptions = {}): string {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path} is a directory; give a text file.`);
    bytes = stat.isFile() ? readFileSync(path) : readSpecial(path, options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw readError(path, error);
  }
  return decodeText(bytes, path, options);
}

/** Reads all of standard input (or `stream`) as UTF-8 text (for `-` in the CLI). */
export async function readStdin(options: DecodeOptions = {}, stream: AsyncIterable<Uint8Array | string> = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return decodeText(Buffer.concat(chunks), 'standard input', options);
}
