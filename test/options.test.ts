// Every stage's options: one resolve function fills in the documented defaults and throws an
// OptionError naming the bad option.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS, resolveAlignOptions } from '../src/align/options.js';
import { DEFAULT_COMPARE_OPTIONS, resolveCompareOptions } from '../src/compare/options.js';
import { OptionError } from '../src/errors.js';
import { DEFAULT_RENDER_OPTIONS, resolveRenderOptions } from '../src/report/options.js';
import { DEFAULT_SPLIT_OPTIONS, resolveSplitOptions } from '../src/segment/options.js';

describe('resolve…Options', () => {
  it('alignSentences: defaults filled in, given fields kept, bad ones named', () => {
    expect(resolveAlignOptions()).toEqual(DEFAULT_ALIGN_OPTIONS);
    expect(resolveAlignOptions({ mode: 'parallel', band: 5 })).toMatchObject({ mode: 'parallel', band: 5, maxBeadSize: 4 });
    expect(() => resolveAlignOptions({ maxBeadSize: 1 })).toThrow(OptionError);
    expect(() => resolveAlignOptions({ mode: 'sideways' as 'auto' })).toThrow(/unknown mode "sideways"/);
    expect(() => resolveAlignOptions({ falseRate: 2 })).toThrow(/falseRate/);
    expect(() => resolveAlignOptions(null as unknown as object)).toThrow(OptionError);
  });

  it('compareArticles: the same pattern', () => {
    expect(resolveCompareOptions()).toEqual({ ...DEFAULT_COMPARE_OPTIONS });
    expect(resolveCompareOptions({ from: 'en' })).toMatchObject({ from: 'en', mode: 'auto', embedder: 'lexical' });
    expect(() => resolveCompareOptions({ minCoverage: 2 })).toThrow(/minCoverage/);
    expect(() => resolveCompareOptions({ mode: 'x' as 'auto' })).toThrow(OptionError);
    // A language name ran as the language (no dates, numbers or lexicons for it); a tag is a code.
    expect(() => resolveCompareOptions({ from: 'english' })).toThrow(/`from` "english" is not a language code/);
    expect(() => resolveCompareOptions({ to: 'Indonesian' })).toThrow(OptionError);
    expect(resolveCompareOptions({ from: 'pt-BR', to: 'en_US' })).toMatchObject({ from: 'pt-BR', to: 'en_US' });
  });

  it('splitSentences: a language name is refused, a tag read by its primary subtag', () => {
    expect(() => resolveSplitOptions({ lang: 'english' })).toThrow(/`options.lang` "english" is not a language code/);
    expect(resolveSplitOptions({ lang: ' pt-BR ' }).lang).toBe('pt');
  });

  it('renderReport: the same pattern', () => {
    expect(resolveRenderOptions()).toEqual({ ...DEFAULT_RENDER_OPTIONS });
    expect(resolveRenderOptions({ mdMaxRows: 5 }).mdMaxRows).toBe(5);
    expect(() => resolveRenderOptions({ heatmapMaxCells: 0 })).toThrow(/heatmapMaxCells/);
    expect(() => resolveRenderOptions({ tmxIncludePartials: 'yes' as unknown as boolean })).toThrow(OptionError);
  });

  it('a field given as undefined counts as absent, in every stage', () => {
    expect(resolveAlignOptions({ mode: undefined, band: undefined })).toEqual(DEFAULT_ALIGN_OPTIONS);
    expect(resolveRenderOptions({ mdMaxRows: undefined })).toEqual({ ...DEFAULT_RENDER_OPTIONS });
    expect(resolveCompareOptions({ mode: undefined }).mode).toBe('auto');
    expect(resolveSplitOptions({ minDetectLetters: undefined }).minDetectLetters).toBe(DEFAULT_SPLIT_OPTIONS.minDetectLetters);
  });
});
