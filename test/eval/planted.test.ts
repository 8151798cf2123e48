// The planted-error benchmark's planting, windowing and matching, on small documents of its own.
import { describe, expect, it } from 'vitest';
import { caught, joinLines, lineAt, lineFindings, type LineFinding } from '../../scripts/planted/match.js';
import { changeNumber, misspell, plant, rng, sample, sites, type GoldDoc } from '../../scripts/planted/plant.js';
import { spread, windows } from '../../scripts/planted/windows.js';
import type { Report } from '../../src/report/types.js';

const doc: GoldDoc = {
  id: 'd', srcLang: 'en', tgtLang: 'de',
  src: [
    'Heading',
    'The expedition left Kathmandu on 12 March with 25 porters.',
    'It was a long march through the valleys of the east.',
    'On Monday they reached the base camp below the glacier.',
  ],
  tgt: [
    'Überschrift',
    'Die Expedition verließ Kathmandu am 12. März mit 25 Trägern.',
    'Es war ein langer Marsch durch die Täler im Osten.',
    'Am Montag erreichten sie das Basislager unter dem Gletscher.',
  ],
  gold: [{ src: [0], tgt: [0] }, { src: [1], tgt: [1] }, { src: [2], tgt: [2] }, { src: [3], tgt: [3] }],
};

describe('sites', () => {
  it('numbers: digit groups present on both sides of a 1-1 bead', () => {
    // Line 1 has 12 and 25 on both sides; nothing else has digits.
    const s = sites(doc, 'number');
    expect(s.map((x) => [x.tgtLine, doc.tgt[1]!.slice(x.edit!.start, x.edit!.end), x.edit!.text])).toEqual([[1, '12', '13'], [1, '25', '26']]);
  });
  it('dates: a month or weekday word with the same index on both sides, moved to the next', () => {
    const s = sites(doc, 'date');
    expect(s.map((x) => [x.tgtLine, x.edit!.text])).toEqual([[1, 'April'], [3, 'Dienstag']]);
  });
  it('names: a capitalised word that is not line-initial and is spelled the same on both sides', () => {
    expect(sites(doc, 'name').map((x) => doc.tgt[x.tgtLine]!.slice(x.edit!.start, x.edit!.end))).toEqual(['Kathmandu']);
  });
  it('delete, untranslated and url: sentence-like source lines only (the one-word heading is skipped)', () => {
    for (const kind of ['delete', 'untranslated', 'url'] as const) expect(sites(doc, kind).map((x) => x.srcLine)).toEqual([1, 2, 3]);
  });
  it('skips beads that are not 1-1', () => {
    const merged = { ...doc, gold: [{ src: [0], tgt: [0] }, { src: [1, 2], tgt: [1, 2] }, { src: [3], tgt: [3] }] };
    expect(sites(merged, 'delete').map((x) => x.srcLine)).toEqual([3]);
  });
});

describe('plant', () => {
  it('deletes a target line and maps the rest back to their old indices', () => {
    const p = plant(doc, sites(doc, 'delete')[0]!);
    expect(p.tgt).toHaveLength(3);
    expect(p.tgtOrig).toEqual([0, 2, 3]);
    expect(p.src).toEqual(doc.src);
  });
  it('untranslated puts the source line in place of the target line', () => {
    const p = plant(doc, sites(doc, 'untranslated')[1]!);
    expect(p.tgt[2]).toBe(doc.src[2]);
  });
  it('url goes into the source before the final full stop; the target is untouched', () => {
    const p = plant(doc, sites(doc, 'url')[0]!);
    expect(p.src[1]).toBe('The expedition left Kathmandu on 12 March with 25 porters (https://example.org/ref/2).');
    expect(p.tgt).toEqual(doc.tgt);
  });
  it('number edits change the value and keep the width', () => {
    expect(changeNumber('1957')).toBe('1958');
    expect(changeNumber('1,209')).toBe('1,208');
    expect(plant(doc, sites(doc, 'number')[0]!).tgt[1]).toContain('am 13. März');
  });
  it('misspell changes one inner letter, vowel for vowel', () => {
    // Inner letters of Finland: i n l a n; pick 0 → i → o.
    expect(misspell('Finland', 0)).toBe('Fonland');
    expect(misspell('Finland', 1)).toBe('Fipland');
  });
});

describe('seeded sampling', () => {
  it('is repeatable and draws without replacement, in order', () => {
    const a = sample([1, 2, 3, 4, 5, 6, 7, 8], 3, rng(1));
    expect(a).toEqual(sample([1, 2, 3, 4, 5, 6, 7, 8], 3, rng(1)));
    expect(new Set(a).size).toBe(3);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
  });
  it('spread takes first, last and evenly between', () => {
    expect(spread([0, 1, 2, 3, 4, 5, 6, 7, 8], 3)).toEqual([0, 4, 8]);
    expect(spread([0, 1], 3)).toEqual([0, 1]);
  });
});

describe('windows', () => {
  const long: GoldDoc = {
    ...doc,
    src: ['a', 'b', 'c', 'd', 'e', 'f'],
    tgt: ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
    // The bead [2]:[2,4] is not contiguous, so no cut may fall between target lines 2 and 4.
    gold: [{ src: [0], tgt: [0] }, { src: [1], tgt: [1] }, { src: [2], tgt: [2, 4] }, { src: [3], tgt: [3] }, { src: [4], tgt: [5] }, { src: [5], tgt: [6] }],
  };
  it('cuts at clean bead boundaries (never inside the non-contiguous bead) and re-indexes', () => {
    const w = windows(long, 2);
    expect(w.map((x) => [x.src.join(''), x.tgt.join('')])).toEqual([['ab', 'AB'], ['cd', 'CDE'], ['ef', 'FG']]);
    // Window 2 starts at source line 2 and target line 2: [2]:[2,4] becomes [0]:[0,2].
    expect(w[1]!.gold).toEqual([{ src: [0], tgt: [0, 2] }, { src: [1], tgt: [1] }]);
  });
  it('with one line per window, the non-contiguous bead still keeps target lines 2 to 4 together', () => {
    expect(windows(long, 1).map((x) => x.tgt.join(''))).toEqual(['A', 'B', 'CDE', 'F', 'G']);
  });
  it('never cuts next to a line that no gold bead places: it stays with the lines on both sides of it', () => {
    // Target line 2 (`C`) is in no bead: whether it translates `b` or `c` is unknown, so no cut falls
    // before or after it, and the first window runs on to the next clean boundary.
    const gap: GoldDoc = { ...doc, src: ['a', 'b', 'c', 'd'], tgt: ['A', 'B', 'C', 'D', 'E'], gold: [{ src: [0], tgt: [0] }, { src: [1], tgt: [1] }, { src: [2], tgt: [3] }, { src: [3], tgt: [4] }] };
    expect(windows(gap, 2).map((x) => [x.src.join(''), x.tgt.join('')])).toEqual([['abc', 'ABCD'], ['d', 'E']]);
  });
  it('leaves a short document whole', () => {
    expect(windows(long, 10)).toEqual([long]);
  });
});

describe('matching', () => {
  it('maps offsets to lines of the joined text', () => {
    const { text, starts } = joinLines(['ab', 'cde', 'f']);
    expect(text).toBe('ab\n\ncde\n\nf');
    expect(starts).toEqual([0, 4, 9]);
    expect([0, 3, 4, 8, 9].map((o) => lineAt(starts, o))).toEqual([0, 0, 1, 1, 2]);
  });

  // A report over 3 target lines after line 1 of 4 was deleted: target sentence 1 is old line 2.
  const sentence = (start: number, end: number) => ({ text: '', start, end, paragraph: 0, lang: 'en', kind: 'body' as const });
  const report = {
    source: { lang: 'en', sentences: [sentence(0, 2), sentence(4, 7), sentence(9, 10)] },
    target: { lang: 'de', sentences: [sentence(0, 2), sentence(4, 7)] },
    findings: [
      { code: 'omission', severity: 'warning', src: [1], message: '' },
      { code: 'number-extra', severity: 'warning', src: [2], tgt: [1], actual: '5', message: '' },
    ],
  } as unknown as Report;
  const found = lineFindings(report, [0, 4, 9], [0, 4], [0, 2]);

  it('reads findings in lines of the unmodified document', () => {
    expect(found.map((f) => [f.code, f.src, f.tgt])).toEqual([['omission', [1], []], ['number-extra', [2], [2]]]);
  });
  it('a deletion is caught by an omission at its source line, not one the unmodified run had already', () => {
    const p = plant({ ...doc, src: ['x', 'y', 'z', 'w'] }, { kind: 'delete', srcLine: 1, tgtLine: 1 });
    expect(caught(p, found, new Set())?.code).toBe('omission');
    expect(caught(p, found, new Set([found[0]!.key]))).toBeUndefined();
  });
  it('a finding of another family does not count', () => {
    const p = plant(doc, { kind: 'name', srcLine: 2, tgtLine: 2, edit: { start: 0, end: 0, text: '' } });
    expect(caught(p, found, new Set())).toBeUndefined();
    const numberPlant = { ...p, site: { ...p.site, kind: 'number' as const } };
    expect(caught(numberPlant, found as LineFinding[], new Set())?.code).toBe('number-extra');
  });
  it('a changed number that is a date\'s day is caught by the date-mismatch it causes', () => {
    const p = plant(doc, { kind: 'number', srcLine: 2, tgtLine: 1, edit: { start: 0, end: 0, text: '' } });
    const date: LineFinding = { code: 'date-mismatch', severity: 'error', src: [2], tgt: [1], key: 'date-mismatch|2|1|25. Mai|26 mai' };
    expect(caught(p, [date], new Set())?.code).toBe('date-mismatch');
    const name = plant(doc, { kind: 'name', srcLine: 2, tgtLine: 1, edit: { start: 0, end: 0, text: '' } });
    expect(caught(name, [date], new Set())).toBeUndefined();
  });
});
