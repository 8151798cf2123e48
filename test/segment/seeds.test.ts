// The seed articles: kinds, languages and exact spans.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitSentences, type Sentence } from '../../src/segment/index.js';

const seed = (name: string): string => readFileSync(fileURLToPath(new URL(`../../examples/seeds/${name}.txt`, import.meta.url)), 'utf8');

const find = (sentences: Sentence[], start: string): Sentence => {
  const s = sentences.find((x) => x.text.startsWith(start));
  if (!s) throw new Error(`no sentence starts with ${start}`);
  return s;
};

describe('English seed', () => {
  const text = seed('en');
  let sentences: Sentence[] = [];
  beforeAll(async () => {
    sentences = await splitSentences(text);
  });

  it('finds the headline and the sub-heading', () => {
    expect(sentences[0]?.kind).toBe('heading');
    expect(find(sentences, 'Iran has no limits for developing ties with Venezuela').kind).toBe('heading');
    expect(sentences.filter((s) => s.kind === 'heading')).toHaveLength(2);
  });

  it('marks the embedded tweet, its link and its byline as social, the tweet in Spanish', () => {
    const social = sentences.filter((s) => s.kind === 'social');
    expect(social.map((s) => s.text.slice(0, 12))).toEqual(['Productiva v', 'Tengo la seg', 'pic.twitter.', '— Nicolás Ma']);
    expect(find(sentences, 'Productiva visita').lang).toBe('es');
    expect(find(sentences, 'Tengo la seguridad').lang).toBe('es');
  });

  it('marks "Read more" as boilerplate and the rest as English body', () => {
    expect(find(sentences, 'Read more:').kind).toBe('boilerplate');
    const body = sentences.filter((s) => s.kind === 'body');
    expect(body.length).toBeGreaterThan(12);
    expect(body.every((s) => s.lang === 'en')).toBe(true);
  });

  it('keeps exact spans, one paragraph per line', () => {
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(text.split('\n').filter((l) => l.trim()).length);
  });
});

describe('Indonesian seed', () => {
  const text = seed('id');
  let sentences: Sentence[] = [];
  beforeAll(async () => {
    sentences = await splitSentences(text);
  });

  it('marks the three "Baca Juga" lines as boilerplate', () => {
    const boiler = sentences.filter((s) => s.kind === 'boilerplate');
    expect(boiler).toHaveLength(3);
    expect(boiler.every((s) => s.text.startsWith('Baca Juga :'))).toBe(true);
  });

  it('does not end a sentence at (4/1) and detects Indonesian', () => {
    expect(find(sentences, 'Rencana tersebut').text.endsWith('pada hari Jumat (4/1).')).toBe(true);
    expect(sentences.filter((s) => s.kind === 'body').every((s) => s.lang === 'id')).toBe(true);
  });

  it('keeps exact spans', () => {
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.length).toBe(text.split('\n').filter((l) => l.trim()).length);
  });
});
