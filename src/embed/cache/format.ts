// The on-disk format of one cache shard, as pure encode/decode functions.
//
//   offset  size        field
//   0       4           magic "BQEC"
//   4       1           format version (1)
//   5       3           reserved (0)
//   8       4           dim (u32 LE)
//   12      4           record count n (u32 LE)
//   16      16          first 16 bytes of sha256(embedder id)
//   32      n·(16+4·dim) records: 16-byte text key, then dim float32 LE
//   end-20  20          sha1 of everything before it
//
// A file that is short, long, of another version, dim or embedder, or whose checksum fails
// decodes to `undefined` and is treated as empty (then rewritten).
import { createHash } from 'node:crypto';
import { endianness } from 'node:os';

/** Float32Array memory can be copied as is when the host is little-endian (the file's order). */
const HOST_LE = endianness() === 'LE';

export const SHARD_MAGIC = 'BQEC';
export const SHARD_VERSION = 1;
/** Bytes of a text key (a truncated sha256 of the text). */
export const KEY_BYTES = 16;
const HEADER_BYTES = 32;
const CHECKSUM_BYTES = 20;

/** sha256 of `text`, truncated to {@link KEY_BYTES}, as hex (the record key). */
export const textKey = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, KEY_BYTES * 2);

/** First 16 bytes of sha256(id). */
const idDigest = (id: string): Buffer => createHash('sha256').update(id, 'utf8').digest().subarray(0, 16);

/** Encodes `records` (text key hex → vector of length `dim`) for embedder `id`. */
export function encodeShard(id: string, dim: number, records: ReadonlyMap<string, Float32Array>): Buffer {
  const recordBytes = KEY_BYTES + 4 * dim;
  const buf = Buffer.alloc(HEADER_BYTES + records.size * recordBytes + CHECKSUM_BYTES);
  buf.write(SHARD_MAGIC, 0, 'latin1');
  buf.writeUInt8(SHARD_VERSION, 4);
  buf.writeUInt32LE(dim, 8);
  buf.writeUInt32LE(records.size, 12);
  idDigest(id).copy(buf, 16);
  let offset = HEADER_BYTES;
  for (const [key, vector] of records) {
    buf.write(key, offset, KEY_BYTES, 'hex');
    offset += KEY_BYTES;
    if (HOST_LE) {
      Buffer.from(vector.buffer, vector.byteOffset, 4 * dim).copy(buf, offset);
      offset += 4 * dim;
    } else {
      for (let d = 0; d < dim; d++, offset += 4) buf.writeFloatLE(vector[d], offset);
    }
  }
  createHash('sha1').update(buf.subarray(0, offset)).digest().copy(buf, offset);
  return buf;
}

/** Decodes a shard written by {@link encodeShard} for the same `id` and `dim`; `undefined` if it is not one. */
export function decodeShard(buf: Buffer, id: string, dim: number): Map<string, Float32Array> | undefined {
  if (buf.length < HEADER_BYTES + CHECKSUM_BYTES) return undefined;
  if (buf.toString('latin1', 0, 4) !== SHARD_MAGIC || buf.readUInt8(4) !== SHARD_VERSION) return undefined;
  if (buf.readUInt32LE(8) !== dim || !buf.subarray(16, 32).equals(idDigest(id))) return undefined;
  const count = buf.readUInt32LE(12);
  const recordBytes = KEY_BYTES + 4 * dim;
  const end = HEADER_BYTES + count * recordBytes;
  if (buf.length !== end + CHECKSUM_BYTES) return undefined;
  if (!createHash('sha1').update(buf.subarray(0, end)).digest().equals(buf.subarray(end))) return undefined;
  const records = new Map<string, Float32Array>();
  for (let offset = HEADER_BYTES; offset < end; offset += recordBytes) {
    const vector = new Float32Array(dim);
    const at = offset + KEY_BYTES;
    if (HOST_LE) new Uint8Array(vector.buffer).set(buf.subarray(at, at + 4 * dim));
    else for (let d = 0; d < dim; d++) vector[d] = buf.readFloatLE(at + 4 * d);
    records.set(buf.toString('hex', offset, offset + KEY_BYTES), vector);
  }
  return records;
}
