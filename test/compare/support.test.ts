// Sentences without support inside merged beads, with an embedder whose similarities are known exactly.
import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/align/types.js';
import { describeSide, embedSides } from '../../src/align/side.js';
import { unsupportedSentences } from '../../src/compare/support.js';
import type { Embedder } from '../../src/embed/types.js';
import { side } from '../check/helpers.js';

// Each text is about one topic word `TopicN` (any case): its vector is the unit vector of that topic, so two
// sentences have similarity 1 on the same topic and 0 otherwise.
const DIM = 32;
const topicEmbedder: Embedder = {
  id: 'topic-test',
  dim: DIM,
  embed: async (texts) => texts.map((t) => {
    const v = new Float32Array(DIM);
    v[Number(/topic(\d+)/i.exec(t)?.[1] ?? DIM - 1)] = 1;
    return v;
  }),
};

const filler = 'and the long road went on through the valley';
// Ten translated pairs (topic0..topic9), then a 2-1 bead: topic10 is translated, topic11 is not.
const src = [...Array.from({ length: 10 }, (_, i) => `Topic${i} ${filler}`), `Topic10 ${filler}`, `Topic11 ${filler} again`];
const tgt = [...Array.from({ length: 10 }, (_, i) => `Topic${i} ${filler}`), `Topic10 ${filler}`];
const beads: Bead[] = [...Array.from({ length: 10 }, (_, i) => ({ src: [i], tgt: [i], score: 1, label: 'match' as const })), { src: [10, 11], tgt: [10], score: 0.5, label: 'match' }];
const langs = { source: 'en', target: 'en' };

describe('unsupportedSentences', () => {
  it('finds the sentence of a 2-1 bead that is unrelated to the other side and has no room there', async () => {
    const found = await unsupportedSentences(side('en', src).sentences, side('en', tgt).sentences, beads, langs, topicEmbedder);
    expect(found).toEqual([{ side: 'source', sentence: 11, bead: 10, similarity: 0 }]);
  });
  it('on the target side of a 1-2 bead, the same', async () => {
    const swapped = beads.map((b) => ({ ...b, src: b.tgt, tgt: b.src }));
    const found = await unsupportedSentences(side('en', tgt).sentences, side('en', src).sentences, swapped, langs, topicEmbedder);
    expect(found).toEqual([{ side: 'target', sentence: 11, bead: 10, similarity: 0 }]);
  });
  it('a sentence that shares a number with the other side is supported', async () => {
    const withNumber = [...src.slice(0, 10), `Topic10 ${filler} 1957`, `Topic11 ${filler} 1957`];
    const tgtNumber = [...tgt.slice(0, 10), `Topic10 ${filler} 1957`];
    expect(await unsupportedSentences(side('en', withNumber).sentences, side('en', tgtNumber).sentences, beads, langs, topicEmbedder)).toEqual([]);
  });
  it('a sentence the other side has room for (a real 2-1 translation) is supported', async () => {
    // The target sentence is as long as both source sentences together: the length ratio fits best with both.
    const long = [...tgt.slice(0, 10), `Topic10 ${filler} ${filler} ${filler} again`];
    expect(await unsupportedSentences(side('en', src).sentences, side('en', long).sentences, beads, langs, topicEmbedder)).toEqual([]);
  });
  it('no merged bead, nothing to check', async () => {
    expect(await unsupportedSentences(side('en', tgt).sentences, side('en', tgt).sentences, beads.slice(0, 10).concat({ src: [10], tgt: [10], score: 1, label: 'match' }), langs, topicEmbedder)).toEqual([]);
  });
  it('with the vectors the aligner kept, embeds nothing and finds the same', async () => {
    // The vectors are topicEmbedder's; the embedder passed beside them would fail if it were called.
    const vectors = await embedSides(describeSide(src), describeSide(tgt), topicEmbedder, { src: 1, tgt: 1 });
    const refuses: Embedder = { id: 'refuses', dim: DIM, embed: async () => { throw new Error('embedded again'); } };
    const found = await unsupportedSentences(side('en', src).sentences, side('en', tgt).sentences, beads, langs, refuses, { vectors });
    expect(found).toEqual([{ side: 'source', sentence: 11, bead: 10, similarity: 0 }]);
  });
});

describe('unsupportedSentences: added target sentences need more evidence', () => {
  // A 1-2 bead on the target side: a long sentence (topic10, 277 characters) translated by the same
  // sentence plus a short one (50 characters). The 1-1 pairs all have ratio 1, so the bead's misfit is
  // ln(327/277) = 0.17 with the short sentence and 0 without: it mends the ratio by less than 0.2.
  const long10 = `Topic10 ${Array(6).fill(filler).join(' ')}`;
  const shortClause = (end: string) => `Topic11 the road went on and on through the hills${end}`;
  const swapped = beads.map((b) => ({ ...b, src: b.tgt, tgt: b.src }));
  const run = (last: string, options = {}) =>
    unsupportedSentences(side('en', [...tgt.slice(0, 10), long10]).sentences, side('en', [...src.slice(0, 10), long10, last]).sentences, swapped, langs, topicEmbedder, options);
  it('a short one that barely moves the ratio is not reported by default, but is with no gain required', async () => {
    expect(await run(shortClause('.'))).toEqual([]);
    expect(await run(shortClause('.'), { minLengthGain: 0 })).toEqual([{ side: 'target', sentence: 11, bead: 10, similarity: 0 }]);
  });
  it('a short clause leading into the next sentence (ending in a semicolon) is a piece of a split sentence', async () => {
    expect(await run(shortClause(' ;'), { minLengthGain: 0 })).toEqual([]);
  });
  it('on the source side the same short sentence is an omission (deleted sentences are short too)', async () => {
    const found = await unsupportedSentences(side('en', [...src.slice(0, 10), long10, shortClause('.')]).sentences, side('en', [...tgt.slice(0, 10), long10]).sentences, beads, langs, topicEmbedder);
    expect(found).toEqual([{ side: 'source', sentence: 11, bead: 10, similarity: 0 }]);
  });
});

describe('unsupportedSentences: a piece of the sentence before it', () => {
  it('a sentence starting in lower case after its bead neighbour goes on from it and is not reported', async () => {
    // The 2-1 fixture, with source sentence 11 starting in lower case: it continues sentence 10, which the target has.
    const pieces = [...src.slice(0, 11), `and topic11 ${filler} again`];
    expect(await unsupportedSentences(side('en', pieces).sentences, side('en', tgt).sentences, beads, langs, topicEmbedder)).toEqual([]);
  });
  it('starting in upper case it is reported as before', async () => {
    const pieces = [...src.slice(0, 11), `And topic11 ${filler} again`];
    expect(await unsupportedSentences(side('en', pieces).sentences, side('en', tgt).sentences, beads, langs, topicEmbedder)).toEqual([{ side: 'source', sentence: 11, bead: 10, similarity: 0 }]);
  });
});

describe('unsupportedSentences: many-to-many beads and the leave-out cost', () => {
  // A 2-2 bead: source topic10 and topic11, target topic10 in two pieces. Without topic11 the bead would
  // be a 1-2 pair, and the target (two sentences) is longer than source topic10 alone, so the length test
  // cannot tell; the leave-out share (cost of leaving the sentence out / its peers' median) can.
  const tgt22 = [...tgt.slice(0, 10), `Topic10 ${filler}`, `topic10 ${filler} once more`];
  const beads22: Bead[] = [...beads.slice(0, 10), { src: [10, 11], tgt: [10, 11], score: 0.5, label: 'match' }];
  const run = (ratio?: Map<number, number>) =>
    unsupportedSentences(side('en', src).sentences, side('en', tgt22).sentences, beads22, langs, topicEmbedder, ratio ? { leaveOutRatio: ratio } : {});
  it('reports the source sentence that is not the most similar of its group when its share is below 0.55', async () => {
    expect(await run(new Map([[11, 0.5]]))).toEqual([{ side: 'source', sentence: 11, bead: 10, similarity: 0, evidence: 'leave-out' }]);
  });
  it('not above the share, not the most similar sentence, and not without the leave-out shares', async () => {
    expect(await run(new Map([[11, 0.6]]))).toEqual([]);
    expect(await run(new Map([[10, 0.1]]))).toEqual([]);
    expect(await run()).toEqual([]);
  });
});

describe('unsupportedSentences: a source sentence alone in its bead, paired weakly (weak-pair.ts)', () => {
  // Eleven 1-1 pairs on one topic each, but the target of pair 5 is about another topic (its own was
  // deleted, the aligner gave it a neighbour's): similarity 0, against 1 for the ten others, so it is
  // below the median pair's (1); with a leave-out share below 0.5 it is reported.
  const src11 = Array.from({ length: 11 }, (_, i) => `Topic${i} ${filler}`);
  const tgt11 = src11.map((t, i) => (i === 5 ? `Topic12 ${filler}` : t));
  const beads11: Bead[] = src11.map((_, i) => ({ src: [i], tgt: [i], score: 1, label: 'match' as const }));
  const run = (ratio: Map<number, number>, weakPair?: false) =>
    unsupportedSentences(side('en', src11).sentences, side('en', tgt11).sentences, beads11, langs, topicEmbedder, { leaveOutRatio: ratio, ...(weakPair === false ? { weakPair } : {}) });
  it('reports it with the leave-out evidence', async () => {
    expect(await run(new Map([[5, 0.4], [4, 0.4]]))).toEqual([{ side: 'source', sentence: 5, bead: 5, similarity: 0, evidence: 'leave-out' }]);
  });
  it('not at a share of 0.5 or more, and not with the test turned off', async () => {
    expect(await run(new Map([[5, 0.5]]))).toEqual([]);
    expect(await run(new Map([[5, 0.4]]), false)).toEqual([]);
  });
});

describe('unsupportedSentences: numbers absent from a pair no closer than unrelated ones', () => {
  // `Anti10` embeds as minus topic 10: similarity −1 to its target `Topic10`, below the unrelated
  // threshold (every unrelated pair of distinct topics has similarity 0, so their 95th percentile is 0).
  const anti: Embedder = { ...topicEmbedder, embed: async (texts) => texts.map((t) => {
    const v = new Float32Array(DIM);
    const m = /(topic|anti)(\d+)/i.exec(t);
    v[Number(m?.[2] ?? DIM - 1)] = m?.[1]?.toLowerCase() === 'anti' ? -1 : 1;
    return v;
  }) };
  const ones: Bead[] = Array.from({ length: 11 }, (_, i) => ({ src: [i], tgt: [i], score: 1, label: 'match' as const }));
  const target = side('en', Array.from({ length: 11 }, (_, i) => `Topic${i} ${filler}`)).sentences;
  const withNumbers = side('en', [...src.slice(0, 10), `Anti10 ${filler} with 25 porters in 1956`]).sentences;
  it('reports a sentence alone in its bead whose target has none of its numbers and is less similar than unrelated pairs', async () => {
    expect(await unsupportedSentences(withNumbers, target, ones, langs, anti)).toEqual([{ side: 'source', sentence: 10, bead: 10, similarity: -1, evidence: 'numbers' }]);
  });
  it('not without numbers, not when the target has one of them, not with `numbersAbsent: false`', async () => {
    const plain = side('en', [...src.slice(0, 10), `Anti10 ${filler} with many porters`]).sentences;
    expect(await unsupportedSentences(plain, target, ones, langs, anti)).toEqual([]);
    const answered = side('en', [...target.slice(0, 10).map((s) => s.text), `Topic10 ${filler} in 1956`]).sentences;
    expect(await unsupportedSentences(withNumbers, answered, ones, langs, anti)).toEqual([]);
    expect(await unsupportedSentences(withNumbers, target, ones, langs, anti, { numbersAbsent: false })).toEqual([]);
  });
});
