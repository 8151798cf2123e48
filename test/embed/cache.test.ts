// The embedding cache: hits and misses, damaged files, an unwritable folder, two writers at once.
import { mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCache } from '../../src/embed/cache/index.js';
import { decodeShard, encodeShard, textKey } from '../../src/embed/cache/format.js';
import { embedderDir } from '../../src/embed/cache/store.js';
import type { Embedder } from '../../src/embed/types.js';

const DIM = 8;

/** A deterministic embedder that counts the texts it is asked to embed. */
function countingEmbedder(id = 'test:counting@1'): Embedder & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id,
    dim: DIM,
    calls,
    async embed(texts) {
      calls.push([...texts]);
      return texts.map((t) => fakeVector(t));
    },
  };
}

function fakeVector(text: string): Float32Array {
  const v = Float32Array.from({ length: DIM }, (_, i) => ((text.charCodeAt(i % Math.max(1, text.length)) || 1) * (i + 1)) % 17);
  const n = Math.hypot(...v) || 1;
  return v.map((x) => x / n);
}

const texts = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} about the ${i % 3 ? 'river' : 'city'}.`);
let root: string;
const fresh = () => mkdtempSync(join(root, 'c-'));
const shardFiles = (dir: string, id: string) => readdirSync(embedderDir(dir, id)).map((f) => join(embedderDir(dir, id), f));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bitext-cache-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('withCache', () => {
  it('embeds nothing on a second run over the same texts, and the vectors are the same', async () => {
    const dir = fresh();
    const first = countingEmbedder();
    const a = await withCache(first, { dir }).embed(texts);
    expect(first.calls.flat()).toHaveLength(texts.length);
    const second = countingEmbedder();
    const cached = withCache(second, { dir });
    const b = await cached.embed(texts);
    expect(second.calls).toEqual([]);
    expect(cached.stats).toMatchObject({ hits: texts.length, misses: 0 });
    expect(b.map((v) => Array.from(v))).toEqual(a.map((v) => Array.from(v)));
  });

  it('embeds only the new texts, each once, and keeps the order of the call', async () => {
    const dir = fresh();
    await withCache(countingEmbedder(), { dir }).embed(texts.slice(0, 10));
    const inner = countingEmbedder();
    const mixed = [texts[12], texts[3], texts[12], texts[11], texts[0]];
    const out = await withCache(inner, { dir }).embed(mixed);
    expect(inner.calls).toEqual([[texts[12], texts[11]]]);
    expect(out.map((v) => Array.from(v))).toEqual(mixed.map((t) => Array.from(fakeVector(t))));
  });

  it('keeps embedders apart by id', async () => {
    const dir = fresh();
    await withCache(countingEmbedder('a@1'), { dir }).embed(texts);
    const other = countingEmbedder('a@2');
    await withCache(other, { dir }).embed(texts);
    expect(other.calls.flat()).toHaveLength(texts.length);
  });

  it('reports progress over all texts, hits first, ending at the total', async () => {
    const dir = fresh();
    await withCache(countingEmbedder(), { dir }).embed(texts.slice(0, 30));
    const seen: [number, number][] = [];
    await withCache(countingEmbedder(), { dir }).embed(texts, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([
      [30, 40],
      [40, 40],
    ]);
    const allHits: [number, number][] = [];
    await withCache(countingEmbedder(), { dir }).embed(texts, { onProgress: (d, t) => allHits.push([d, t]) });
    expect(allHits).toEqual([[40, 40]]);
  });

  it.each([
    ['garbage', (file: string) => writeFileSync(file, 'not a cache file at all')],
    ['truncated', (file: string) => truncateSync(file, readFileSync(file).length - 7)],
    ['a flipped byte', (file: string) => {
      const buf = readFileSync(file);
      buf[40] ^= 0xff;
      writeFileSync(file, buf);
    }],
    ['empty', (file: string) => writeFileSync(file, '')],
  ])('ignores a %s shard, re-embeds its texts and rewrites it', async (_name, damage) => {
    const dir = fresh();
    const id = 'test:counting@1';
    await withCache(countingEmbedder(id), { dir }).embed(texts);
    const files = shardFiles(dir, id);
    damage(files[0]);
    const inner = countingEmbedder(id);
    const out = await withCache(inner, { dir }).embed(texts);
    expect(out.map((v) => Array.from(v))).toEqual(texts.map((t) => Array.from(fakeVector(t))));
    const redone = inner.calls.flat();
    expect(redone.length).toBeGreaterThan(0);
    expect(redone.length).toBeLessThan(texts.length);
    const third = countingEmbedder(id);
    await withCache(third, { dir }).embed(texts);
    expect(third.calls).toEqual([]);
  });

  it('works, without writing, when the cache folder cannot be created', async () => {
    const file = join(fresh(), 'a-file');
    writeFileSync(file, 'x');
    const inner = countingEmbedder();
    const cached = withCache(inner, { dir: join(file, 'cache') });
    const out = await cached.embed(texts);
    expect(out.map((v) => Array.from(v))).toEqual(texts.map((t) => Array.from(fakeVector(t))));
    expect(cached.stats.writable).toBe(false);
    await cached.embed(texts);
    expect(inner.calls).toHaveLength(2);
  });

  it('passes everything through when disabled', async () => {
    const dir = fresh();
    const inner = countingEmbedder();
    const off = withCache(inner, { dir, enabled: false });
    await off.embed(texts);
    await off.embed(texts);
    expect(inner.calls).toHaveLength(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  // Two processes writing one cache at once: cache.slow.test.ts (`npm run test:slow`).
});

describe('shard format', () => {
  it('round-trips and rejects another id or dim', () => {
    const records = new Map([[textKey('hello'), Float32Array.from({ length: DIM }, (_, i) => i / 10)]]);
    const buf = encodeShard('x@1', DIM, records);
    expect([...(decodeShard(buf, 'x@1', DIM)?.get(textKey('hello')) ?? [])]).toEqual([...records.get(textKey('hello'))!]);
    expect(decodeShard(buf, 'x@2', DIM)).toBeUndefined();
    expect(decodeShard(buf, 'x@1', DIM + 1)).toBeUndefined();
    expect(decodeShard(Buffer.concat([buf, Buffer.from([0])]), 'x@1', DIM)).toBeUndefined();
  });
});
