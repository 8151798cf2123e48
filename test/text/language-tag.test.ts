import { describe, expect, it } from 'vitest';
import { isLanguageTag, primaryLang } from '../../src/text/language-tag.js';

describe('language tags', () => {
  it('accepts a code or a tag that starts with one, nothing else', () => {
    for (const ok of ['en', 'ID', 'ceb', 'pt-BR', 'en_US', 'zh-Hant', 'zh-Hant-TW', 'und']) expect(isLanguageTag(ok), ok).toBe(true);
    for (const bad of ['english', 'e', '', 'en-', 'id_', 'en US', '12', undefined, 3]) expect(isLanguageTag(bad), String(bad)).toBe(false);
  });

  it('reads the primary subtag in lower case', () => {
    expect(primaryLang('pt-BR')).toBe('pt');
    expect(primaryLang('EN_us')).toBe('en');
    expect(primaryLang('de')).toBe('de');
    expect(primaryLang('')).toBe('');
  });
});
