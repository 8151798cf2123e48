// Round trips through a direct pair file: a German word's French translations translated back
// into German, so that two words meet when one's translation is the other's synonym.
import { describe, expect, it } from 'vitest';
import { conceptCounts } from '../../src/lexicon/counts.js';
import type { ConceptMap, SideLexicons } from '../../src/lexicon/pair.js';
import { ConceptResolver } from '../../src/lexicon/resolve.js';

const map = (forms: Record<string, string>): ConceptMap => ({ forms: new Map(Object.entries(forms)), stems: new Map() });

// de → fr: Gipfel = sommet. fr → de: sommet = Gipfel or Spitze, cime = Spitze.
const deFr = map({ gipfel: 'fr:sommet' });
const frDe = map({ sommet: 'de:gipfel|de:spitz', cime: 'de:spitz' });
const de: SideLexicons = { lang: 'de', maps: [deFr], back: [{ prefix: 'fr:', map: frDe }], identities: new Map([['de:', conceptCounts([frDe])]]) };
const fr: SideLexicons = { lang: 'fr', maps: [frDe], back: [{ prefix: 'de:', map: deFr }], identities: new Map([['fr:', conceptCounts([deFr])]]) };

const concepts = (side: SideLexicons, text: string): Map<number, number> => {
  const out = new Map<number, number>();
  new ConceptResolver(side).resolve(text, (h, w) => out.set(h, Math.round(w * 1000) / 1000));
  return out;
};

describe('ConceptResolver round trips', () => {
  it('lets a word meet its translation’s synonym', () => {
    // `Gipfel` and `cime` share no concept directly (fr:sommet and de:gipfel against de:spitz and
    // fr:cime); back through fr → de, `sommet` gives de:gipfel and de:spitz, which `cime` has.
    const g = concepts(de, 'Gipfel');
    const c = concepts(fr, 'cime');
    expect([...g.keys()].filter((h) => c.has(h))).toHaveLength(1);
  });

  it('weighs a round trip at 0.7 of the translation, shared among the back translations', () => {
    // fr:sommet weighs 1 (one form, specificity 1, one concept). Its two back translations each
    // weigh 0.7 × 1 / √2 = 0.495 (de:spitz: 2 forms, specificity min(1, 2 / (1 + ln 2)) = 1);
    // de:gipfel is also the identity of `Gipfel` itself (weight 1), which keeps the larger.
    expect([...concepts(de, 'Gipfel').values()].sort()).toEqual([0.495, 1, 1]);
  });

  it('adds nothing without a back map (pairs through English)', () => {
    const alone: SideLexicons = { ...de, back: [] };
    expect([...concepts(alone, 'Gipfel').values()].sort()).toEqual([1, 1]);
  });
});
