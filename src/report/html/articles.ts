import type { Report } from '../types.js';
import { textDirection } from '../util.js';
import { languageName } from '../language-name.js';
import { sideOf } from './sentence.js';
import { htmlAttr, htmlText } from './text.js';

/**
 * The page data the article view is built from, per side: the paragraph of each sentence and which
 * sentences are headings (`1`/`0`). The sentences themselves are not repeated: the page script copies
 * them out of the row view the first time the article view is shown, so the text is in the file once.
 */
export const articleData = (report: Report, key: 'src' | 'tgt') => {
  const { sentences } = sideOf(report, key);
  return { p: sentences.map((s) => s.paragraph), h: sentences.map((s) => (s.kind === 'heading' ? 1 : 0)).join('') };
};

/** One side's pane: a header and an empty scrolling `.doc` that the page script fills. */
function paneHtml(report: Report, key: 'src' | 'tgt'): string {
  const { lang, sentences } = sideOf(report, key);
  const title = key === 'src' ? 'Source' : 'Target';
  return `<section class="pane" id="pane-${key === 'src' ? 's' : 't'}" aria-label="${title} article">
<h2 class="pane-h"><span>${title}</span> ${htmlText(languageName(lang))} <code>${htmlText(lang)}</code> <span class="muted">· ${sentences.length} sentences</span></h2>
<div class="doc" lang="${htmlAttr(lang)}" dir="${textDirection(lang)}"></div>
</section>`;
}

/**
 * The article view: both articles side by side in their own reading order and paragraphs, each in
 * its own scrolling pane (filled by the page script from the row view).
 */
export const articlesHtml = (report: Report): string =>
  `<div class="articles" id="view-articles">
${paneHtml(report, 'src')}
${paneHtml(report, 'tgt')}
</div>`;
