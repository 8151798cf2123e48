// Which source sentences `weaklyPaired` reports, from hand-made leave-out shares and similarities.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { anyCheapEnough, weaklyPaired } from '../../src/compare/weak-pair.js';
import { side } from '../check/helpers.js';

const lines = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} says something long enough.`);
const source = side('en', lines);
const target = side('de', lines.map((l) => `${l} (de)`));
const langs = { source: 'en', target: 'de' };
const beads: Bead[] = lines.map((_, i) => ({ src: [i], tgt: [i], score: 0.5, label: 'match' }));
// Pair similarities 0.10, 0.15, …, 0.65 (sentence i: 0.1 + 0.05 i). Sorted, the 0.5 quantile is the
// 7th of 12 (index floor(0.5 × 12) = 6): 0.40, so sentences 0–5 are less similar than it.
const sims = lines.map((_, i) => 0.1 + 0.05 * i);
const similarity = (i: number, tgt: readonly number[]) => (tgt.length === 1 && tgt[0] === i ? sims[i]! : 0);
// Leave-out shares: sentence 2 at 0.3, sentence 4 at 0.45, sentence 9 at 0.2, the rest at 1.
const ratio = new Map(lines.map((_, i) => [i, i === 2 ? 0.3 : i === 4 ? 0.45 : i === 9 ? 0.2 : 1] as [number, number]));

describe('weaklyPaired', () => {
  it('reports a sentence both cheap to leave out (share < 0.5) and less similar than the median pair', () => {
    // 2 (0.3, sim 0.20) and 4 (0.45, sim 0.30) qualify; 9 is cheap but its pair (0.55) is above 0.40.
    expect(weaklyPaired(source.sentences, target.sentences, beads, similarity, ratio, langs)).toEqual([
      { side: 'source', sentence: 2, bead: 2, similarity: sims[2], evidence: 'leave-out' },
      { side: 'source', sentence: 4, bead: 4, similarity: sims[4], evidence: 'leave-out' },
    ]);
  });
  it('follows its options: a lower share bound, a lower quantile', () => {
    // An option given as undefined counts as absent (its default).
    expect(weaklyPaired(source.sentences, target.sentences, beads, similarity, ratio, langs, { share: undefined, quantile: undefined }).map((u) => u.sentence)).toEqual([2, 4]);
    // share 0.4: only 2 (0.3) is cheap enough among 2 and 4.
    expect(weaklyPaired(source.sentences, target.sentences, beads, similarity, ratio, langs, { share: 0.4 }).map((u) => u.sentence)).toEqual([2]);
    // quantile 0.2: index floor(2.4) = 2, 0.20; sentence 2's 0.20 is not below it, 4's 0.30 neither.
    expect(weaklyPaired(source.sentences, target.sentences, beads, similarity, ratio, langs, { quantile: 0.2 })).toEqual([]);
  });
  it('leaves merged beads with two source sentences, lead-in clauses and answered numbers alone', () => {
    // Sentences 2 and 3 in one 2-1 bead: neither is judged here (support.ts judges merged beads).
    const merged: Bead[] = [...beads.slice(0, 2), { src: [2, 3], tgt: [2], score: 0.5, label: 'match' }, { src: [], tgt: [3], score: 0, label: 'addition' }, ...beads.slice(4)];
    expect(weaklyPaired(source.sentences, target.sentences, merged, similarity, ratio, langs).map((u) => u.sentence)).toEqual([4]);
    const lead = side('en', lines.map((l, i) => (i === 2 ? 'Then the exploration began in earnest :' : l)));
    expect(weaklyPaired(lead.sentences, target.sentences, beads, similarity, ratio, langs).map((u) => u.sentence)).toEqual([4]);
    // Sentence 4 says 1957, and its target too: translated there, whatever the other numbers say.
    const dated = side('en', lines.map((l, i) => (i === 4 ? 'The first ascent of the peak came in 1957 after long attempts.' : l)));
    const datedTarget = side('de', lines.map((l, i) => (i === 4 ? 'Die Erstbesteigung gelang 1957.' : `${l} (de)`)));
    expect(weaklyPaired(dated.sentences, datedTarget.sentences, beads, similarity, ratio, langs).map((u) => u.sentence)).toEqual([2]);
  });
  it('reports a cheap sentence whose target carries none of its words, however similar the vectors say it is', () => {
    // German–French with the shipped lexicon (carried.test.ts): sentence 9 (share 0.2, similarity 0.55,
    // above the median) says `dunkel` and `vollständig`; its target, another sentence's translation,
    // carries neither. With the translation there, it stays unreported; `minWords: 0` turns the test off.
    const german = side('de', lines.map((l, i) => (i === 9 ? 'Als sie in der Scharte sind , ist es schon vollständig dunkel .' : l)));
    const other = side('fr', lines.map((l, i) => (i === 9 ? 'Le soir , nous atteignîmes la cabane .' : l)));
    const right = side('fr', lines.map((l, i) => (i === 9 ? "L' obscurité est complète lorsqu' ils arrivent à la brèche ." : l)));
    const deFr = { source: 'de', target: 'fr' };
    expect(weaklyPaired(german.sentences, other.sentences, beads, similarity, ratio, deFr).map((u) => u.sentence)).toEqual([2, 4, 9]);
    expect(weaklyPaired(german.sentences, right.sentences, beads, similarity, ratio, deFr).map((u) => u.sentence)).toEqual([2, 4]);
    expect(weaklyPaired(german.sentences, other.sentences, beads, similarity, ratio, deFr, { minWords: 0 }).map((u) => u.sentence)).toEqual([2, 4]);
  });
  it('leaves the words test out for a pair the vectors rate among the document\'s best (above the 0.9 quantile)', () => {
    // Sentence 11 (share 0.2) has the document's highest similarity, 0.65; the 0.9 quantile of the
    // twelve pairs is index floor(10.8) = 10, 0.60. Its target carries none of its words, but the vectors
    // rate the pair above nine tenths of the document's: not weakly paired. Sentence 9 (0.55) still is.
    const german = side('de', lines.map((l, i) => (i === 9 || i === 11 ? 'Als sie in der Scharte sind , ist es schon vollständig dunkel .' : l)));
    const other = side('fr', lines.map((l, i) => (i === 9 || i === 11 ? 'Le soir , nous atteignîmes la cabane .' : l)));
    const cheap = new Map([...ratio, [11, 0.2] as [number, number]]);
    const deFr = { source: 'de', target: 'fr' };
    expect(weaklyPaired(german.sentences, other.sentences, beads, similarity, cheap, deFr).map((u) => u.sentence)).toEqual([2, 4, 9]);
    // `wordsBelow: 1` lets the words test judge every pair; 0.7 (index 8, 0.50) leaves 9 to the vectors too.
    expect(weaklyPaired(german.sentences, other.sentences, beads, similarity, cheap, deFr, { wordsBelow: 1 }).map((u) => u.sentence)).toEqual([2, 4, 9, 11]);
    expect(weaklyPaired(german.sentences, other.sentences, beads, similarity, cheap, deFr, { wordsBelow: 0.7 }).map((u) => u.sentence)).toEqual([2, 4]);
  });
  it('needs enough 1-1 pairs for a distribution, and a leave-out share for the sentence', () => {
    // Nine 1-1 pairs are fewer than 10: nothing is judged.
    expect(weaklyPaired(source.sentences, target.sentences, beads.slice(0, 9), similarity, ratio, langs)).toEqual([]);
    // A sentence `leaveOutRatios` did not judge (no share) is not reported.
    const judged = new Map([...ratio].filter(([i]) => i !== 2));
    expect(weaklyPaired(source.sentences, target.sentences, beads, similarity, judged, langs).map((u) => u.sentence)).toEqual([4]);
  });
});

describe('anyCheapEnough', () => {
  it('says whether any share is below the bound (0.5 by default): else nothing needs measuring', () => {
    expect(anyCheapEnough(ratio)).toBe(true);
    expect(anyCheapEnough(new Map([[0, 0.5], [1, 0.9]]))).toBe(false);
    expect(anyCheapEnough(ratio, { share: 0.2 })).toBe(false);
    expect(anyCheapEnough(new Map())).toBe(false);
  });
});
