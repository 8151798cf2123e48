import type { AlignMode } from '../../align/types.js';
import { unpairedPhrase } from '../../check/messages.js';
import type { Report } from '../types.js';
import { modeWords, percent } from '../util.js';
import { languageName } from '../language-name.js';
import { htmlAttr, htmlText } from './text.js';

/** One score card; `bar` draws a 0..1 value as a meter. */
const card = (name: string, value: string, hint: string, extra = '', bar?: number): string =>
  `<div class="card${extra}" title="${htmlAttr(hint)}"><div class="card-n">${name}</div><div class="card-v">${value}</div>${
    bar === undefined ? '' : `<div class="bar"><i style="width:${Math.round(Math.min(1, Math.max(0, bar)) * 100)}%"></i></div>`
  }<div class="card-h">${htmlText(hint)}</div></div>`;

/** The page header: title, mode in plain words (reason on hover), embedder, the scores and the bead counts. */
export function summaryHtml(report: Report, title: string): string {
  const { scores } = report;
  const labels = { match: 0, partial: 0, omission: 0, addition: 0 };
  for (const bead of report.beads) if (bead.label in labels) labels[bead.label] += 1;
  const pair = `${htmlText(languageName(report.source.lang))} → ${htmlText(languageName(report.target.lang))}`;
  return `<header class="top">
<div class="head">
<h1>${htmlText(title)}</h1>
<p class="meta mode-line" title="${htmlAttr(report.modeReason)}"><span class="mode">${htmlText(report.mode)}</span> ${htmlText(modeWords(report))} <span class="why">why?</span></p>
<p class="meta muted">${pair} · embedder <code>${htmlText(report.embedder.id)}</code> (${htmlText(report.embedder.kind)}) · bitext-qa ${htmlText(report.generator.version)} · report format ${htmlText(report.version)}</p>
</div>
<div class="cards">
${card('Coverage', percent(scores.coverage), 'source content matched in the target', '', scores.coverage)}
${card('Grounding', percent(scores.grounding), 'target content with a source', '', scores.grounding)}
${card('Fidelity', scores.fidelity.toFixed(2), 'mean score of aligned pairs', '', scores.fidelity)}
${card('Conflicts', String(scores.conflicts), 'error findings', scores.conflicts > 0 ? ' bad' : ' good')}
${card('Pairs', `${labels.match + labels.partial}<small> of ${report.beads.length} beads</small>`, `${labels.match} match · ${labels.partial} partial · ${labels.omission} omitted · ${labels.addition} added`)}
</div>
</header>`;
}

/**
 * The toolbar for `mode`: the view switch (rows or articles; rows by default), a short legend and the keys.
 * Rows come first because a reviewer checks a sentence against its counterpart: side by side on one
 * line, with no colour to match up; the article view keeps each text's own order and paragraphs.
 */
export const toolbarHtml = (mode: AlignMode): string => `<nav class="toolbar" aria-label="View and legend">
<div class="views" role="group" aria-label="View">
<button type="button" data-view="rows" aria-pressed="true" title="One row per aligned pair: source | target | label, score, findings">Rows</button><button type="button" data-view="articles" aria-pressed="false" title="Both articles in their own order; hover a sentence to see its counterpart">Articles</button>
</div>
<div class="legend" aria-label="Legend">
<span class="lg"><span class="sw o"></span>omitted (${unpairedPhrase('src', mode)})</span>
<span class="lg"><span class="sw a"></span>added (${unpairedPhrase('tgt', mode)})</span>
<span class="lg"><span class="sw x"></span>boilerplate, social posts (not counted)</span>
<span class="lg keys"><kbd>j</kbd> <kbd>k</kbd> next / previous finding · <kbd>Esc</kbd> clear</span>
</div>
</nav>`;
