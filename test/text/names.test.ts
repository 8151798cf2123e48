import { describe, expect, it } from 'vitest';
import { compareNames, extractNames } from '../../src/text/names.js';

const raws = (text: string, lang?: string) => extractNames(text, lang).map((n) => n.raw);

describe('extractNames', () => {
  it('finds multi-word names with hyphens, particles and glued articles', () => {
    expect(raws('Iranian Foreign Minister Hossein Amir-Abdollahian met Nicolas Maduro.', 'en')).toEqual([
      'Iranian Foreign Minister Hossein Amir-Abdollahian', 'Nicolas Maduro',
    ]);
    expect(raws('He met Ludwig van Beethoven and Mohammed bin Salman and Bashar al-Assad.', 'en')).toEqual([
      'Ludwig van Beethoven', 'Mohammed bin Salman', 'Bashar al-Assad',
    ]);
    expect(raws('La visita de la República Islámica de Irán.', 'es')).toEqual(['República Islámica de Irán']);
  });
  it('skips sentence-initial function words, marks other sentence-initial single words', () => {
    expect(raws('The Venezuelan President spoke.', 'en')).toEqual(['Venezuelan President']);
    expect(raws('During a meeting in Caracas.', 'en')).toEqual(['Caracas']);
    const [first] = extractNames('Maduro stresses the need.', 'en');
    expect(first).toMatchObject({ raw: 'Maduro', initial: true });
    expect(extractNames('Later Maduro spoke.', 'en')[0]).toMatchObject({ raw: 'Maduro', initial: false });
    expect(extractNames('Later Maduro spoke.', 'en')[0].tokens[0].ambiguous).toBe(false);
    // German capitalises every noun: every capitalised word is ambiguous there.
    expect(extractNames('Heute spricht er vom Jahr 1901.', 'de').find((n) => n.raw === 'Jahr')?.tokens[0]).toMatchObject({ text: 'Jahr', initial: false, ambiguous: true });
    expect(extractNames('Heute traf er Anna Keller.', 'de').find((n) => n.raw === 'Anna Keller')?.tokens.map((t) => t.ambiguous)).toEqual([true, true]);
  });
  it('possessives, calendar words, links and handles are not names', () => {
    expect(raws("Amir-Abdollahian's visit on Friday in February", 'en')).toEqual(['Amir-Abdollahian']);
    expect(raws('— Nicolás Maduro (@NicolasMaduro) pic.twitter.com/u6KeMmXddz', 'es')).toEqual(['Nicolás Maduro']);
  });
  it('`di` is a preposition in Indonesian', () => {
    expect(raws('Menteri Luar Negeri Iran Hussein Amir-Abdullahian di Caracas', 'id')).toEqual([
      'Menteri Luar Negeri Iran Hussein Amir-Abdullahian', 'Caracas',
    ]);
  });
  it('spans are exact', () => {
    const text = 'Delcy Rodríguez y Jorge Rodríguez.';
    for (const n of extractNames(text, 'es')) expect(text.slice(n.start, n.end)).toBe(n.raw);
    expect(raws(text, 'es')).toEqual(['Delcy Rodríguez y Jorge Rodríguez']);
  });
});

describe('compareNames', () => {
  it.each([
    ['Maduro', 'Maduro', 'identical'], ['MADURO', 'Maduro', 'identical'], ['Москва', 'Moskva', 'identical'],
    ['Rodriguez', 'Rodríguez', 'accent'], ['Nicolas', 'Nicolás', 'accent'],
    ['Amir-Abdollahian', 'Amir-Abdullahian', 'spelling'], ['Hossein', 'Hussein', 'spelling'], ['Tehran', 'Teheran', 'spelling'],
    ['Iran', 'Iranian', 'inflection'], ['Venezuela', 'Venezuelan', 'inflection'],
    ['Tehran', 'Caracas', 'different'], ['Maduro', 'Raisi', 'different'], ['Gil', 'Gal', 'different'],
  ])('%s / %s → %s', (a, b, relation) => {
    expect(compareNames(a, b)).toBe(relation);
    expect(compareNames(b, a)).toBe(relation);
  });

  it('takes the default for an option given as undefined', () => {
    // A spread would set maxDistanceRatio to undefined, the allowed distance to NaN and every spelling to 'different'.
    expect(compareNames('Hossein', 'Hussein', { maxDistanceRatio: undefined, minLength: undefined })).toBe('spelling');
  });
});

describe('extractNames: the gap between two name words', () => {
  it('white space of any kind, a possessive, or one hyphen keeps them one name; anything else splits (worked by hand)', () => {
    const raws = (t: string) => extractNames(t, 'en').map((n) => n.raw);
    expect(raws('met Gil\u00a0Pinto today')).toEqual(['Gil\u00a0Pinto']);
    expect(raws('met Amir -\tAbdollahian today')).toEqual(['Amir -\tAbdollahian']);
    expect(raws("met Maduro's Cabello today")).toEqual(["Maduro's Cabello"]);
    // Two hyphens, a comma, or nothing left after the possessive split the run.
    expect(raws('met Amir - - Abdollahian today')).toEqual(['Amir', 'Abdollahian']);
    expect(raws('met Amir, Abdollahian today')).toEqual(['Amir', 'Abdollahian']);
  });
});
