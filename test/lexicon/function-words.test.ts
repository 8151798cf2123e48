// Icelandic function words weigh little whatever their letters: the stop-word list is ASCII-folded (`med`,
// `thad`), so the resolver folds a word before asking (`með`, `það`), as the embedder folds text.
import { describe, expect, it } from 'vitest';
import type { ConceptMap, SideLexicons } from '../../src/lexicon/pair.js';
import { ConceptResolver } from '../../src/lexicon/resolve.js';

const map = (forms: Record<string, string>): ConceptMap => ({ forms: new Map(Object.entries(forms)), stems: new Map() });
// One concept per form, each given by one form: weight 1 (specificity 1, one concept) unless a function word.
const is: SideLexicons = { lang: 'is', maps: [map({ með: 'while', það: 'that', jökull: 'glacier' })], back: [], identities: new Map() };

const weights = (text: string): number[] => {
  const out: number[] = [];
  new ConceptResolver(is).resolve(text, (_, w) => out.push(Math.round(w * 1000) / 1000));
  return out;
};

describe('ConceptResolver function words', () => {
  it('weighs a function word written with ð or þ at the stop-word factor (0.2), as its folded form', () => {
    expect(weights('með')).toEqual([0.2]);
    expect(weights('Það')).toEqual([0.2]);
  });

  it('keeps a content word at full weight', () => {
    expect(weights('jökull')).toEqual([1]);
  });
});

describe('ConceptResolver function words of other languages', () => {
  it('asks the stop-word list with a German word as written (`für` is not `fur`)', () => {
    // `für` weighs 1 (one concept, one form); `fur` (the folded form) is on the list; `und` is on it as written.
    const de: SideLexicons = { lang: 'de', maps: [map({ für: 'for', und: 'and' })], back: [], identities: new Map() };
    const out: number[] = [];
    new ConceptResolver(de).resolve('für und', (_, w) => out.push(Math.round(w * 1000) / 1000));
    expect(out).toEqual([1, 0.2]);
  });
});
