import type { Report } from '../types.js';
import { percent } from '../util.js';
import { languageName } from './articles.js';
import { htmlAttr, htmlText } from './text.js';

/** One score card; `bar` draws a 0..1 value as a meter. */
const card = (name: string, value: string, hint: string, extra = '', bar?: number): string =>
  `<div class="card${extra}" title="${htmlAttr(hint)}"><div class="card-n">${name}</div><div class="card-v">${value}</div>${
    bar === undefined ? '' : `<div class="bar"><i style="width:${Math.round(Math.min(1, Math.max(0, bar)) * 100)}%"></i></div>`
  }<div class="card-h">${htmlText(hint)}</div></div>`;

/** The page header: title, mode and reason, embedder, the four document scores and the bead counts. */
export function summaryHtml(report: Report, title: string): string {
  const { scores } = report;
  const labels = { match: 0, partial: 0, omission: 0, addition: 0 };
  for (const bead of report.beads) labels[bead.label] += 1;
  const pair = `${htmlText(languageName(report.source.lang))} → ${htmlText(languageName(report.target.lang))}`;
  return `<header class="top">
<div class="head">
<h1>${htmlText(title)}</h1>
<p class="meta"><span class="mode">${htmlText(report.mode)}</span> ${htmlText(report.modeReason)}</p>
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

/** The legend of the sentence styles and badges. */
export const LEGEND_HTML = `<div class="legend" aria-label="Legend">
<span class="lg"><span class="s m" style="--h:200">aligned</span><span class="s m" style="--h:120">pair</span> same colour on both sides</span>
<span class="lg"><span class="s p" style="--h:270">partial</span> meaning only partly shared</span>
<span class="lg"><span class="s o">omitted</span> source text missing from the target</span>
<span class="lg"><span class="s a">added</span> target text with no source</span>
<span class="lg"><span class="s o x">boilerplate</span> social posts, "read more" (not counted)</span>
<span class="lg"><span class="fb sev-error">error</span><span class="fb sev-warning">warning</span><span class="fb sev-info">info</span> findings</span>
<span class="lg hint">Hover or click a sentence to see its counterpart.</span>
</div>`;
