// Shards: `--shard i/n` takes the pairs whose id hashes to i modulo n, so n machines (a Kubernetes
// Indexed Job, a Slurm array, GNU parallel) can run one manifest with i = 0..n-1 and no coordination.
import { OptionError } from '../errors.js';

export interface Shard {
  /** 0-based index of this shard. */
  index: number;
  /** Number of shards. */
  count: number;
}

/** Parses `i/n` (0 ≤ i < n). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) {
    throw new OptionError(`--shard '${text}' must be i/n with 0 ≤ i < n, e.g. --shard 0/4 … --shard 3/4.`);
  }
  return { index, count };
}

/** FNV-1a (32 bits) over the UTF-8 bytes of `text`: the same number on every machine and Node version. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Whether the pair `id` belongs to `shard` (every id belongs to exactly one shard of n). */
export const inShard = (id: string, shard: Shard): boolean => fnv1a(id) % shard.count === shard.index;

/** The results file of a shard: `results-<i>-of-<n>.jsonl`, or `results.jsonl` unsharded. */
export const resultsFileName = (shard?: Shard): string =>
  shard ? `results-${shard.index}-of-${shard.count}.jsonl` : 'results.jsonl';
