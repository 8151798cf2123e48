// Name words by their parts (glued initials), a name written twice with one copy misspelled, and OCR
// misreadings. Expected values worked out by hand from each fixture (letter by letter where it says so).
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/check/index.js';
import { afterInitials, hyphenParts, nameParts } from '../../src/check/name-parts.js';
import { ocrMisreading } from '../../src/check/name-ocr.js';
import { minorSpelling, OCR_NOTE } from '../../src/check/name-minor.js';
import type { CheckInput } from '../../src/check/types.js';
import type { NameToken } from '../../src/text/names.js';
import { bead, pair, side } from './helpers.js';

const codes = (input: CheckInput) =>
  checkAlignment(input, { checks: ['names'] }).map((f) => `${f.severity} ${f.code} ${f.expected ?? ''}/${f.actual ?? ''}`);
const token = (text: string, start = 0): NameToken => ({ text, start, end: start + text.length, initial: false, ambiguous: false });
const texts = (ts: NameToken[]) => ts.map((t) => [t.text, t.start, t.end]);

describe('nameParts (name-parts.ts)', () => {
  it('gives the surname after glued initials, with its offsets', () => {
    // `N.D.` is 4 characters: `Jayal` starts at 10 + 4 and ends where the token does (19).
    expect(texts(afterInitials(token('N.D.Jayal', 10)))).toEqual([['Jayal', 14, 19]]);
    expect(texts(afterInitials(token('M.E.B.Banks')))).toEqual([['Banks', 6, 11]]);
    expect(texts(afterInitials(token('O.M.Robests')))).toEqual([['Robests', 4, 11]]);
    // No initials, or fewer than three letters after them: nothing.
    expect(afterInitials(token('Jayal'))).toEqual([]);
    expect(afterInitials(token('H.R'))).toEqual([]);
    expect(afterInitials(token('U.S.A.'))).toEqual([]);
  });
  it('keeps the hyphen parts of four letters or more', () => {
    expect(texts(hyphenParts(token('Baltoro-Gebiet')))).toEqual([['Baltoro', 0, 7], ['Gebiet', 8, 14]]);
    expect(texts(nameParts(token('Tien-Schan')))).toEqual([['Tien', 0, 4], ['Schan', 5, 10]]);
    expect(nameParts(token('Ali-Ko'))).toEqual([]);
  });
});

describe('names check: glued initials', () => {
  it('a slip in the surname after glued initials is a spelling variant (warning); the same surname is not', () => {
    const src = 'Unter Leitung von Major N.D. Jayal wurde ein Angriff vorbereitet.';
    // Jayal/Jabal: one letter apart (y→b) in five: within max(1, ⌊0.25 × 5⌋) = 1.
    expect(codes(pair('de', src, 'fr', 'Une tentative fut faite sous la conduite du major N.D.Jabal.'))).toEqual(['warning name-spelling Jayal/Jabal']);
    expect(codes(pair('de', src, 'fr', 'Une tentative fut faite sous la conduite du major N.D.Jayal.'))).toEqual([]);
    // The source's glued initials, the target's spaced ones (single capitals are no name words).
    expect(codes(pair('de', 'Später versuchte es M.E.B.Banks von neuem.', 'fr', 'Plus tard, M. E. B. Benks s’y attaqua de nouveau.'))).toEqual(['warning name-spelling Banks/Benks']);
    expect(codes(pair('de', 'Später versuchte es M.E.B.Banks von neuem.', 'fr', 'Plus tard, M. E. B. Banks s’y attaqua de nouveau.'))).toEqual([]);
  });
});

describe('names check: a name with glued initials is not missing where the other side spaces them', () => {
  it('N.D.Jayal / N. D. Jayal: no finding either way', () => {
    // Before: `N.D.Jayal` was compared whole, found nothing alike, and was missing (warning) or extra (info).
    const input = pair('en', 'The expedition was led by N.D.Jayal in that year.', 'fr', 'L’expédition fut conduite par N. D. Jayal cette année.');
    expect(codes(input)).toEqual([]);
    expect(codes(pair('fr', 'L’expédition fut conduite par N. D. Jayal cette année.', 'en', 'The expedition was led by N.D.Jayal in that year.'))).toEqual([]);
    // A surname that is not there is still missing.
    expect(codes(pair('en', 'The expedition was led by N.D.Jayal in that year.', 'fr', 'L’expédition fut conduite par le major cette année.'))).toEqual(['warning name-missing N.D.Jayal/']);
  });
});

describe('names check: a name written twice, one copy misspelled', () => {
  const src = 'Der Sattel liegt nicht zwischen Baltoro und Siachen, sondern zwischen Baltoro und Kondus.';
  it('finds the misspelled copy although the other copy is written right', () => {
    expect(codes(pair('de', src, 'fr', 'Le col n’est pas entre le Balturo et le Siachen, mais entre le Baltoro et le Kondus.'))).toEqual(['warning name-spelling Baltoro/Balturo']);
    expect(codes(pair('de', src, 'fr', 'Le col n’est pas entre le Baltoro et le Siachen, mais entre le Baltoro et le Kondus.'))).toEqual([]);
  });
  it('a target word like a source word the target does not write is that word’s rendering', () => {
    // `Chan` is one letter from `Khan` (written in the target) and from `Schan` (not written): it renders `Schan`.
    const found = codes(pair('de', 'Khan Tengri liegt im Tien-Schan.', 'fr', 'Le Khan Tengri est dans le Tian Chan.'));
    expect(found.filter((c) => c.includes('Khan'))).toEqual([]);
    expect(found).toContain('info name-spelling Schan/Chan');
  });
});

describe('OCR misreadings (name-ocr.ts)', () => {
  it('letters of the same shape, position by position', () => {
    expect(ocrMisreading('Willenpart', 'Wfflenpart')).toBe(true); // i/f, l/f
    expect(ocrMisreading('Aufschnaiter', 'Aufscknaiter')).toBe(true); // h/k
    expect(ocrMisreading('Brocherel', 'Bracherei')).toBe(true); // o/a, l/i
  });
  it('never a slip to the next letter of the alphabet, a neighbouring key, or another length', () => {
    expect(ocrMisreading('Peak', 'Piak')).toBe(false); // e/i
    expect(ocrMisreading('Jayal', 'Jabal')).toBe(false); // y/b
    expect(ocrMisreading('Himalaya', 'Hinalaya')).toBe(false); // m/n
    expect(ocrMisreading('Finland', 'Finlend')).toBe(false); // a/e
    expect(ocrMisreading('Paragot', 'Parangot')).toBe(false); // one letter more
    expect(ocrMisreading('Lerch', 'Lerch')).toBe(false); // no difference
  });
  it('makes the finding info with its note in a scanned document, and only there', () => {
    expect(minorSpelling('Wfflenpart', 'Willenpart', new Map(), () => true)).toBe(OCR_NOTE);
    expect(minorSpelling('Wfflenpart', 'Willenpart', new Map(), () => false)).toBeUndefined();
    // A scanned document: a target line of recognition debris (`âjJi.ïïJïW` switches case twice, `.1*` has a
    // symbol and a dot: two debris words, ocr-debris.ts).
    const scanned = (src: string, tgt: string): CheckInput => ({
      source: side('de', [src]), target: side('fr', [tgt, "l' in 29 âjJi.ïïJïW .1* demnité"]), beads: [bead([0], [0]), bead([], [1], 'addition')],
    });
    expect(codes(scanned('Gipfelmannschaft S.Larch und H.Wfflenpart.', 'Équipe du sommet : S. Larch et H. Willenpart.'))).toEqual(['info name-spelling Wfflenpart/Willenpart']);
    // a→e is no shape confusion: a warning.
    expect(codes(scanned('Gipfelmannschaft S.Larch und H.Willenpart.', 'Équipe du sommet : S. Larch et H. Willenpert.'))).toEqual(['warning name-spelling Willenpart/Willenpert']);
    // The same pair typed (no debris anywhere): a slip like any other.
    expect(codes(pair('de', 'Gipfelmannschaft S.Larch und H.Wfflenpart.', 'fr', 'Équipe du sommet : S. Larch et H. Willenpart.'))).toEqual(['warning name-spelling Wfflenpart/Willenpart']);
  });
});

describe('OCR misreadings: b is no shape confusion', () => {
  it('Dhaulagiri/Dbaulagiri stays a slip', () => {
    expect(ocrMisreading('Dhaulagiri', 'Dbaulagiri')).toBe(false); // h/b: left out of the groups
    expect(ocrMisreading('Siachen', 'Siacben')).toBe(false);
  });
});
