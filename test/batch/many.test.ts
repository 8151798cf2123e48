import { describe, expect, it } from 'vitest';
import { compareMany, type PairResult } from '../../src/index.js';
import { OptionError } from '../../src/errors.js';

const EN = 'The minister met 12 farmers in Jakarta on 4 January 2023. Prices rose by 5 percent.';
const ID = 'Menteri bertemu 12 petani di Jakarta pada 4 Januari 2023. Harga naik 5 persen.';

describe('compareMany', () => {
  it('yields every pair once with its report; a failing pair is a result, not an exception', async () => {
    const pairs = [
      { id: 'a', source: EN, target: ID },
      { id: 'b', source: EN, target: ID.replace('12', '13') },
      { id: 'bad', source: EN, target: ID, mode: 'sideways' as 'parallel' },
    ];
    const results: PairResult[] = [];
    for await (const r of compareMany(pairs, { concurrency: 2, from: 'en', to: 'id', mode: 'parallel' })) results.push(r);
    expect(results.map((r) => r.id).sort()).toEqual(['a', 'b', 'bad']);
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId.a).toMatchObject({ ok: true, mode: 'parallel', counts: { error: 0 } });
    expect(byId.a!.report!.source.lang).toBe('en');
    // 12 → 13 is a number mismatch, an error.
    expect(byId.b!.report!.findings.map((f) => f.code)).toContain('number-mismatch');
    expect(byId.bad).toMatchObject({ ok: false, error: "mode 'sideways' is not one of auto, parallel, comparable." });
    expect(byId.bad!.report).toBeUndefined();
  });

  it('stops on abort: the iteration throws the reason', async () => {
    const controller = new AbortController();
    const pairs = Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, source: EN, target: ID }));
    const seen: string[] = [];
    const run = async () => {
      for await (const r of compareMany(pairs, { concurrency: 2, signal: controller.signal })) {
        seen.push(r.id);
        controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(seen).toHaveLength(1);
  });

  it('refuses what cannot cross into a worker thread, and a bad concurrency', async () => {
    const embedder = { id: 'mine', dim: 2, embed: async () => [] };
    expect(() => compareMany([], { embedder: embedder as never })).toThrow(OptionError);
    const iterate = async (concurrency: number) => {
      for await (const _ of compareMany([{ id: 'a', source: EN, target: ID }], { concurrency })) void _;
    };
    await expect(iterate(0)).rejects.toThrow('concurrency 0 must be a whole number of at least 1.');
  });
});
