// Concept features of the lexical embedder: words that translate each other count like shared
// words, through the shipped lexicons or a user dictionary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import { isAdditive } from '../../src/embed/lexical/additive.js';

const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

async function cosines(options: Parameters<typeof createLexicalEmbedder>[0], src: string[], tgt: string[], langs: [string, string]): Promise<number[][]> {
  const e = createLexicalEmbedder(options);
  const a = await e.embed(src, { lang: langs[0] });
  const b = await e.embed(tgt, { lang: langs[1] });
  return a.map((x) => b.map((y) => dot(x, y)));
}

describe('concept features', () => {
  // No word of the English sentence is spelled like a word of its translation (checked by hand);
  // the unrelated Indonesian sentence talks about something else in words of the same length.
  const EN = ['The experience of the minister was important.'];
  const ID = ['Pengalaman menteri itu penting.', 'Kucing tidur di bawah meja kayu.'];

  it('an en/id pair that translates word by word scores above an unrelated pair', async () => {
    const [[translated, unrelated]] = await cosines({ languages: ['en', 'id'] }, EN, ID, ['en', 'id']);
    expect(translated).toBeGreaterThan(unrelated! + 0.2);
  });

  it('without dictionaries (or without the language of a batch) the pair shares nothing', async () => {
    const [[off]] = await cosines({ languages: ['en', 'id'], dictionaries: false }, EN, ID, ['en', 'id']);
    expect(off).toBeLessThan(0.1);
    const e = createLexicalEmbedder({ languages: ['en', 'id'] });
    const [a] = await e.embed(EN);
    const [b] = await e.embed([ID[0]!]);
    expect(dot(a!, b!)).toBeCloseTo(off!, 5);
  });

  it('a multiword entry is looked up whole (kerja sama = cooperation, kerja = work)', async () => {
    const only = { ngram: 0, word: 0, name: 0, length: 0 };
    const [[whole, part]] = await cosines({ languages: ['en', 'id'], weights: only }, ['cooperation'], ['kerja sama', 'kerja'], ['en', 'id']);
    // Only concept features are left. `kerja sama` has two concepts (collaboration, cooperation), each
    // weighted 1/√2 times its specificity: one of them shared gives a cosine well above 0.5; `kerja`
    // alone (work, job…) shares none.
    expect(whole).toBeGreaterThan(0.7);
    expect(part).toBe(0);
  });

  it('German and French meet through the direct de–fr lexicon (genitive Gipfels → Gipfel = sommet)', async () => {
    const [[gipfel, other]] = await cosines({ languages: ['de', 'fr'], weights: { ngram: 0, word: 0, name: 0, length: 0 } }, ['Gipfels'], ['sommet', 'fromage'], ['de', 'fr']);
    // Each word has several concepts (Gipfel: sommet, comble, croissant; sommet: Gipfel, Spitze…),
    // two of them shared (fr:sommet one way, de:gipfel the other): a clear cosine; fromage shares none.
    expect(gipfel).toBeGreaterThan(0.3);
    expect(other).toBe(0);
  });

  it('the parallel preset stays additive with concepts', () => {
    expect(isAdditive(createLexicalEmbedder({ preset: 'parallel', languages: ['en', 'id'] }))).toBe(true);
  });

  it('a user TSV dictionary connects a pair no shipped lexicon covers, and the id names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bqa-dict-'));
    const file = join(dir, 'words.tsv');
    writeFileSync(file, 'lintu\tbird\n# comment\nkala\tfish\n');
    const options = { languages: ['fi', 'xx'] as [string, string], dictionaries: [file], weights: { ngram: 0, word: 0, name: 0, length: 0 } };
    expect(createLexicalEmbedder(options).id).toMatch(/^lexical@1:d1024:[0-9a-f]{8}\+dict:words\.tsv$/);
    const [[bird, fish]] = await cosines(options, ['lintu'], ['bird', 'fish'], ['fi', 'xx']);
    expect(bird).toBeCloseTo(1, 5);
    expect(fish).toBe(0);
  });

  it('rejects languages that are not a pair of codes', () => {
    expect(() => createLexicalEmbedder({ languages: ['en'] as unknown as [string, string] })).toThrow(/two language codes/);
  });
});
