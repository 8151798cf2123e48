import { describe, expect, it } from 'vitest';
import { asciiFold, foldAccents, transliterate } from '../../src/text/fold.js';

describe('foldAccents', () => {
  it.each([
    ['Rodríguez', 'Rodriguez'],
    ['Nicolás', 'Nicolas'],
    ['Straße', 'Strasse'],
    ['Łódź', 'Lodz'],
    ['Ærø', 'AEro'],
    ['Đorđe', 'Dorde'],
    ['Kırıkkale', 'Kirikkale'],
    ['İstanbul', 'Istanbul'],
    ['Œuvre', 'OEuvre'],
    ['Þórður', 'Thordur'],
    ['Nguyễn Tấn Dũng', 'Nguyen Tan Dung'],
    ['e\u0301te\u0301', 'ete'], // decomposed input
    ['plain ascii 1,000.5', 'plain ascii 1,000.5'],
    ['Αθήνα', 'Αθηνα'], // script kept, only diacritics go
  ])('%s → %s', (input, expected) => {
    expect(foldAccents(input)).toBe(expected);
  });

  it.each([['नमस्ते'], ['がぎぐ'], ['한국어'], ['北京'], ['Москва']])('leaves %s intact', (input) => {
    expect(foldAccents(input)).toBe(input);
  });
});

describe('transliterate', () => {
  it.each([
    // Cyrillic
    ['Москва', 'Moskva'],
    ['Жуков', 'Zhukov'],
    ['Щука и ёж', 'Shchuka i ezh'],
    ['Београд', 'Beograd'],
    ['Ґалиція', 'Galitsiya'],
    // Greek
    ['Αθήνα', 'Athina'],
    ['Ελλάδα', 'Ellada'],
    ['Ψυχή', 'Psychi'],
    // Armenian
    ['Երևան', 'Erevan'],
    ['Հայաստան', 'Hayastan'],
    ['Ուրարտու', 'Urartu'],
    // Georgian
    ['თბილისი', 'tbilisi'],
    ['საქართველო', 'sakartvelo'],
    // Hebrew and Arabic (rough, consonantal)
    ['ירושלים', 'yrvshlym'],
    ['القاهرة', 'alqahra'],
    ['پاکستان', 'pakstan'],
    // Devanagari (rough, inherent vowels)
    ['भारत', 'bharat'],
    ['नमस्ते', 'namaste'],
    ['दिल्ली', 'dilli'],
    // Latin with diacritics
    ['Delcy Rodríguez', 'Delcy Rodriguez'],
    ['Straße', 'Strasse'],
    ['Ørsted', 'Orsted'],
    // digits, fullwidth forms, typographic punctuation
    ['٢٠٢٣', '2023'],
    ['۱۴۰۲', '1402'],
    ['२०२३', '2023'],
    ['１，０００', '1,000'],
    ['1\u00a0000,5', '1 000,5'],
    ['1\u202f000', '1 000'],
    ['“quoted” – ‘x’', '"quoted" - \'x\''],
    ['١٢٫٥٪', '12.5%'],
    ['«¿Qué?» …', '"?Que?" ...'],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  it.each([['北京'], ['東京タワー'], ['がぎ'], ['한국어'], ['ภาษาไทย'], ['😀'], ['𠀋']])('keeps %s as is', (input) => {
    expect(transliterate(input)).toBe(input);
  });

  it('keeps CJK while folding what surrounds it', () => {
    expect(transliterate('在２０２３年，Москва')).toBe('在2023年,Moskva');
  });

  it('returns ASCII input unchanged', () => {
    const s = 'Hello, World! 1,000.5 @handle #tag https://x.org';
    expect(transliterate(s)).toBe(s);
  });
});

describe('asciiFold', () => {
  it.each([
    ['Москва', 'Moskva'],
    ['Rodríguez', 'RODRIGUEZ'],
    ['Αθήνα', 'Athina'],
    ['Zürich', 'ZURICH'],
    ['Ἀθῆναι', 'athinai'],
  ])('%s meets %s', (a, b) => {
    expect(asciiFold(a)).toBe(asciiFold(b));
  });

  it('is lower case ASCII for the supported scripts', () => {
    const out = asciiFold('Москва Αθήνα Երևան თბილისი Łódź ẞ');
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(out).toBe(out.toLowerCase());
  });

  it('is idempotent', () => {
    for (const s of ['Москва', 'Rodríguez', 'भारत', '北京']) expect(asciiFold(asciiFold(s))).toBe(asciiFold(s));
  });
});
