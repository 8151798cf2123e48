import { describe, expect, it } from 'vitest';
import { alignParallel, alignSentences, bandAroundPath, beadPrior, beadTypes, DEFAULT_ALIGN_OPTIONS, describeSide, embedSides, fullBand, galeChurchCost } from '../../../src/align/index.js';
import { lengthDiagonal } from '../../../src/align/parallel/band.js';
import { lengthCosts } from '../../../src/align/parallel/costs.js';
import type { Sentence } from '../../../src/segment/types.js';
import { coverage, sentences, wordEmbedder } from '../helpers.js';

const embedder = wordEmbedder();
const key = (b: { src: number[]; tgt: number[] }) => `${b.src.join(',')}:${b.tgt.join(',')}`;

/** Splits a sentence's words in two halves. */
function split(s: string): [string, string] {
  const w = s.split(' ');
  const h = Math.ceil(w.length / 2);
  return [w.slice(0, h).join(' '), w.slice(h).join(' ')];
}

function check(beads: { src: number[]; tgt: number[]; score: number }[], n: number, m: number) {
  expect(coverage(beads, n, m)).toBe(true);
  let i = 0;
  let j = 0;
  for (const b of beads) {
    for (const s of b.src) expect(s).toBe(i++);
    for (const t of b.tgt) expect(t).toBe(j++);
    expect(Number.isFinite(b.score) && b.score >= 0 && b.score <= 1).toBe(true);
  }
}

describe('alignSentences, parallel mode', () => {
  const base = sentences(12);
  const cases: [string, string[], string[], string][] = [
    ['1-1', base, base, '5:5'],
    ['1-2', base, [...base.slice(0, 5), ...split(base[5]), ...base.slice(6)], '5:5,6'],
    ['2-1', [...base.slice(0, 5), ...split(base[5]), ...base.slice(6)], base, '5,6:5'],
    ['2-2', [...base.slice(0, 5), ...split(`${base[5]} ${base[6]}`.split(' ').slice(0, 3).join(' ') + ' ' + `${base[5]} ${base[6]}`.split(' ').slice(3).join(' '))], base.slice(0, 5), ''],
    ['1-0', base, [...base.slice(0, 5), ...base.slice(6)], '5:'],
    ['0-1', [...base.slice(0, 5), ...base.slice(6)], base, ':5'],
  ];
  for (const [name, src, tgt, expected] of cases) {
    if (!expected) continue;
    it(`finds a ${name} bead`, async () => {
      const r = await alignSentences(src, tgt, { mode: 'parallel', embedder });
      check(r.beads, src.length, tgt.length);
      expect(r.beads.map(key)).toContain(expected);
      expect(r.mode).toBe('parallel');
    });
  }

  it('finds a 2-2 bead where the boundary moved', async () => {
    const words = `${base[5]} ${base[6]}`.split(' ');
    const cut = Math.floor(base[5].split(' ').length / 2);
    const tgt = [...base.slice(0, 5), words.slice(0, cut).join(' '), words.slice(cut).join(' '), ...base.slice(7)];
    const r = await alignSentences(base, tgt, { mode: 'parallel', embedder });
    check(r.beads, base.length, tgt.length);
    expect(r.beads.map(key)).toContain('5,6:5,6');
  });

  it('labels skips omission and addition', async () => {
    const r = await alignSentences(base, [...base.slice(0, 5), ...base.slice(6)], { mode: 'parallel', embedder });
    expect(r.beads.find((b) => key(b) === '5:')?.label).toBe('omission');
    const a = await alignSentences([...base.slice(0, 5), ...base.slice(6)], base, { mode: 'parallel', embedder });
    expect(a.beads.find((b) => key(b) === ':5')?.label).toBe('addition');
  });

  it('handles empty and one-sided inputs without throwing', async () => {
    const omit = await alignSentences(base.slice(0, 3), [], { mode: 'parallel', embedder });
    expect(omit.beads).toEqual([0, 1, 2].map((i) => ({ src: [i], tgt: [], score: 0, label: 'omission' })));
    const add = await alignSentences([], base.slice(0, 2), { mode: 'parallel', embedder });
    expect(add.beads.map((b) => b.label)).toEqual(['addition', 'addition']);
    expect((await alignSentences([], [], { mode: 'parallel', embedder })).beads).toEqual([]);
    expect((await alignSentences(base.slice(0, 3), [], { mode: 'parallel', embedder: 'length' })).beads).toHaveLength(3);
  });

  it('length-only baseline aligns a clean translation 1-1', async () => {
    const r = await alignSentences(base, base, { mode: 'parallel', embedder: 'length' });
    expect(r.beads.map(key)).toEqual(base.map((_, i) => `${i}:${i}`));
  });

  it('banded DP equals the full DP when the path lies in the band', async () => {
    const src = sentences(80, 3);
    const tgt = [...src.slice(0, 20), ...split(src[20]), ...src.slice(21, 50), ...src.slice(51)];
    const [a, b] = await embedSides(describeSide(src), describeSide(tgt), embedder, { src: 3, tgt: 3 });
    const o = { maxBeadSize: 4, band: 6, fullDpCells: 1e9, marginK: 4, skipQuantile: 0.2, lengthWeight: 0.25, similarityWeight: 1, paragraphPenalty: 3, partialBelow: 0.1 };
    const full = alignParallel(a, b, { ...o, searchBand: 'full' });
    const diagonal: number[] = [];
    for (let i = 0; i <= src.length; i++) diagonal.push(i, Math.min(tgt.length, i));
    diagonal.push(src.length, tgt.length);
    const banded = alignParallel(a, b, { ...o, searchBand: bandAroundPath(diagonal, src.length, tgt.length, 4) });
    expect(banded.stats.cells).toBeLessThan(full.stats.cells / 3);
    expect(banded.beads).toEqual(full.beads);
    // and the anchored path (forced by a tiny fullDpCells) finds the same beads
    const anchored = alignParallel(a, b, { ...o, fullDpCells: 100 });
    expect(anchored.stats.banded).toBe(true);
    expect(anchored.beads.map(key)).toEqual(full.beads.map(key));
  });

  it('does not merge across a paragraph break when both sides have paragraphs', async () => {
    const text = (n: number) => 'abcd '.repeat(n / 5).trim();
    const sent = (t: string, paragraph: number): Sentence => ({ text: t, start: 0, end: t.length, paragraph, lang: 'en', kind: 'body' });
    const src = [text(40), text(10), text(50), text(30), text(30)];
    const tgt = [text(50), text(50), text(30), text(30)];
    const plain = await alignSentences(src, tgt, { mode: 'parallel', embedder: 'length' });
    expect(plain.beads.map(key)).toContain('0,1:0');
    const srcP = src.map((t, i) => sent(t, [0, 1, 1, 2, 2][i]));
    const tgtP = tgt.map((t, j) => sent(t, [0, 1, 2, 2][j]));
    const para = await alignSentences(srcP, tgtP, { mode: 'parallel', embedder: 'length' });
    expect(para.beads.map(key)).toEqual(['0:0', '1,2:1', '3:2', '4:3']);
    check(para.beads, src.length, tgt.length);
  });
});

describe('parallel mode on tiny documents (prior statistics)', () => {
  it('matches a one-sentence translation with a clearly positive score', async () => {
    const r = await alignSentences(['The company sold 1,500 cars in March 2021.'], ['Perusahaan itu menjual 1.800 mobil pada Maret 2021.'], { mode: 'parallel' });
    expect(r.beads).toHaveLength(1);
    expect(r.beads[0]).toMatchObject({ src: [0], tgt: [0], label: 'match' });
    expect(r.beads[0].score).toBeGreaterThan(0.1);
  });

  it('aligns a two-line pair as two 1-1 beads, not skips', async () => {
    const r = await alignSentences(['The house is big.', 'The price was 300,000 euros in 2019.'], ['Das Haus ist groß.', 'Der Preis betrug 2019 300.000 Euro.'], { mode: 'parallel' });
    expect(r.beads.map(key)).toEqual(['0:0', '1:1']);
    expect(r.beads[1].score).toBeGreaterThan(0.3);
  });

  it('never prefers two skips to a 1-1 pair of similar length in a tiny document', async () => {
    const r = await alignSentences(['Alpha beta gamma delta.'], ['Zeta eta theta iota.'], { mode: 'parallel' });
    expect(r.beads.map(key)).toEqual(['0:0']);
  });
});

describe('banding', () => {
  it('the length diagonal is a monotone staircase from (0, 0) to (n, m)', () => {
    const path = lengthDiagonal(Float64Array.from([0, 10, 20, 60]), Float64Array.from([0, 5, 10, 15, 20, 60]), 1);
    expect([path[0], path[1]]).toEqual([0, 0]);
    expect([path[path.length - 2], path[path.length - 1]]).toEqual([3, 5]);
    for (let p = 2; p < path.length; p += 2) expect(path[p] - path[p - 2] + path[p + 1] - path[p - 1]).toBe(1);
  });

  it('lengthCosts equals galeChurchCost for every bead type (tabulated and far-tail lengths)', () => {
    // The last source sentence (2,010 characters) puts its skip past the table's end (x ≈ 17 ≥ 16).
    const sp = Float64Array.from([0, 10, 35, 35, 90, 2100]);
    const tp = Float64Array.from([0, 12, 30, 80, 81]);
    const band = fullBand(5, 4);
    const types = beadTypes(4);
    const costs = lengthCosts(band, types, sp, tp, 1.1);
    for (let i = 0; i <= 5; i++)
      for (let j = 0; j <= 4; j++)
        types.forEach((t, k) => {
          if (i < t.ds || j < t.dt) return;
          const want = galeChurchCost(sp[i] - sp[i - t.ds], tp[j] - tp[j - t.dt], beadPrior(t), 1.1);
          expect(costs[(band.start[i] + j - band.lo[i]) * types.length + k]).toBeCloseTo(want, 4);
        });
  });

  it('the anchored band follows a long drift and gives the full DP result', async () => {
    // 300 sentences; every 10th is split in two on the target side, so the length diagonal and the
    // path drift apart by tens of sentences, and a skip or two on each side.
    const src = sentences(300, 7);
    const tgt: string[] = [];
    src.forEach((s, i) => {
      if (i === 40 || i === 41) return;
      if (i % 10 === 5) tgt.push(...split(s));
      else tgt.push(s);
      if (i === 200) tgt.push(sentences(1, 99)[0]);
    });
    const [a, b] = await embedSides(describeSide(src), describeSide(tgt), embedder, { src: 3, tgt: 3 });
    const o = { ...DEFAULT_ALIGN_OPTIONS, fullDpCells: 1000 };
    const banded = alignParallel(a, b, o);
    expect(banded.stats.banded).toBe(true);
    const full = alignParallel(a, b, { ...o, searchBand: 'full' });
    expect(banded.beads.map(key)).toEqual(full.beads.map(key));
    expect(banded.beads.map(key)).toContain('45:47,48');
    expect(banded.beads.map(key)).toContain('40:');
    check(banded.beads, src.length, tgt.length);
  });
});

describe('additive embedders', () => {
  it('score sentence groups from sentence vectors exactly as from embedded overlaps', async () => {
    const { createLexicalEmbedder } = await import('../../../src/embed/lexical/index.js');
    const additive = createLexicalEmbedder({ weights: { length: 0 } });
    // The same vectors, without the promise: the aligner embeds every run of sentences.
    const plain = { id: additive.id, dim: additive.dim, embed: additive.embed };
    const src = sentences(60, 7);
    const tgt = [...src.slice(0, 10), ...split(src[10]), `${src[11]} ${src[12]}`, ...src.slice(13, 30), ...src.slice(31)];
    const [a1, b1] = await embedSides(describeSide(src), describeSide(tgt), additive, { src: 3, tgt: 3 });
    const [a2, b2] = await embedSides(describeSide(src), describeSide(tgt), plain, { src: 3, tgt: 3 });
    expect(a1.overlaps).toHaveLength(1); // sentences only
    expect(a2.overlaps).toHaveLength(3);
    const o = { ...DEFAULT_ALIGN_OPTIONS, fullDpCells: 0 };
    const r1 = alignParallel(a1, b1, o);
    const r2 = alignParallel(a2, b2, o);
    expect(r1.beads.map(key)).toEqual(r2.beads.map(key));
    r1.beads.forEach((b, k) => expect(b.score).toBeCloseTo(r2.beads[k].score, 4));
    expect(r1.beads.map(key)).toContain('10:10,11');
    expect(r1.beads.map(key)).toContain('11,12:12');
    expect(r1.beads.map(key)).toContain('30:');
  });
});

describe('parallel labels: partial only with positive evidence or on request', () => {
  // A translation whose middle pair shares no token with the lexical embedder: score 0, which is
  // "no evidence", not "part of the content is missing".
  const en = ['The new bridge opened on Monday, 3 June 2024.', 'It is 1,250 metres long and cost 480 million euros.', 'The old ferry will keep running until the end of the year.', 'Mayor Anna Keller opened it with 40,000 guests.'];
  const de = ['Die neue Brücke wurde am Montag, 3. Juni 2024, eröffnet.', 'Sie ist 1.250 Meter lang und hat 480 Millionen Euro gekostet.', 'Die alte Fähre verkehrt noch bis Jahresende.', 'Bürgermeisterin Anna Keller eröffnete sie mit 40.000 Gästen.'];

  it('labels every aligned bead of a translation match by default, even a zero-score pair', async () => {
    const r = await alignSentences(en, de, { mode: 'parallel' });
    expect(r.beads.map(key)).toEqual(['0:0', '1:1', '2:2', '3:3']);
    expect(r.beads[2].score).toBeLessThan(0.1);
    expect(r.beads.map((b) => b.label)).toEqual(['match', 'match', 'match', 'match']);
  });

  it('partialBelow is an explicit opt-in', async () => {
    const r = await alignSentences(en, de, { mode: 'parallel', partialBelow: 0.1 });
    expect(r.beads[2].label).toBe('partial');
  });
});

describe('one-to-many shapes (maxOneToMany)', () => {
  it('beadTypes adds 1-k and k-1 beyond maxBeadSize, no balanced shapes', () => {
    const shapes = beadTypes(4, 6).map((t) => `${t.ds}-${t.dt}`);
    expect(shapes).toEqual(expect.arrayContaining(['1-0', '0-1', '1-1', '2-2', '1-3', '3-1', '1-4', '4-1', '1-5', '5-1']));
    expect(shapes).not.toContain('3-2');
    expect(shapes).not.toContain('2-3');
    expect(beadTypes(4).map((t) => `${t.ds}-${t.dt}`)).not.toContain('1-4');
  });

  it('a source sentence split into four target sentences is one 1-4 bead', async () => {
    const s = sentences(6, 21);
    const parts = s[2].split(' ');
    const q = Math.ceil(parts.length / 4);
    const tgt = [s[0], s[1], ...[0, 1, 2, 3].map((k) => parts.slice(k * q, (k + 1) * q).join(' ')), s[3], s[4], s[5]];
    const r = await alignSentences(s, tgt, { mode: 'parallel', embedder });
    expect(r.beads.map(key)).toContain('2:2,3,4,5');
  });
});
