// Compound splitting: which split of a word the lexicon does not know is taken, and what the
// resolver emits for it (German and Icelandic only; a part before the last must match as written).
import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../src/lexicon/compound.js';
import { ConceptResolver } from '../../src/lexicon/resolve.js';
import { emitted, side } from '../fixtures/resolver-fixture.js';

/** `known` from two word lists: parts known before the last, and parts known as the last. */
const knownFrom = (heads: string[], lasts: string[]) => (p: string, last: boolean) => (last ? lasts : heads).includes(p);

describe('splitCompound', () => {
  it('prefers the longer last part (the compound head)', () => {
    // gipfel|mannschaft and gipfelmann|schaft both split; the last part of the first is longer.
    const known = knownFrom(['gipfel', 'gipfelmann'], ['mannschaft', 'schaft']);
    expect(splitCompound('gipfelmannschaft', known)).toEqual(['gipfel', 'mannschaft']);
    // süd|seite (3-letter head) over süds|eite.
    expect(splitCompound('südseite', knownFrom(['süd', 'süds'], ['seite', 'eite']))).toEqual(['süd', 'seite']);
  });

  it('splits into three parts only when two do not do', () => {
    const known = knownFrom(['snjó', 'sleða', 'snjósleða'], ['ferðir', 'sleðaferðir']);
    // Two parts exist (snjó|sleðaferðir, snjósleða|ferðir): the longer last part wins.
    expect(splitCompound('snjósleðaferðir', known)).toEqual(['snjó', 'sleðaferðir']);
    const three = knownFrom(['snjó', 'sleða'], ['ferðir']);
    expect(splitCompound('snjósleðaferðir', three)).toEqual(['snjó', 'sleða', 'ferðir']);
    expect(splitCompound('snjósleðaferðir', three, 2)).toBeUndefined();
  });

  it('leaves a word whose pieces are not all known, or whose last piece is an ending', () => {
    expect(splitCompound('gipfelxyzq', knownFrom(['gipfel'], ['treffen']))).toBeUndefined();
    // `ion` has 3 letters: a last part needs 4.
    expect(splitCompound('expedition', knownFrom(['expedit'], ['ion']))).toBeUndefined();
  });
});

describe('ConceptResolver on compounds', () => {
  const forms = { gipfel: 'fr:sommet', treffen: 'fr:rencontre' };

  it('gives a German compound the concepts of its parts, each at 0.7', () => {
    // Each concept has one form (df 1), so its specificity is 1: weights 0.7 and 0.7.
    expect(emitted(new ConceptResolver(side('de', forms)), 'Gipfeltreffen')).toEqual([0.7, 0.7]);
    // As whole words they weigh 1, and a word known whole is not split.
    expect(emitted(new ConceptResolver(side('de', forms)), 'Gipfel Treffen')).toEqual([1, 1]);
    expect(emitted(new ConceptResolver(side('de', { ...forms, gipfeltreffen: 'fr:sommet' })), 'Gipfeltreffen')).toEqual([1]);
  });

  it('takes a linking element off a part before the last', () => {
    // verbindung-s-offizier: `verbindungs` is not a form, `verbindung` is.
    const r = new ConceptResolver(side('de', { verbindung: 'fr:liaison', offizier: 'fr:officier' }));
    expect(emitted(r, 'Verbindungsoffizier')).toEqual([0.7, 0.7]);
  });

  it('does not split in languages that are not listed, nor on a head known only by its stem', () => {
    expect(emitted(new ConceptResolver(side('fr', forms)), 'gipfeltreffen')).toEqual([]);
    // `expedit` is only a stem here (the lexicon's stem of some longer word), and the German
    // stemmer leaves `expeditionen` as `expedition`, so the word itself is not found: it must not
    // become expedit|ionen.
    const r = new ConceptResolver(side('de', { ionen: 'fr:ion' }, { expedit: 'fr:expédition' }));
    expect(emitted(r, 'expeditionen')).toEqual([]);
  });
});
