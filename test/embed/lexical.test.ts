import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICAL_OPTIONS, createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import { OptionError } from '../../src/errors.js';

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};
const norm = (a: Float32Array): number => Math.sqrt(dot(a, a));
const embedder = createLexicalEmbedder();
async function sim(a: string, b: string): Promise<number> {
  const [x, y] = await embedder.embed([a, b]);
  return dot(x!, y!);
}

describe('createLexicalEmbedder: contract', () => {
  it('has an id naming version and dimension, and the default dimension', () => {
    expect(embedder.id).toBe(`lexical@1:d${DEFAULT_LEXICAL_OPTIONS.dim}`);
    expect(embedder.dim).toBe(DEFAULT_LEXICAL_OPTIONS.dim);
  });

  it('changes the id whenever the vectors would change', () => {
    const ids = [
      createLexicalEmbedder({ dim: 256 }).id,
      createLexicalEmbedder({ weights: { number: 3 } }).id,
      createLexicalEmbedder({ ngramMax: 4 }).id,
      createLexicalEmbedder({ batchIdf: true }).id,
    ];
    expect(new Set([...ids, embedder.id]).size).toBe(5);
    expect(createLexicalEmbedder({ chunkSize: 7, weights: { number: DEFAULT_LEXICAL_OPTIONS.weights.number } }).id).toBe(embedder.id);
  });

  it.each([
    [{ dim: 0 }],
    [{ dim: 1.5 }],
    [{ ngramMin: 0 }],
    [{ ngramMin: 4, ngramMax: 3 }],
    [{ weights: { name: -1 } }],
    [{ weights: { nope: 1 } as never }],
    [{ stopwordFactor: Number.NaN }],
    [{ chunkSize: 0 }],
  ])('rejects %j with an OptionError', (options) => {
    expect(() => createLexicalEmbedder(options)).toThrow(OptionError);
  });

  it('returns unit vectors of length dim, and the zero vector for blank text only', async () => {
    const texts = ['Hello world.', '—', '...', '北京', '2023', '@x', '', '   \n\t'];
    const vecs = await embedder.embed(texts);
    expect(vecs).toHaveLength(texts.length);
    vecs.forEach((v, i) => {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v.length).toBe(embedder.dim);
      expect(norm(v)).toBeCloseTo(texts[i]!.trim() === '' ? 0 : 1, 5);
    });
  });

  it('never produces NaN and keeps norm 1 or 0 for arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 80 }), { maxLength: 8 }), async (texts) => {
        const vecs = await embedder.embed(texts);
        for (const v of vecs) {
          expect(v.every(Number.isFinite)).toBe(true);
          const n = norm(v);
          expect(Math.abs(n - 1) < 1e-4 || n === 0).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('works with a dimension that is not a power of two', async () => {
    const e = createLexicalEmbedder({ dim: 300 });
    const [v] = await e.embed(['Delcy Rodríguez met Yvan Gil Pinto in 2023.']);
    expect(v!.length).toBe(300);
    expect(norm(v!)).toBeCloseTo(1, 5);
  });

  it('is deterministic, and a vector does not depend on the rest of the batch', async () => {
    const text = 'Maduro met Amir-Abdollahian in Caracas on 4 February 2023.';
    const [a] = await embedder.embed([text]);
    const b = (await createLexicalEmbedder().embed(['Something else entirely.', text, 'Noch etwas.']))[1];
    expect(Array.from(b!)).toEqual(Array.from(a!));
  });

  it('gives the same vectors in large batches (where words are memoised) as alone', async () => {
    const texts = Array.from({ length: 1500 }, (_, i) => `Maduro met Rodríguez ${i} times; the talks on cooperation went on (${i % 7}).`);
    const big = await embedder.embed(texts);
    for (const i of [0, 1, 777, 1499]) {
      const [alone] = await embedder.embed([texts[i]!]);
      expect(Array.from(big[i]!)).toEqual(Array.from(alone!));
    }
  });

  it('returns vectors that are separate views of shared blocks, each dim long', async () => {
    // 40 texts at dim 1024 (4 KiB each): blocks of 64 KiB hold 16 vectors, so 3 blocks (16 + 16 + 8).
    // Writing into one vector must leave every other vector as it was.
    const texts = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} about Caracas.`);
    const vectors = await embedder.embed(texts);
    expect(vectors.every((v) => v.length === 1024)).toBe(true);
    expect(new Set(vectors.map((v) => v.buffer)).size).toBe(3);
    expect(vectors[15]!.buffer).toBe(vectors[0]!.buffer);
    expect(vectors[16]!.buffer).not.toBe(vectors[15]!.buffer);
    const before = vectors.map((v) => Array.from(v));
    vectors[5]!.fill(7);
    for (const k of [4, 6, 20]) expect(Array.from(vectors[k]!)).toEqual(before[k]);
  });

  it('reports progress per chunk, ending at the total', async () => {
    const calls: Array<[number, number]> = [];
    const e = createLexicalEmbedder({ chunkSize: 4 });
    await e.embed(Array.from({ length: 10 }, (_, i) => `Sentence ${i}.`), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[4, 10], [8, 10], [10, 10]]);
  });

  it('rejects with the abort reason, before or during the work', async () => {
    const reason = new Error('stop');
    await expect(embedder.embed(['a'], { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    const controller = new AbortController();
    const e = createLexicalEmbedder({ chunkSize: 2 });
    const texts = Array.from({ length: 20 }, (_, i) => `Text ${i}`);
    const run = e.embed(texts, { signal: controller.signal, onProgress: (done) => done >= 4 && controller.abort(reason) });
    await expect(run).rejects.toBe(reason);
  });

  it('rejects a non-string text with an OptionError', async () => {
    await expect(embedder.embed(['ok', 3 as unknown as string])).rejects.toThrow(OptionError);
  });

  it('supports batch IDF, still normalised', async () => {
    const e = createLexicalEmbedder({ batchIdf: true });
    const vecs = await e.embed(['Venezuela and Iran met.', 'Venezuela dan Iran bertemu.', 'Venezuela voices support.']);
    for (const v of vecs) expect(norm(v)).toBeCloseTo(1, 5);
  });
});

describe('createLexicalEmbedder: cross-lingual signal', () => {
  it.each([
    ['Москва', 'Moskva'],
    ['Rodríguez', 'Rodriguez'],
    ['1.000,5', '1,000.5'],
    ['1 000,5', '1,000.5'],
    ['12,5 %', '12.5%'],
    ['https://www.example.org/a', 'example.org/a'],
    ['@NicolasMaduro', '@nicolasmaduro'],
  ])('%s ≈ %s', async (a, b) => {
    expect(await sim(a, b)).toBeGreaterThan(0.8);
  });

  it.each([
    ['Москва', 'Paris'],
    ['1,000.5', '2,000.5'],
    ['@NicolasMaduro', '@JorgeRodriguez'],
  ])('%s is far from %s', async (a, b) => {
    expect(await sim(a, b)).toBeLessThan(0.3);
  });

  it('scores translations sharing names and numbers clearly above unrelated sentences', async () => {
    const cases: Array<[string, string, string]> = [
      [
        'Der Umsatz von Siemens stieg 2023 um 12,5 % auf 1.000,5 Millionen Euro.',
        'Siemens revenue rose 12.5% in 2023 to 1,000.5 million euros.',
        'The weather in Lisbon was unusually warm for the season.',
      ],
      [
        'Le président Emmanuel Macron a rencontré Olaf Scholz à Berlin le 3 mars.',
        'Präsident Emmanuel Macron traf Olaf Scholz am 3. März in Berlin.',
        'Die Bäckerei an der Ecke verkauft frisches Brot ab sieben Uhr.',
      ],
      [
        'Presiden Joko Widodo mengunjungi Jakarta pada tahun 2024 bersama 150 pejabat.',
        'President Joko Widodo visited Jakarta in 2024 with 150 officials.',
        'The committee postponed its decision until further notice.',
      ],
    ];
    for (const [src, translation, unrelated] of cases) {
      const good = await sim(src, translation);
      const bad = await sim(src, unrelated);
      expect(good).toBeGreaterThan(0.3);
      expect(bad).toBeLessThan(0.12);
      expect(good - bad).toBeGreaterThan(0.25);
    }
  });

  it('relies on numbers, Latin tokens and length for Chinese', async () => {
    const zh = '北京是中国的首都，2023年人口2100万，Apple在这里设有办公室。';
    const good = await sim(zh, 'Beijing is the capital of China, with 2100 (ten thousands) people in 2023; Apple has an office there.');
    const bad = await sim(zh, 'The weather in Lisbon was unusually warm for the season.');
    expect(good).toBeGreaterThan(bad + 0.15);
  });

  it('embeds a concatenation close to its parts', async () => {
    const a = 'Maduro met Amir-Abdollahian in Caracas on Friday.';
    const b = 'They signed 12 agreements worth 1,000.5 million dollars.';
    const c = 'The football season ends in May with the final in Lisbon.';
    const [va, vb, vc, vab] = await embedder.embed([a, b, c, `${a} ${b}`]);
    expect(dot(vab!, va!)).toBeGreaterThan(0.5);
    expect(dot(vab!, vb!)).toBeGreaterThan(0.5);
    expect(dot(vab!, vc!)).toBeLessThan(0.15);
  });

  it('does not treat a sentence-initial capital as a full name', async () => {
    // Same words; only the capitalisation differs: mid-sentence "Elsewhere" counts as a name, initial does not (fully).
    const [initial, middle, plain] = await embedder.embed(['Elsewhere talks went on.', 'Talks went on Elsewhere.', 'elsewhere talks went on']);
    expect(dot(initial!, plain!)).toBeGreaterThan(dot(middle!, plain!));
  });
});
