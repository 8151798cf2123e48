import type { Finding } from '../../check/types.js';
import type { Sentence } from '../../segment/types.js';
import type { Report } from '../types.js';
import { beadIndexBySentence, findingsBySentence, severityToken, textDirection } from '../util.js';
import { htmlAttr, htmlText, markedText, type Mark } from './text.js';

/** One-letter class per bead label (kept short: a page may hold 10⁴ sentences). */
export const LABEL_CLASS = { match: 'm', partial: 'p', omission: 'o', addition: 'a' } as const;

/**
 * Hue of the `k`-th aligned pair: consecutive pairs get far-apart hues (golden-ratio steps), kept
 * out of the reds and oranges that mark omissions and additions.
 */
export const pairHue = (k: number): number => Math.round(70 + 250 * ((k * 0.618034) % 1));

/** For each bead, the hue of its pair (`-1` for omissions and additions). */
export function pairHues(report: Report): Int16Array {
  const hues = new Int16Array(report.beads.length).fill(-1);
  let k = 0;
  report.beads.forEach((bead, b) => {
    if (bead.label === 'match' || bead.label === 'partial') hues[b] = pairHue(k++);
  });
  return hues;
}

/** English name of a language code (`id` → `Indonesian`), or the code itself. */
export function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    return name && name !== lang ? name : lang;
  } catch {
    return lang;
  }
}

interface SideView {
  side: 'source' | 'target';
  /** Id prefix of the sentences: `s` (source) or `t` (target). */
  prefix: 's' | 't';
  key: 'src' | 'tgt';
}

/** The badge after a sentence for one finding; the title holds the message for a hover. */
const badge = (finding: Finding, f: number): string =>
  `<a class="fb sev-${severityToken(finding.severity)}" href="#f${f}" data-f="${f}" lang="en" dir="ltr" title="${htmlAttr(
    `${finding.severity} · ${finding.code}: ${finding.message}`,
  )}">${htmlText(finding.code)}</a>`;

function sentenceHtml(report: Report, view: SideView, sentence: Sentence, i: number, bead: number, hue: number, found: number[]): string {
  const label = bead >= 0 ? report.beads[bead].label : undefined;
  const classes = ['s', (label && LABEL_CLASS[label]) || 'n'];
  if (sentence.kind === 'boilerplate' || sentence.kind === 'social') classes.push('x');
  const style = hue >= 0 ? ` style="--h:${hue}"` : '';
  const lang = sentence.lang && sentence.lang !== report[view.side].lang && sentence.lang !== 'und' ? ` lang="${htmlAttr(sentence.lang)}"` : '';
  const rangeKey = view.key === 'src' ? 'srcRange' : 'tgtRange';
  const marks: Mark[] = [];
  for (const f of found) {
    const range = report.findings[f][rangeKey];
    if (range) marks.push({ start: range[0] - sentence.start, end: range[1] - sentence.start, severity: severityToken(report.findings[f].severity) });
  }
  const badges = found.map((f) => badge(report.findings[f], f)).join('');
  return `<span class="${classes.join(' ')}" id="${view.prefix}${i}"${style}${lang}>${markedText(sentence.text, marks)}</span>${badges}`;
}

/**
 * One side of the report as paragraphs of sentence spans, in the side's own reading order.
 * A paragraph made only of headings is drawn as a heading.
 */
export function articleHtml(report: Report, side: 'source' | 'target'): string {
  const view: SideView = side === 'source' ? { side, prefix: 's', key: 'src' } : { side, prefix: 't', key: 'tgt' };
  const { lang, sentences } = report[side];
  const beads = beadIndexBySentence(report.beads, sentences.length, view.key);
  const found = findingsBySentence(report.findings, sentences.length, view.key);
  const hues = pairHues(report);
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
    current.push(sentenceHtml(report, view, sentence, i, beads[i], beads[i] >= 0 ? hues[beads[i]] : -1, found[i]));
  });
  flush();
  const title = side === 'source' ? 'Source' : 'Target';
  const body = paragraphs.length > 0 ? paragraphs.join('\n') : '<p class="empty" lang="en">No sentences.</p>';
  return `<section class="pane" id="pane-${view.prefix}" aria-label="${title} article">
<h2 class="pane-h"><span>${title}</span> ${htmlText(languageName(lang))} <code>${htmlText(lang)}</code> <span class="muted">· ${sentences.length} sentences</span></h2>
<div class="doc" lang="${htmlAttr(lang)}" dir="${textDirection(lang)}">
${body}
</div>
</section>`;
}
