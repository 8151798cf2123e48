// A short content hash of a model directory: it goes into the embedder id, which keys the
// embedding cache, so changing the model files (or the pooling) invalidates cached vectors.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelLocation } from './paths.js';

/** Bytes hashed at each end of the ONNX file (hashing all of a 500 MB model would cost a second). */
const EDGE_BYTES = 1 << 20;

function hashEdges(file: string, hash: ReturnType<typeof createHash>): void {
  const size = statSync(file).size;
  hash.update(`size:${size};`);
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(EDGE_BYTES, size));
    readSync(fd, head, 0, head.length, 0);
    hash.update(head);
    if (size > EDGE_BYTES) {
      const tail = Buffer.alloc(Math.min(EDGE_BYTES, size - EDGE_BYTES));
      readSync(fd, tail, 0, tail.length, size - tail.length);
      hash.update(tail);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * 12 hex digits of sha256 over config.json, tokenizer.json, tokenizer_config.json, the ONNX file
 * (size and its first and last MiB) and `extra` (e.g. the pooling).
 */
export function modelFingerprint(location: ModelLocation, extra = ''): string {
  const hash = createHash('sha256');
  for (const f of ['config.json', 'tokenizer.json', 'tokenizer_config.json']) {
    hash.update(`${f}:`).update(readFileSync(join(location.dir, f)));
  }
  hashEdges(location.onnxFile, hash);
  hash.update(`extra:${extra}`);
  return hash.digest('hex').slice(0, 12);
}

/** The vector width a model's config.json declares. */
export function configDim(dir: string): number | undefined {
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;
  for (const key of ['hidden_size', 'd_model', 'dim', 'n_embd']) {
    const v = config[key];
    if (typeof v === 'number' && Number.isInteger(v) && v > 0) return v;
  }
  return undefined;
}
