// Shard files on disk: where they are, reading them (anything unreadable counts as empty) and
// writing them atomically (temporary file + rename, so a reader or a second writer never sees half
// a file).
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeShard, encodeShard } from './format.js';

/** Shard files per embedder: texts are spread by the first byte of their key. */
export const SHARD_COUNT = 256;

/** The folder of one embedder's shards: a readable slug of its id plus a hash of the full id. */
export function embedderDir(root: string, id: string): string {
  const slug = id.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 60);
  return join(root, `${slug}-${createHash('sha256').update(id).digest('hex').slice(0, 12)}`);
}

/** The shard holding text key `key` (hex). */
export const shardName = (key: string): string => `${key.slice(0, 2)}.bqec`;

/** Reads a shard; a missing, unreadable, corrupt or truncated file gives an empty map. */
export function readShard(file: string, id: string, dim: number): Map<string, Float32Array> {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return new Map();
  }
  return decodeShard(buf, id, dim) ?? new Map();
}

/**
 * Merges `records` into the shard at `file` (re-reading it first, so records another process wrote
 * meanwhile are kept) and replaces it atomically. Throws if the folder cannot be written.
 */
export function writeShard(file: string, id: string, dim: number, records: ReadonlyMap<string, Float32Array>): void {
  const merged = readShard(file, id, dim);
  for (const [key, vector] of records) merged.set(key, vector);
  const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, encodeShard(id, dim, merged));
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** Creates `dir`; `false` when it cannot be (read-only disk, a file in the way…). */
export function ensureDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    return true;
  } catch {
    return false;
  }
}
