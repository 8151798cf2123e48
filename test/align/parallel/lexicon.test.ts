import { describe, expect, it } from 'vitest';
import { alignSentences, learnLexicon, sideWords, type Bead } from '../../../src/align/index.js';
import { poolScores, scoreCounts } from '../../../src/eval/index.js';

/** 1-1 beads 0:0, 1:1, … */
const diagonal = (n: number): Bead[] => Array.from({ length: n }, (_, k) => ({ src: [k], tgt: [k], score: 1, label: 'match' as const }));

/** Word id of `w` in a side built by `sideWords` (ids are given in order of first appearance). */
function idOf(texts: string[], w: string): number {
  const order: string[] = [];
  for (const t of texts) for (const x of t.toLowerCase().split(' ')) if (!order.includes(x)) order.push(x);
  return order.indexOf(w);
}

describe('sideWords', () => {
  it('keeps lower-cased words of two or more letters once, no numbers; CJK as characters and bigrams', () => {
    const { ids, size } = sideWords(['Der Gipfel, 8000 m; der GIPFEL.', '上帝说 Licht']);
    // "der", "gipfel" (8000 and "m" left out, repeats once); then 上, 帝, 上帝, 说, 帝说, "licht".
    expect(ids[0].length).toBe(2);
    expect(ids[1].length).toBe(6);
    expect(size).toBe(8);
  });
});

describe('learnLexicon', () => {
  // 20 beads. "haus"/"maison" in beads 0–5 only (phi = 1); "und"/"et" in every bead (phi undefined:
  // a word in every bead says nothing); "berg" in beads 10–19 and "lac" in 5–14 (c = 5, a = b = 10,
  // n = 20: phi = (20·5 − 10·10) / √(10·10·10·10) = 0); "zwei"/"deux" together twice only. No other
  // pair shares 3 beads ("haus"/"lac" share bead 5 only).
  const src = Array.from({ length: 20 }, (_, k) => ['und', k < 6 ? 'haus' : '', k >= 10 ? 'berg' : '', k < 2 ? 'zwei' : '', `s${k}x`].filter(Boolean).join(' '));
  const tgt = Array.from({ length: 20 }, (_, k) => ['et', k < 6 ? 'maison' : '', k >= 5 && k < 15 ? 'lac' : '', k < 2 ? 'deux' : '', `t${k}y`].filter(Boolean).join(' '));
  const ws = sideWords(src);
  const wt = sideWords(tgt);
  const lexicon = learnLexicon(ws, wt, diagonal(20));
  const partners = (index: typeof lexicon.src, id: number) => Array.from(index.pair.subarray(index.start[id], index.start[id + 1]));

  it('learns the pair that always co-occurs, with weight 2 · phi = 2', () => {
    expect(lexicon.pairs).toBe(1);
    const p = partners(lexicon.src, idOf(src, 'haus'));
    expect(p).toEqual([0]);
    expect(partners(lexicon.tgt, idOf(tgt, 'maison'))).toEqual([0]);
    expect(lexicon.src.weight[lexicon.src.start[idOf(src, 'haus')]]).toBeCloseTo(2, 6);
  });

  it('learns nothing from words in every bead, independent words, or pairs seen twice', () => {
    for (const w of ['und', 'berg', 'zwei']) expect(partners(lexicon.src, idOf(src, w))).toEqual([]);
  });

  it('reads only 1-1 beads: the same corpus as 2-2 beads learns nothing', () => {
    const pairs: Bead[] = Array.from({ length: 10 }, (_, k) => ({ src: [2 * k, 2 * k + 1], tgt: [2 * k, 2 * k + 1], score: 1, label: 'match' }));
    expect(learnLexicon(ws, wt, pairs).pairs).toBe(0);
  });

  it('keeps at most three partners per word, strongest first', () => {
    // "aa" (source id 0) is in beads 0–3 with all five target words; "pp" (target id 0) is also in
    // bead 4, so its phi is (12·4 − 4·5) / √(4·8·5·7) = 0.84; qq, rr, ss, tt (ids 1–4) have phi 1.
    const s = Array.from({ length: 12 }, (_, k) => (k < 4 ? 'aa' : `n${k}z`));
    const t = Array.from({ length: 12 }, (_, k) => (k < 4 ? 'pp qq rr ss tt' : k === 4 ? 'pp' : `m${k}z`));
    const lex = learnLexicon(sideWords(s), sideWords(t), diagonal(12));
    expect(lex.pairs).toBe(3);
    expect(partners(lex.src, 0)).toEqual([0, 1, 2]);
    // Ties at phi = 1 go to the lower word id: qq, rr, ss keep a pair; tt (a tie, but fourth) and pp (weaker) do not.
    expect([0, 1, 2, 3, 4].map((id) => partners(lex.tgt, id).length)).toEqual([0, 1, 1, 1, 0]);
  });
});

describe('the lexicon pass of alignSentences', () => {
  // A "translation" into a cipher language: every letter is rotated by 13 (rot13), so the two sides
  // share no word, n-gram or name; sentences of 3–9 words from a 30-word vocabulary. Eight source
  // sentences are left out of the target: lengths place each gap roughly, a learned lexicon exactly.
  let seed = 7;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const vocab = Array.from({ length: 30 }, () => Array.from({ length: 4 + Math.floor(rnd() * 5) }, () => String.fromCharCode(97 + Math.floor(rnd() * 26))).join(''));
  const src = Array.from({ length: 160 }, () => Array.from({ length: 3 + Math.floor(rnd() * 7) }, () => vocab[Math.floor(rnd() * 30)]).join(' '));
  const cipher = (s: string) => s.replace(/[a-z]/g, (c) => String.fromCharCode(97 + ((c.charCodeAt(0) - 97 + 13) % 26)));
  const dropped = new Set([11, 30, 52, 70, 91, 112, 133, 150]);
  const tgt: string[] = [];
  const gold: Bead[] = [];
  src.forEach((s, i) => {
    if (dropped.has(i)) gold.push({ src: [i], tgt: [], score: 0, label: 'omission' });
    else {
      gold.push({ src: [i], tgt: [tgt.length], score: 1, label: 'match' });
      tgt.push(cipher(s));
    }
  });
  const f1 = (beads: Bead[]) => poolScores([scoreCounts(gold, beads)]).strict.f1;

  it('learns the cipher and aligns better than the first pass alone', async () => {
    const withLexicon = await alignSentences(src, tgt, { mode: 'parallel' });
    const firstOnly = await alignSentences(src, tgt, { mode: 'parallel', lexicon: false });
    expect(withLexicon.stats?.lexiconPairs).toBeGreaterThanOrEqual(15);
    expect(firstOnly.stats?.lexiconPairs).toBeUndefined();
    // Lengths alone misplace some gaps by a sentence or two (strict F1 about 0.91); the lexicon fixes most.
    expect(f1(firstOnly.beads)).toBeLessThan(0.95);
    expect(f1(withLexicon.beads)).toBeGreaterThan(f1(firstOnly.beads) + 0.05);
    expect(f1(withLexicon.beads)).toBeGreaterThan(0.97);
  });

  it('a document too short to repeat words keeps the first pass', async () => {
    const a = ['Der Gipfel ist hoch.', 'Wir gehen heim.', 'Es schneit.'];
    const b = ['Le sommet est haut.', 'Nous rentrons.', 'Il neige.'];
    const r = await alignSentences(a, b, { mode: 'parallel' });
    expect(r.stats?.lexiconPairs).toBe(0);
    expect(r.beads.map((x) => [x.src, x.tgt])).toEqual((await alignSentences(a, b, { mode: 'parallel', lexicon: false })).beads.map((x) => [x.src, x.tgt]));
  });
});
