// A capitalised word the source also writes in lower case is a common word: its "missing name" is info.
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { allCommonWords } from '../../src/check/common-words.js';
import { lowerCaseWordForms } from '../../src/check/document-words.js';
import { bead, side } from './helpers.js';

const run = (src: string[], tgt: string[]) =>
  checkAlignment({ source: side('en', src), target: side('is', tgt), beads: src.map((_, i) => bead([i], [i])) }, { checks: ['names'] })
    .filter((f) => f.code === 'name-missing').map((f) => `${f.severity} ${f.expected}`);

describe('lowerCaseWordForms and allCommonWords', () => {
  it('collects the words written in lower case, and tests every non-ambiguous word of a name against them', () => {
    const forms = lowerCaseWordForms(side('en', ['a hike', 'Hike Höfn']), [0, 1]);
    expect([...forms].sort()).toEqual(['a', 'hike']);
    expect(allCommonWords([{ text: 'Hike', ambiguous: false }], forms)).toBe(true);
    expect(allCommonWords([{ text: 'Hike', ambiguous: false }, { text: 'Höfn', ambiguous: false }], forms)).toBe(false);
    // Only ambiguous words (sentence-initial): nothing to go by.
    expect(allCommonWords([{ text: 'Hike', ambiguous: true }], forms)).toBe(false);
  });
});

describe('names check: capitalised common words', () => {
  it('a missing "name" the source also writes in lower case is info; a real name stays a warning', () => {
    expect(run(['The Hike starts at the river.', 'It is a short hike.'], ['Gönguleiðin hefst við ána.', 'Þetta er stutt ganga.'])).toEqual(['info Hike']);
    expect(run(['The Hike starts at the river.', 'It is a short walk.'], ['Gönguleiðin hefst við ána.', 'Þetta er stutt ganga.'])).toEqual(['warning Hike']);
  });
});
