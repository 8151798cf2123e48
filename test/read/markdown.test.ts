import { describe, expect, it } from 'vitest';
import { originalRange, readArticle } from '../../src/read/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { fixture, inOrder, originalWords, words } from './helpers.js';

const md = fixture('article.md');

describe('readArticle(md)', () => {
  it('keeps headings, paragraphs, list items and quotes as blocks; drops front matter, code, images, rules', async () => {
    const article = await readArticle(md, 'md');
    // By hand from article.md: the front matter, the fenced Python block, the image and `***` go;
    // markup (*, **, `, [..](..), \*) goes, its text stays; the two-line paragraph becomes one line.
    expect(article.text.split('\n\n')).toEqual([
      'Salmon return to the Rhine',
      'Fishers near Basel counted 412 salmon in 2023, up from 97 in 2019. The count is the highest since records began.',
      'Why it matters',
      '"This is the river healing itself," said *Dr.* Jonas Weber of the WWF.',
      'Fish ladders at Iffezheim and Gambsheim opened in 2000 & 2006.',
      'Water quality improved after 1986.',
      'Read the full study at https://example.org/salmon.',
    ]);
  });

  it('maps every sentence back into the Markdown source', async () => {
    const article = await readArticle(md, 'md');
    const sentences = await splitSentences(article.text, { lang: 'en' });
    for (const s of sentences) {
      const [from, to] = originalRange(article, s.start, s.end);
      // In order, with the link target `https://www.wwf.de` in between for the quote.
      expect(inOrder(originalWords(md.slice(from, to)), words(s.text)), s.text).toBe(true);
      expect(originalWords(md.slice(from, to))[0]).toBe(words(s.text)[0]);
    }
    const first = sentences[0];
    expect(first?.kind).toBe('heading');
    expect(md.slice(...originalRange(article, first!.start, first!.end))).toBe('Salmon return to the Rhine');
    // A sentence spanning emphasis maps to the source with its markup.
    const fishers = sentences.find((s) => s.text.startsWith('Fishers'))!;
    expect(md.slice(...originalRange(article, fishers.start, fishers.end))).toBe('Fishers near *Basel* counted **412 salmon** in 2023, up from 97 in 2019.');
  });
});
