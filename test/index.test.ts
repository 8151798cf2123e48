import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public surface', () => {
  it('exports exactly these values (types are checked by tsc)', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ACCURATE_NEURAL_MODEL',
        'ALIGN_MODES',
        'ARTICLE_FORMATS',
        'DEFAULT_BILINGUAL_OPTIONS',
        'checkBilingual',
        'detectArticleFormat',
        'originalRange',
        'readArticle',
        'readBilingual',
        'withOriginal',
        'BitextQaError',
        'CHECK_NAMES',
        'DEFAULT_ALIGN_OPTIONS',
        'DEFAULT_CHECK_OPTIONS',
        'DEFAULT_COMPARE_OPTIONS',
        'DEFAULT_LEXICAL_OPTIONS',
        'DEFAULT_NEURAL_MODEL',
        'DEFAULT_RENDER_OPTIONS',
        'DEFAULT_SPLIT_OPTIONS',
        'InputError',
        'LEXICAL_PRESETS',
        'MESSAGES',
        'ModelUnavailableError',
        'OptionError',
        'REPORT_FORMATS',
        'REPORT_VERSION',
        'VERSION',
        'alignParallel',
        'alignSentences',
        'checkAlignment',
        'compareArticles',
        'compareMany',
        'computeScores',
        'createEmbedder',
        'createLexicalEmbedder',
        'createNeuralEmbedder',
        'decodeText',
        'defaultCacheDir',
        'detectLanguage',
        'embedderKind',
        'isContent',
        'galeChurchCost',
        'isBitextQaError',
        'isModelAvailable',
        'locateModel',
        'modeWords',
        'pullModel',
        'readTextFile',
        'renderReport',
        'splitLines',
        'segmentDocument',
        'splitSentences',
        'withCache',
      ].sort(),
    );
  });

  it('VERSION is the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(api.VERSION).toBe(pkg.version);
  });

  it('errors are BitextQaError subclasses with their own names', () => {
    const error = new api.InputError('x');
    expect(error).toBeInstanceOf(api.BitextQaError);
    expect(error.name).toBe('InputError');
    expect(api.isBitextQaError(error)).toBe(true);
    expect(api.isBitextQaError(new Error('x'))).toBe(false);
  });
});
