import { describe, expect, it } from 'vitest';
import { checkAlignment, skipRuns } from '../../src/check/index.js';
import type { CheckInput } from '../../src/check/types.js';
import { renderReport } from '../../src/report/index.js';
import { reportFixture } from '../fixtures/report-fixture.js';
import { bead, side } from './helpers.js';

/** n sentences of exactly 14 characters each ("Sentence 003 i"), so shares and offsets are easy to work out. */
const lines = (n: number, word: string) => Array.from({ length: n }, (_, k) => `${word} ${String(k).padStart(3, '0')} is here.`.slice(0, 14));

/** n (20) source and n target sentences; source `gap` (a list of indices) left out, the rest 1-1 in order. */
function input(gap: number[], extra: Partial<CheckInput> = {}, n = 20): CheckInput {
  const beads = [];
  let j = 0;
  for (let i = 0; i < n; i++) beads.push(gap.includes(i) ? bead([i], [], 'omission') : bead([i], [j++]));
  while (j < n) beads.push(bead([], [j++], 'addition'));
  return { source: side('en', lines(n, 'Sentence')), target: side('de', lines(n, 'Satz')), beads, ...extra };
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const passages = (i: CheckInput, options = {}) => checkAlignment(i, { checks: ['coverage'], ...options }).filter((f) => f.code.endsWith('-passage'));

describe('skipRuns', () => {
  it('joins consecutive left-out sentences of each side', () => {
    const runs = skipRuns(input([3, 4, 5, 9]).beads);
    // Source 3–5 and 9; the four target sentences 16–19 have no source (20 − 16 matched).
    expect(runs).toEqual([{ side: 'src', start: 3, end: 6 }, { side: 'src', start: 9, end: 10 }, { side: 'tgt', start: 16, end: 20 }]);
  });
});

describe('passage findings', () => {
  it('makes one error for a run of 3 sentences, with the range and share in the message', () => {
    const found = passages(input([3, 4, 5]));
    const src = found.find((f) => f.code === 'omission-passage')!;
    expect(src.severity).toBe('error');
    expect(src.src).toEqual([3, 4, 5]);
    // Every sentence is 14 characters and a newline apart: sentence 3 starts at 45, sentence 5 ends at 89.
    expect(src.srcRange).toEqual([45, 89]);
    // 3 of 20 equal-length sentences: 15 %; numbers are 1-based.
    expect(src.message).toBe('Source sentences 4–6 (3 sentences, 15 % of the text) have no counterpart in the target');
    // The 3 target sentences left at the end form the matching added passage.
    expect(found.map((f) => f.code)).toEqual(['omission-passage', 'addition-passage']);
    expect(found[1].tgt).toEqual([17, 18, 19]);
  });

  it('says "not found" in comparable mode, where the other text may say it in other words', () => {
    const all = checkAlignment(input([3, 4, 5]), { checks: ['coverage'], mode: 'comparable' });
    const src = all.find((f) => f.code === 'omission-passage')!;
    // Same run as above; comparable mode makes it a warning and words it as not found, not as missing.
    expect(src.severity).toBe('warning');
    expect(src.message).toBe('Source sentences 4–6 (3 sentences, 15 % of the text) were not found in the target');
    expect(all.find((f) => f.code === 'omission')!.message).toBe('Not found in the target: 1 source sentence');
  });

  it('keeps the single omissions too, as info: the passage is the one to act on', () => {
    const all = checkAlignment(input([3, 4, 5]), { checks: ['coverage'] });
    const single = all.filter((f) => f.code === 'omission');
    expect(single).toHaveLength(3);
    expect(single.map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    // The target sentences 17–19 left at the end are the added passage: their additions are info too.
    expect(all.filter((f) => f.code === 'addition').map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    // A lone omission (no passage) stays a warning.
    const lone = checkAlignment(input([3]), { checks: ['coverage'] }).filter((f) => f.code === 'omission');
    expect(lone.map((f) => f.severity)).toEqual(['warning']);
  });

  it('leaves a run of 2 alone unless it is 2 % of the text, and honours the options', () => {
    // 2 of 20 sentences = 10 % ≥ 2 %: a passage.
    expect(passages(input([3, 4])).map((f) => f.code)).toEqual(['omission-passage', 'addition-passage']);
    expect(passages(input([3, 4]), { passageMinShare: 0.2 })).toEqual([]);
    expect(passages(input([3, 4, 5]), { passageMinShare: 0.2, passageMinSentences: 4 })).toEqual([]);
    // A single sentence is never a passage (it is an `omission`).
    expect(passages(input([3]), { passageMinSentences: 0, passageMinShare: 0 })).toEqual([]);
  });

  it('joins two runs split by an island of up to 2 aligned sentences, without listing the island', () => {
    const found = passages(input([2, 3, 4, 6, 7, 8])).filter((f) => f.code === 'omission-passage');
    expect(found).toHaveLength(1);
    expect(found[0].src).toEqual([2, 3, 4, 6, 7, 8]);
    expect(found[0].message).toContain('3–9 (6 sentences');
    // An island of 3 keeps them apart.
    expect(passages(input([2, 3, 4, 8, 9, 10])).filter((f) => f.code === 'omission-passage')).toHaveLength(2);
  });

  it('between long runs joins an island of up to a tenth of the two runs', () => {
    // Runs 0–19 and 24–43 (20 sentences each) around an island of 4 = (20 + 20) × 0.1: one passage of 40.
    const joined = passages(input([...range(0, 20), ...range(24, 44)], {}, 60)).filter((f) => f.code === 'omission-passage');
    expect(joined.map((f) => f.src!.length)).toEqual([40]);
    // An island of 5 is more than a tenth of 40: two passages.
    const apart = passages(input([...range(0, 20), ...range(25, 45)], {}, 60)).filter((f) => f.code === 'omission-passage');
    expect(apart.map((f) => f.src!.length)).toEqual([20, 20]);
    // A run joined so far counts whole: 0–29, island 30–31, 32–35 joined (0–35, 36 sentences), island 36–38 (3 ≤ (36 + 4) × 0.1), 39–42.
    const chained = passages(input([...range(0, 30), ...range(32, 36), ...range(39, 43)], {}, 60)).filter((f) => f.code === 'omission-passage');
    expect(chained.map((f) => f.src!.length)).toEqual([38]);
  });

  it('counts an island in beads: one chance 4-1 pairing between two runs joins them', () => {
    // Source 2–6 (5) and 11–26 (16) left out; source 7–10 paired with one target sentence (one bead).
    // In sentences the island is 4 > max(2, ⌊21 × 0.1⌋ = 2): two passages; in beads it is 1: one passage of 21.
    const withIsland = (island: ReturnType<typeof bead>[], tgtAfter: number): CheckInput => ({
      source: side('en', lines(30, 'Sentence')),
      target: side('de', lines(tgtAfter + 3, 'Satz')),
      beads: [
        bead([0], [0]), bead([1], [1]),
        ...range(2, 7).map((i) => bead([i], [], 'omission')),
        ...island,
        ...range(11, 27).map((i) => bead([i], [], 'omission')),
        ...range(27, 30).map((i, k) => bead([i], [tgtAfter + k])),
      ],
    });
    const one = passages(withIsland([bead([7, 8, 9, 10], [2])], 3)).filter((f) => f.code === 'omission-passage');
    expect(one.map((f) => f.src)).toEqual([[...range(2, 7), ...range(11, 27)]]);
    // The same four sentences as four 1-1 pairings: four beads, more than 2, so two passages.
    const four = passages(withIsland(range(7, 11).map((i, k) => bead([i], [2 + k])), 6)).filter((f) => f.code === 'omission-passage');
    expect(four.map((f) => f.src!.length)).toEqual([5, 16]);
  });

  it('in comparable mode an island is a real pair: the two runs stay two passages', () => {
    const found = passages(input([2, 3, 4, 6, 7, 8]), { mode: 'comparable' }).filter((f) => f.code === 'omission-passage');
    expect(found.map((f) => f.src)).toEqual([[2, 3, 4], [6, 7, 8]]);
  });

  it('rejects a negative threshold', () => {
    expect(() => checkAlignment(input([]), { passageMinShare: -1 })).toThrow(/passageMinShare/);
  });
});

describe('passages in the Markdown report', () => {
  it('shows a passage as one row of the omissions table', () => {
    const base = reportFixture();
    const x = input([3, 4, 5]);
    const report = { ...base, mode: 'parallel' as const, source: { ...base.source, sentences: x.source.sentences }, target: { ...base.target, sentences: x.target.sentences }, beads: x.beads, findings: checkAlignment(x, { checks: ['coverage'] }) };
    const md = renderReport(report, 'md');
    expect(md).toContain('## Omissions: source sentences with no counterpart in the target (1)');
    expect(md).toContain('| 4–6 (3 sentences) |');
    expect(md).toContain('## Additions: target sentences with no counterpart in the source (1)');
  });
});

describe('passage findings: layout lines', () => {
  // 20 prose pairs, then 8 target lines no source sentence has. Captions and credits of a plates section:
  // the splitter takes lines without final punctuation for headings; `é » .` is a body line of one letter.
  const prose = Array.from({ length: 20 }, (_, k) => `The climbers reached camp ${k} late in the evening.`);
  const proseT = Array.from({ length: 20 }, (_, k) => `Les alpinistes atteignirent le camp ${k} tard le soir.`);
  const captions: [string, { kind: 'heading' | 'body' }][] = [
    ['Lhotse ( 8501 m )', { kind: 'heading' }],
    ['Photo Schweizerische Stiftung , Zürich', { kind: 'heading' }],
    ['Expédition suisse au Mont Everest , 1956', { kind: 'heading' }],
    ['é » .', { kind: 'body' }],
    ['Tour de Muztagh ( 7297 m ) , du SSE', { kind: 'heading' }],
    ['i - Photo Schweiz .', { kind: 'body' }],
    ['Gasherbrum II , III , IV , du glacier sud', { kind: 'heading' }],
    ['Kangchenjunga , arête nord', { kind: 'heading' }],
  ];
  const added = (extra: readonly (string | [string, { kind: 'heading' | 'body' }])[]): CheckInput => ({
    source: side('en', prose),
    target: side('fr', [...proseT, ...extra]),
    beads: [...prose.map((_, i) => bead([i], [i])), ...extra.map((_, k) => bead([], [20 + k], 'addition'))],
  });
  it('a block of captions and debris is info, with a note', () => {
    // Prose: body lines of 5 letters or more: only `i - Photo Schweiz .` (13 letters), 1 of 8, under a quarter.
    const f = passages(added(captions));
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual(['info addition-passage']);
    expect(f[0]!.note).toMatch(/captions, headings or fragments/);
  });
  it('an added block of sentences stays an error, and so does a block with a quarter of them prose', () => {
    const sentences = ['They waited three days for the weather.', 'Then the wind dropped.', 'Nobody had slept.'];
    expect(passages(added(sentences)).map((x) => `${x.severity} ${x.code}`)).toEqual(['error addition-passage']);
    // Two sentences among six captions: 3 of 8 prose (with `i - Photo Schweiz .`), a quarter or more.
    const mixed = [...captions.slice(0, 6), sentences[0]!, sentences[1]!];
    expect(passages(added(mixed)).map((x) => `${x.severity} ${x.code}`)).toEqual(['error addition-passage']);
  });
  it('a block of unpunctuated lines in a document written without final punctuation stays an error', () => {
    // Subtitles: every target line is a heading to the splitter, so the 20 paired lines are 0 % prose
    // (under half): the added lines are how this text is written, not layout.
    const subtitles = (lines: readonly string[]): [string, { kind: 'heading' }][] => lines.map((l) => [l, { kind: 'heading' }]);
    const input = added(captions);
    const target = side('fr', [...subtitles(proseT.map((l) => l.replace(/\.$/u, ''))), ...captions]);
    expect(passages({ ...input, target }).map((x) => `${x.severity} ${x.code}`)).toEqual(['error addition-passage']);
  });
});
