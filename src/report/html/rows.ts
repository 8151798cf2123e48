import type { AlignMode, Bead } from '../../align/types.js';
import { unpairedWords } from '../../check/messages.js';
import type { Report } from '../types.js';
import { languageName } from '../language-name.js';
import { SEVERITIES, severityToken, textDirection } from '../util.js';
import { badgesHtml } from './badges.js';
import { findPassages, sentenceRanges, type Passage } from './passages.js';
import { isAside, LABEL_CLASS, sentenceLangAttr, sentenceTextHtml, sideOf, type SentenceIndex } from './sentence.js';
import { htmlAttr, htmlText } from './text.js';

/** Runs of at least this many omitted (or added) sentences fold into one passage block. */
export const MIN_PASSAGE_SENTENCES = 3;

/** The findings that name any sentence of a bead, each once, in report order. */
function beadFindings(bead: Bead, index: SentenceIndex): number[] {
  if (!bead.src.some((i) => index.found.src[i]?.length) && !bead.tgt.some((j) => index.found.tgt[j]?.length)) return [];
  const set = new Set<number>();
  for (const i of bead.src) for (const f of index.found.src[i] ?? []) set.add(f);
  for (const j of bead.tgt) for (const f of index.found.tgt[j] ?? []) set.add(f);
  return [...set].sort((a, b) => a - b);
}

/** `w-error` for the worst severity among findings (the row's left rule), or `''`. */
function worstClass(report: Report, found: number[]): string {
  const worst = SEVERITIES.find((s) => found.some((f) => severityToken(report.findings[f].severity) === s));
  return worst ? ` w-${worst}` : '';
}

/**
 * One side of a row: its sentences, each led by its number as a reader counts (`<i>` 1-based). The
 * markup is kept lean (a long document has thousands of rows): the text direction comes from the
 * section's class, and a sentence gets a wrapper only when it is boilerplate or in another language.
 */
function cellHtml(report: Report, key: 'src' | 'tgt', sentences: number[], index: SentenceIndex): string {
  const inner = sentences
    .map((i) => {
      const text = `<i>${i + 1}</i>${sentenceTextHtml(report, key, i, index.found[key][i])}`;
      const lang = sentenceLangAttr(report, key, i);
      const aside = isAside(report, key, i);
      return aside || lang ? `<span${aside ? ' class="x"' : ''}${lang}>${text}</span>` : text;
    })
    .join(' ');
  return `<div class="c c${key === 'src' ? 's' : 't'}${inner ? '' : ' none'}" lang="${htmlAttr(sideOf(report, key).lang)}">${inner || '—'}</div>`;
}

/** A row: source | target | label (drawn from the row's class), score and badges. */
function rowHtml(report: Report, b: number, index: SentenceIndex): string {
  const bead = report.beads[b];
  const found = beadFindings(bead, index);
  const paired = bead.label === 'match' || bead.label === 'partial';
  const meta = [paired ? bead.score.toFixed(2) : '', found.length > 0 ? badgesHtml(report, found) : ''].filter(Boolean).join(' ');
  return `<div class="row ${LABEL_CLASS[bead.label] ?? 'n'}${worstClass(report, found)}" id="r${b}">${cellHtml(report, 'src', bead.src, index)}${cellHtml(
    report,
    'tgt',
    bead.tgt,
    index,
  )}<div class="c cm">${meta}</div></div>`;
}

/** The headline of a passage block: `Source sentences 120–419 (300) have no counterpart in the target`. */
export function passageTitle(passage: Passage, mode: AlignMode): string {
  const side = passage.side === 'src' ? 'Source' : 'Target';
  const n = passage.sentences.length;
  const words = unpairedWords(passage.side, mode, n);
  return n === 1 ? `${side} sentence ${sentenceRanges(passage.sentences)} ${words}` : `${side} sentences ${sentenceRanges(passage.sentences)} (${n}) ${words}`;
}

/** A passage: one collapsed block with its headline and badges, holding its rows. */
function passageHtml(report: Report, passage: Passage, p: number, index: SentenceIndex): string {
  const [first, end] = passage.beads;
  const found = new Set<number>(passage.findings);
  for (let b = first; b < end; b++) for (const f of beadFindings(report.beads[b], index)) found.add(f);
  const list = [...found].sort((a, c) => a - c);
  const note = passage.findings.map((f) => report.findings[f].message).join('\n');
  const rows: string[] = [];
  for (let b = first; b < end; b++) rows.push(rowHtml(report, b, index));
  return `<details class="passage ${passage.side === 'src' ? 'o' : 'a'}" id="p${p}" data-b0="${first}" data-b1="${end}">
<summary class="row ph${worstClass(report, list)}"${note ? ` title="${htmlAttr(note)}"` : ''}><span class="c pt">${htmlText(passageTitle(passage, report.mode))}</span><span class="c cm"><span class="lb">${
    passage.side === 'src' ? 'omitted' : 'added'
  }</span>${list.length > 0 ? ` ${badgesHtml(report, list)}` : ''}</span></summary>
${rows.join('\n')}
</details>`;
}

/**
 * The row view: one row per bead (source | target | label, score and findings), in the report's bead
 * order, with runs of omitted or added sentences folded into passage blocks.
 */
export function rowsHtml(report: Report, index: SentenceIndex): string {
  const passages = findPassages(report, MIN_PASSAGE_SENTENCES);
  const out: string[] = [];
  let next = 0;
  let b = 0;
  while (b < report.beads.length) {
    const passage = passages[next];
    if (passage && passage.beads[0] === b) {
      out.push(passageHtml(report, passage, next, index));
      b = passage.beads[1];
      next += 1;
    } else {
      out.push(rowHtml(report, b, index));
      b += 1;
    }
  }
  const head = (key: 'src' | 'tgt') => `${key === 'src' ? 'Source' : 'Target'} · ${htmlText(languageName(sideOf(report, key).lang))}`;
  const rtl = (key: 'src' | 'tgt') => (textDirection(sideOf(report, key).lang) === 'rtl' ? ` ${key === 'src' ? 's' : 't'}-rtl` : '');
  return `<section class="rows${rtl('src')}${rtl('tgt')}" id="view-rows" aria-label="Aligned rows, one per bead">
<div class="row rh" aria-hidden="true"><div class="c">${head('src')}</div><div class="c">${head('tgt')}</div><div class="c cm">Pair · findings</div></div>
${out.join('\n') || '<p class="empty" lang="en">No sentences.</p>'}
</section>`;
}
