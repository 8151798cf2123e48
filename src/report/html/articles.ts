import type { Report } from '../types.js';
import { textDirection } from '../util.js';
import { badgesHtml } from './badges.js';
import { isAside, LABEL_CLASS, languageName, sentenceLangAttr, sentenceTextHtml, type SentenceIndex } from './sentence.js';
import { htmlAttr, htmlText } from './text.js';

/**
 * A sentence of the article view. Its pair colour (`--h`) shows only on hover and selection; omitted
 * and added sentences carry a faint tint; underlines and badges appear only where there is a finding.
 */
function sentenceHtml(report: Report, key: 'src' | 'tgt', i: number, index: SentenceIndex): string {
  const bead = index.bead[key][i];
  const label = bead >= 0 ? report.beads[bead].label : undefined;
  const classes = ['s', (label && LABEL_CLASS[label]) || 'n'];
  if (isAside(report, key, i)) classes.push('x');
  const found = index.found[key][i];
  if (found.length > 0) classes.push('hf');
  const hue = bead >= 0 ? index.hue[bead] : -1;
  const style = hue >= 0 ? ` style="--h:${hue}"` : '';
  const id = `${key === 'src' ? 's' : 't'}${i}`;
  return `<span class="${classes.join(' ')}" id="${id}"${style}${sentenceLangAttr(report, key, i)}>${sentenceTextHtml(report, key, i, found)}</span>${badgesHtml(report, found)}`;
}

/**
 * One side of the report as paragraphs of sentence spans, in the side's own reading order.
 * A paragraph made only of headings is drawn as a heading.
 */
export function articleHtml(report: Report, key: 'src' | 'tgt', index: SentenceIndex): string {
  const side = key === 'src' ? report.source : report.target;
  const { lang, sentences } = side;
  const paragraphs: string[] = [];
  let current: string[] = [];
  let headings = true;
  const flush = () => {
    if (current.length > 0) paragraphs.push(`<p${headings ? ' class="hd"' : ''}>${current.join(' ')}</p>`);
    current = [];
    headings = true;
  };
  sentences.forEach((sentence, i) => {
    if (i > 0 && sentence.paragraph !== sentences[i - 1].paragraph) flush();
    headings &&= sentence.kind === 'heading';
    current.push(sentenceHtml(report, key, i, index));
  });
  flush();
  const title = key === 'src' ? 'Source' : 'Target';
  const body = paragraphs.length > 0 ? paragraphs.join('\n') : '<p class="empty" lang="en">No sentences.</p>';
  return `<section class="pane" id="pane-${key === 'src' ? 's' : 't'}" aria-label="${title} article">
<h2 class="pane-h"><span>${title}</span> ${htmlText(languageName(lang))} <code>${htmlText(lang)}</code> <span class="muted">· ${sentences.length} sentences</span></h2>
<div class="doc" lang="${htmlAttr(lang)}" dir="${textDirection(lang)}">
${body}
</div>
</section>`;
}

/** The article view: both articles side by side, each in its own scrolling pane. */
export const articlesHtml = (report: Report, index: SentenceIndex): string =>
  `<div class="articles" id="view-articles">
${articleHtml(report, 'src', index)}
${articleHtml(report, 'tgt', index)}
</div>`;
