// segmentDocument: the sentences of splitSentences plus the document language it settled on.
import { describe, expect, it } from 'vitest';
import { isContent, segmentDocument, splitSentences } from '../../src/segment/index.js';

describe('segmentDocument', () => {
  it('returns the given language and the same sentences as splitSentences', async () => {
    const text = 'The summit ended on Friday. Everyone left.\nRead more';
    const side = await segmentDocument(text, { lang: 'en' });
    expect(side.lang).toBe('en');
    expect(side.sentences).toEqual(await splitSentences(text, { lang: 'en' }));
    expect(side.sentences.map((s) => s.text)).toEqual(['The summit ended on Friday.', 'Everyone left.', 'Read more']);
  });

  it('detects the document language once (a German paragraph is de)', async () => {
    const side = await segmentDocument('Der Gipfel endete am Freitag in Berlin. Alle Delegationen reisten danach wieder ab.');
    expect(side.lang).toBe('de');
    expect(side.sentences.every((s) => s.lang === 'de')).toBe(true);
  });

  it('gives no sentences for blank text: und, or the language given (normalised like splitSentences)', async () => {
    expect(await segmentDocument(' \n ')).toEqual({ lang: 'und', sentences: [] });
    expect(await segmentDocument('', { lang: 'pt-BR' })).toEqual({ lang: 'pt', sentences: [] });
  });

  it('isContent: body and heading count, boilerplate and social lines and missing sentences do not', () => {
    const s = { text: 'x', start: 0, end: 1, paragraph: 0, lang: 'en' };
    expect([isContent({ ...s, kind: 'body' }), isContent({ ...s, kind: 'heading' })]).toEqual([true, true]);
    expect([isContent({ ...s, kind: 'boilerplate' }), isContent({ ...s, kind: 'social' }), isContent(undefined)]).toEqual([false, false, false]);
  });
});
