import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { endsInTitle } from '../../src/check/coverage.js';
import type { CheckInput } from '../../src/check/types.js';
import { bead, side, swap, textOf } from './helpers.js';

const run = (input: CheckInput, mode: 'parallel' | 'comparable' = 'parallel') => checkAlignment(input, { checks: ['coverage'], mode });
const codes = (input: CheckInput, mode: 'parallel' | 'comparable' = 'parallel') => run(input, mode).map((f) => `${f.severity} ${f.code}`);

const input = (): CheckInput => ({
  source: side('en', [
    'Maduro met Amir-Abdollahian in Caracas.',
    'Elsewhere, the diplomat met Delcy Rodriguez and signed 12 deals worth 5 million dollars.',
    'The two sides discussed oil.',
    ['Read more: Venezuela voices support for regional currency initiative', { kind: 'boilerplate' }],
  ]),
  target: side('id', [
    'Maduro bertemu Amir-Abdollahian di Caracas.',
    'Diplomat itu juga bertemu pejabat lain.',
    'Kepala diplomat Iran juga menyinggung konflik Ukraina.',
    ['Baca Juga : Ukraina Minta Pasokan Senjata', { kind: 'boilerplate' }],
  ]),
  beads: [bead([0], [0]), bead([1], [1], 'partial'), bead([2], [], 'omission'), bead([3], [], 'omission'), bead([], [2], 'addition'), bead([], [3], 'addition')],
});

describe('coverage check', () => {
  it('passes a complete translation', () => {
    const full: CheckInput = { ...input(), beads: [bead([0], [0])] };
    full.source = side('en', [input().source.sentences[0].text]);
    full.target = side('id', [input().target.sentences[0].text]);
    expect(codes(full)).toEqual([]);
    expect(codes(swap(full))).toEqual([]);
  });
  it('flags omissions (warning), additions (warning; info when comparable) and what a partial pair lost', () => {
    expect(codes(input())).toEqual(['warning partial', 'warning omission', 'warning addition']);
    expect(codes(input(), 'comparable')).toEqual(['info partial', 'warning omission', 'info addition']);
    const partial = run(input()).find((f) => f.code === 'partial')!;
    expect(partial.expected).toBe('Delcy Rodriguez, 12, 5 million');
    const omission = run(input()).find((f) => f.code === 'omission')!;
    expect(omission).toMatchObject({ src: [2], bead: 2 });
    expect(textOf(input().source).slice(...omission.srcRange!)).toBe('The two sides discussed oil.');
  });
  it('boilerplate and social lines are never omissions or additions; swapped roles swap the codes', () => {
    expect(codes(swap(input()))).toEqual(['warning omission', 'warning addition']);
  });
});

describe('coverage: a lead-in clause left alone in the source', () => {
  // Source: "Die anderen Teilnehmer waren :" (four words ending in a colon), then the list it leads into.
  const source = side('de', ['Die Gruppe stieg auf.', 'Die anderen Teilnehmer waren :', 'Brown, Patey und Hartog.']);
  const target = side('fr', ['Le groupe monta.', 'Les autres participants étaient Brown, Patey et Hartog.']);
  const run = (beads: ReturnType<typeof bead>[]) => checkAlignment({ source, target, beads }, { checks: ['coverage'] }).map((f) => `${f.severity} ${f.code} ${f.src}`);
  it('is an info omission when the next source sentence is paired (the translation joined them)', () => {
    expect(run([bead([0], [0]), bead([1], [], 'omission'), bead([2], [1])])).toEqual(['info omission 1']);
    expect(checkAlignment({ source, target, beads: [bead([0], [0]), bead([1], [], 'omission'), bead([2], [1])] }, { checks: ['coverage'] })[0]!.note).toMatch(/joined/);
  });
  it('stays a warning when the next source sentence is not paired, or the sentence is no lead-in', () => {
    const added = side('fr', ['Le groupe monta.', 'Il faisait beau.', 'Brown, Patey et Hartog.']);
    const beads = [bead([0], [0]), bead([1], [], 'omission'), bead([], [1], 'addition'), bead([2], [2])];
    expect(checkAlignment({ source, target: added, beads }, { checks: ['coverage'] }).map((f) => `${f.severity} ${f.code} ${f.src}`)).toEqual(['warning omission 1', 'warning addition undefined']);
    expect(run([bead([0], [], 'omission'), bead([1, 2], [0, 1])])).toEqual(['warning omission 0']);
  });
});

describe('coverage: a piece of a sentence that a merged-bead test reports', () => {
  // `unsupportedSentences` reports sentences inside merged beads. A sentence in lower case right after
  // one of its own bead is a piece of it (the segmenter cut one sentence at a colon or semicolon): weak
  // evidence. A lead-in clause stays a warning there (a deleted Bible verse ending in a colon looks the same).
  const source = side('de', ['Die Gruppe stieg auf.', 'Nun begannen die Erkundungen :', 'Die erste Exkursion führte zum Gletscher.', 'Es schneite.']);
  const target = side('fr', ['Le groupe monta.', 'Une première excursion les conduisit au glacier.', 'Il neige.']);
  const omitted = (beads: ReturnType<typeof bead>[], sentence: number, at: number, src = source) =>
    checkAlignment({ source: src, target, beads, unsupported: [{ side: 'source', sentence, bead: at, similarity: 0, evidence: 'support' }] }, { checks: ['coverage'] });
  it('a lead-in clause stays a warning, grouped with the sentence it leads into or with the one before', () => {
    expect(omitted([bead([0], [0]), bead([1, 2], [1]), bead([3], [2])], 1, 1).map((f) => `${f.severity} ${f.code} ${f.src}`)).toEqual(['warning omission 1']);
    expect(omitted([bead([0, 1], [0]), bead([2], [1]), bead([3], [2])], 1, 0).map((f) => f.severity)).toEqual(['warning']);
  });
  it('a sentence in lower case after a sentence of its own merged bead is info', () => {
    const cut = side('de', ['Die Gruppe stieg auf ;', 'dann begann es zu schneien.', 'Die erste Exkursion führte zum Gletscher.', 'Es schneite.']);
    const found = omitted([bead([0, 1], [0]), bead([2], [1]), bead([3], [2])], 1, 0, cut);
    expect(found.map((f) => `${f.severity} ${f.code} ${f.src}`)).toEqual(['info omission 1']);
    expect(found[0]!.note).toMatch(/lower case/);
  });
  it('stays a warning for a whole sentence, or one in lower case after a sentence of another bead', () => {
    // Sentence 2 (a whole sentence) grouped with the clause before it.
    expect(omitted([bead([0], [0]), bead([1, 2], [1]), bead([3], [2])], 2, 1).map((f) => f.severity)).toEqual(['warning']);
    // In lower case after a sentence of another bead: a deleted translation looks the same.
    const cut = side('de', ['Die Gruppe stieg auf ;', 'dann begann es zu schneien.', 'Die erste Exkursion führte zum Gletscher.', 'Es schneite.']);
    expect(omitted([bead([0], [0]), bead([1, 2], [1]), bead([3], [2])], 1, 1, cut).map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('coverage: debris', () => {
  it('an added or omitted sentence of fewer than four letters is info, with a note', () => {
    // `24 a !` has one letter, `...` none; `Il neige.` has seven and stays a warning.
    const source = side('de', ['Die Gruppe stieg auf.', '...', 'Es schneite.']);
    const target = side('fr', ['Le groupe monta.', '24 a !', 'Il neige.', 'Il neige.']);
    const beads = [bead([0], [0]), bead([], [1], 'addition'), bead([1], [], 'omission'), bead([2], [2]), bead([], [3], 'addition')];
    const found = checkAlignment({ source, target, beads }, { checks: ['coverage'] });
    expect(found.map((f) => `${f.severity} ${f.code} ${f.src ?? ''}/${f.tgt ?? ''}`)).toEqual(['info omission 1/', 'info addition /1', 'warning addition /3']);
    expect(found[0]!.note).toMatch(/hardly any letters/);
  });
});

describe('coverage: a sentence that goes on from the one before', () => {
  it('an addition is info when it starts in lower case right after a paired sentence; an omission stays a warning', () => {
    const source = side('de', ['Die Gruppe stieg auf,', 'aber die Nacht war kalt.', 'Es schneite.']);
    const target = side('fr', ['Le groupe monta ;', 'mais la nuit sera glaciale.', 'Il neige.']);
    const added = [bead([0], [0]), bead([], [1], 'addition'), bead([1, 2], [2])];
    const found = checkAlignment({ source, target, beads: added }, { checks: ['coverage'] });
    expect(found.map((f) => `${f.severity} ${f.code}`)).toEqual(['info addition']);
    expect(found[0]!.note).toMatch(/lower case/);
    // On the source side the same shape is also a deleted translation's (`die bisherigen Versuche…` after a semicolon).
    const omitted = [bead([0], [0, 1]), bead([1], [], 'omission'), bead([2], [2])];
    expect(checkAlignment({ source, target, beads: omitted }, { checks: ['coverage'] }).map((f) => `${f.severity} ${f.code}`)).toEqual(['warning omission']);
  });
  it('stays a warning when the sentence before is not paired, or it starts in upper case', () => {
    // Two hundred filler pairs first, so that the added sentences are no passage (fewer than 2 % of the text).
    const filler = Array.from({ length: 200 }, (_, k) => `Satz Nummer ${k} des Textes.`);
    const fillerBeads = filler.map((_, k) => bead([k], [k]));
    const n = filler.length;
    const source = side('de', [...filler, 'Die Gruppe stieg auf.', 'Es schneite.']);
    const target = side('fr', [...filler, 'Le groupe monta ;', 'mais la nuit sera glaciale.', 'Il neige.']);
    // `mais la nuit…` follows an added sentence, not a paired one.
    expect(checkAlignment({ source, target, beads: [...fillerBeads, bead([], [n], 'addition'), bead([], [n + 1], 'addition'), bead([n, n + 1], [n + 2])] }, { checks: ['coverage'] })
      .filter((f) => f.code === 'addition').map((f) => f.severity)).toEqual(['warning', 'warning']);
    const upper = side('fr', [...filler, 'Le groupe monta.', 'Mais la nuit sera glaciale.', 'Il neige.']);
    expect(checkAlignment({ source, target: upper, beads: [...fillerBeads, bead([n], [n]), bead([], [n + 1], 'addition'), bead([n + 1], [n + 2])] }, { checks: ['coverage'] })
      .map((f) => `${f.severity} ${f.code}`)).toEqual(['warning addition']);
  });
});

describe('coverage: a lead-in clause left alone in the target', () => {
  // Target: "C'était prévu ;" (a short clause ending in a semicolon), then its continuation, which is paired.
  const source = side('de', ['Die erste Gruppe stieg auf.', 'Das Wetter schlug um, wie erwartet.']);
  const target = side('fr', ['Le premier groupe monta.', "C'était prévu ;", 'le temps changea.']);
  const run = (beads: ReturnType<typeof bead>[]) => checkAlignment({ source, target, beads }, { checks: ['coverage'] }).map((f) => `${f.code} ${f.tgt}`);
  it('is not an addition when the next target sentence has a source', () => {
    expect(run([bead([0], [0]), bead([], [1], 'addition'), bead([1], [2])])).toEqual([]);
  });
  it('is one when the next sentence has none', () => {
    expect(run([bead([0], [0]), bead([], [1], 'addition'), bead([], [2], 'addition'), bead([1], [], 'omission')]).filter((c) => c.startsWith('addition '))).toEqual(['addition 1', 'addition 2']);
  });
});

describe('endsInTitle', () => {
  it('is a title of the language before the line break, not a name suffix, a street, an initial or a unit', () => {
    expect(endsInTitle("A la demande de l' officier de liaison , capt .", 'fr')).toBe(true);
    expect(endsInTitle('The talks were opened by Prof.', 'en')).toBe(true);
    // After a capitalised word the abbreviation follows a name: `Jr.`, `St.` (street).
    expect(endsInTitle('It was written by Martin Luther King Jr.', 'en')).toBe(false);
    expect(endsInTitle('They lived on Main St.', 'en')).toBe(false);
    // A single letter is an initial or a unit (Arabic `م`, the year after Arabic-Indic digits).
    expect(endsInTitle('ولد عام ١٩٥٠ م.', 'ar')).toBe(false);
    // After a number: a unit.
    expect(endsInTitle('Le camp fut installé à 6300 m .', 'fr')).toBe(false);
    // Not a title: an ordinary word before the stop.
    expect(endsInTitle('Ils montèrent au camp .', 'fr')).toBe(false);
  });
});

describe('coverage: a sentence cut off before a name', () => {
  const source = side('de', ['Sie erreichten Skardu.', 'Auf Verlangen des Verbindungsoffiziers Captain Quain Ali Shah wurden die Lasten umgepackt.', 'Es schneite.']);
  it('an addition ending in a title, with the next sentence paired, is info', () => {
    // `capt` is a title that stands before a name (the segmenter's prepositive abbreviations): the line
    // broke between it and `Quain Ali Shah`, which the next bead pairs.
    const target = side('fr', ['Ils atteignirent Skardu.', "A la demande de l' officier de liaison , capt .", 'Quain Ali Shah , il fallut refaire les charges .', 'Il neige.']);
    const found = run({ source, target, beads: [bead([0], [0]), bead([], [1], 'addition'), bead([1], [2]), bead([2], [3])] });
    expect(found.map((f) => `${f.severity} ${f.code}`)).toEqual(['info addition']);
    expect(found[0]!.note).toMatch(/title before a name/);
  });
  it('stays a warning after a number (a unit, `8000 m .`), when the next sentence is not paired, or on the source side', () => {
    const unit = side('fr', ['Ils atteignirent Skardu.', 'Le camp fut installé à 6300 m .', 'Quain Ali Shah , il fallut refaire les charges .', 'Il neige.']);
    expect(codes({ source, target: unit, beads: [bead([0], [0]), bead([], [1], 'addition'), bead([1], [2]), bead([2], [3])] })).toEqual(['warning addition']);
    // At the end of the text: no next sentence that the cut-off line could begin.
    const last = side('fr', ['Ils atteignirent Skardu.', 'Quain Ali Shah , il fallut refaire les charges .', 'Il neige.', "A la demande de l' officier de liaison , capt ."]);
    expect(codes({ source, target: last, beads: [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([], [3], 'addition')] })).toEqual(['warning addition']);
    // A source sentence ending in a title whose translation is gone is an omission a reviewer must see.
    const src = side('de', ['Sie erreichten Skardu.', 'Die Expedition leitete Capt .', 'Ali Shah kam mit.', 'Es schneite.']);
    const tgt = side('fr', ['Ils atteignirent Skardu.', 'Ali Shah vint aussi.', 'Il neige.']);
    expect(codes({ source: src, target: tgt, beads: [bead([0], [0]), bead([1], [], 'omission'), bead([2], [1]), bead([3], [2])] })).toEqual(['warning omission']);
  });
});
