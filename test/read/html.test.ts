import { describe, expect, it } from 'vitest';
import { articleFormatOfFile, bilingualFileKind, detectArticleFormat, originalRange, readArticle } from '../../src/read/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { fixture, originalWords, words } from './helpers.js';
import { InputError } from '../../src/errors.js';

const html = fixture('news.html');

describe('readArticle(html)', () => {
  it('keeps the article (heading, byline, paragraphs, list, tweet, <br> lines) and drops the page around it', async () => {
    const article = await readArticle(html, 'html');
    // Worked out by hand from news.html: the <article> is the root (it holds all <p> text); the cookie
    // banner (role=dialog), site header and nav, share buttons, "Read more" aside, tweet script,
    // newsletter box (class related-links) and footer are dropped; the tweet blockquote stays, its
    // paragraph and its byline line separate; <br> splits the last paragraph; &nbsp; is a space.
    expect(article.text.split('\n\n')).toEqual([
      'Ministers agree on a €2.4 billion river plan',
      'By Ana Souza, 4 March 2024',
      'The environment ministers of five countries met in Koblenz on Monday and agreed to spend €2.4 billion on the Rhine over the next ten years.',
      "The plan, drafted by Dr. Maria Köhler's team, covers flood defences, fish ladders & cleaner water.",
      'What the plan covers',
      'New dykes along 120 km of river.',
      'Forty fish ladders at old weirs.',
      'A good day for the Rhine and for everyone who lives along it.',
      '— Ana Souza (@anasouza) March 4, 2024',
      'The first works start in June.',
      'Funding is reviewed every two years.',
    ]);
    expect(article.format).toBe('html');
    for (const dropped of ['cookies', 'Sport', 'Share on Facebook', 'Read more', 'Salmon', 'newsletter', 'rights', 'dataLayer', 'display']) {
      expect(article.text).not.toContain(dropped);
    }
  });

  it('maps every sentence back to the page: the original range holds the same words', async () => {
    const article = await readArticle(html, 'html');
    const sentences = await splitSentences(article.text, { lang: 'en' });
    expect(sentences.length).toBeGreaterThanOrEqual(11);
    for (const s of sentences) {
      const [from, to] = originalRange(article, s.start, s.end);
      expect(originalWords(html.slice(from, to))).toEqual(words(s.text));
    }
    // The heading starts exactly at its text in the page, the tweet byline at its &mdash;.
    expect(html.slice(...originalRange(article, 0, 9))).toBe('Ministers');
    const byline = article.text.indexOf('— Ana');
    expect(html.slice(originalRange(article, byline, byline + 1)[0]).startsWith('&mdash; Ana Souza')).toBe(true);
  });

  it('marks headings for the segmenter: blocks are separate paragraphs', async () => {
    const article = await readArticle(html, 'html');
    const sentences = await splitSentences(article.text, { lang: 'en' });
    const kindOf = (text: string) => sentences.find((s) => s.text === text)?.kind;
    expect(kindOf('Ministers agree on a €2.4 billion river plan')).toBe('heading');
    expect(kindOf('What the plan covers')).toBe('heading');
    expect(kindOf('— Ana Souza (@anasouza) March 4, 2024')).toBe('social');
  });

  it('without <article> or <main>, reads the body, and takes the <title> when there is no <h1>', async () => {
    const page = '<html><head><title>Short note</title></head><body><nav>Home</nav><p>One &amp; two.</p><footer>x</footer></body></html>';
    const article = await readArticle(page, 'html');
    expect(article.text).toBe('Short note\n\nOne & two.'); // "One & two." is [12, 22)
    expect(page.slice(...originalRange(article, 12, 22))).toBe('One &amp; two.');
  });

  it('a page of plain <div>s: furniture is known by class and id words', async () => {
    const page = [
      '<body><div id="top-menu"><a>Home</a> <a>Contact</a></div>',
      '<div class="layout"><div class="story-body"><h1>Harbour reopens</h1><p>The harbour reopened on Friday.</p>',
      '<pre>curl https://example.org</pre><div class="social_links">Follow us</div></div>',
      '<div class="sidebar"><p>Most read today</p></div></div><div class="site-footer">Imprint</div></body>',
    ].join('');
    // By hand: no <article>/<main>, so the body is the root; top-menu (menu), social_links (social),
    // sidebar and site-footer (footer) go by their class/id words, <pre> goes as code.
    expect((await readArticle(page, 'html')).text).toBe('Harbour reopens\n\nThe harbour reopened on Friday.');
  });

  it('an empty or text-less page gives empty text', async () => {
    expect((await readArticle('', 'html')).text).toBe('');
    expect((await readArticle('<html><body><script>x()</script></body></html>', 'html')).text).toBe('');
  });
});

describe('detectArticleFormat', () => {
  it('goes by the option, then the extension, then a web-page start; Markdown is never guessed', () => {
    expect(detectArticleFormat('a.HTM', 'plain')).toBe('html');
    expect(detectArticleFormat('a.markdown', '')).toBe('md');
    expect(detectArticleFormat('a.txt', '<html>')).toBe('txt');
    expect(detectArticleFormat('-', '  <!DOCTYPE html><html>')).toBe('html');
    expect(detectArticleFormat('notes', '# Title\n\ntext')).toBe('txt');
    expect(detectArticleFormat('a.html', 'x', 'md')).toBe('md');
  });
});

describe('bilingualFileKind and articleFormatOfFile', () => {
  it('knows XLIFF and TMX by extension, else by the root element after a declaration or comment', () => {
    expect(bilingualFileKind('job.XLF', '')).toBe('XLIFF');
    expect(bilingualFileKind('job.sdlxliff', '')).toBe('XLIFF');
    expect(bilingualFileKind('memory.tmx', '')).toBe('TMX');
    expect(bilingualFileKind('-', '\uFEFF<?xml version="1.0"?>\n<!-- export -->\n<xliff version="2.0">')).toBe('XLIFF');
    expect(bilingualFileKind('notes.txt', '<tmx version="1.4">')).toBe('TMX');
    expect(bilingualFileKind('export', '<?xml version="1.0"?><xlf:xliff xmlns:xlf="urn:oasis:names:tc:xliff:document:1.2">')).toBe('XLIFF');
    // A text that only mentions the element, or an article about XLIFF, is not one.
    expect(bilingualFileKind('notes.txt', 'How to read <xliff> files.')).toBeUndefined();
    expect(bilingualFileKind('page.html', '<html><body><xliff>')).toBeUndefined();
  });

  it('refuses a bilingual file as one side of a pair, naming the command that reads it; an asked format reads it as text', () => {
    expect(() => articleFormatOfFile('job.xlf', '<xliff/>')).toThrow(InputError);
    expect(() => articleFormatOfFile('job.xlf', '<xliff/>')).toThrow('job.xlf is an XLIFF file, which holds both languages unit by unit: check it with `bitext-qa check job.xlf`.');
    expect(() => articleFormatOfFile('-', '<tmx version="1.4">')).toThrow('standard input is a TMX file, which holds both languages unit by unit: check it with `bitext-qa check -`.');
    expect(articleFormatOfFile('job.xlf', '<xliff/>', 'txt')).toBe('txt');
    expect(articleFormatOfFile('page.htm', 'plain')).toBe('html');
  });
});

describe('readArticle(txt) and bad formats', () => {
  it('returns plain text as it is, with identity offsets', async () => {
    const article = await readArticle('Hello.\nWorld.', 'txt');
    expect(article).toEqual({ text: 'Hello.\nWorld.', format: 'txt', offsets: null });
    expect(originalRange(article, 7, 13)).toEqual([7, 13]);
  });

  it('refuses an unknown format with an OptionError', async () => {
    await expect(readArticle('x', 'pdf' as 'txt')).rejects.toThrow(/Unknown article format `pdf`/);
  });
});
