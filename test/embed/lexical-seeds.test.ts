// The seeds (examples/seeds, one sentence-ish per line): sentences naming the same people must be
// each other's nearest neighbours across English and Indonesian.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';

const lines = (name: string): string[] =>
  readFileSync(new URL(`../../examples/seeds/${name}`, import.meta.url), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const dot = (a: Float32Array, b: Float32Array): number => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

describe('lexical embedder on the seeds (en → id)', async () => {
  const en = lines('en.txt');
  const id = lines('id.txt');
  const embedder = createLexicalEmbedder();
  const idVecs = await embedder.embed(id);

  it.each([
    ['Elsewhere, the top Iranian diplomat met with Venezuelan Vice President Delcy Rodriguez early on Saturday.', 'Delcy Rodríguez'],
    ['Earlier on Friday, the Iranian Foreign Minister met with his recently-appointed Venezuelan counterpart, Yvan Gil Pinto.', 'Yvan Gil Pinto'],
  ])('%s → the Indonesian sentence naming %s', async (sentence, name) => {
    expect(en).toContain(sentence);
    const [v] = await embedder.embed([sentence]);
    const sims = idVecs.map((u) => dot(v!, u));
    const best = sims.indexOf(Math.max(...sims));
    expect(id[best]).toContain(name);
    const runnerUp = Math.max(...sims.filter((_, i) => i !== best));
    expect(sims[best]! - runnerUp).toBeGreaterThan(0.05);
  });
});
