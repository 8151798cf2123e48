import type { Severity } from '../../check/types.js';
import { BIDI_CONTROLS, codePoint, escapeHtml, showBidiControls } from '../escape.js';
import { SEVERITIES } from '../util.js';

/** Names of the bidi controls, for the tooltip of their visible marker. */
const CONTROL_NAMES: Record<string, string> = {
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING', '\u202B': 'RIGHT-TO-LEFT EMBEDDING', '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE', '\u202E': 'RIGHT-TO-LEFT OVERRIDE', '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE', '\u2068': 'FIRST STRONG ISOLATE', '\u2069': 'POP DIRECTIONAL ISOLATE',
};

/**
 * Text as HTML: escaped, with bidi controls replaced by a visible, inert marker
 * (`<span class="ctl">⟦U+202E⟧</span>`) so they can neither reorder the page nor hide.
 */
export const htmlText = (text: string): string =>
  escapeHtml(text).replace(
    BIDI_CONTROLS,
    (c) => `<span class="ctl" title="${codePoint(c)} ${CONTROL_NAMES[c] ?? ''}">⟦${codePoint(c)}⟧</span>`,
  );

/** Text for a quoted attribute value: escaped, with bidi controls shown as `⟦U+202E⟧`. */
export const htmlAttr = (text: string): string => escapeHtml(showBidiControls(text));

/** A span of a sentence to highlight, in offsets relative to the sentence. */
export interface Mark {
  start: number;
  end: number;
  severity: Severity;
}

/**
 * A sentence as HTML with the spans that findings point at wrapped in `<mark>`. Overlapping marks are
 * split at every boundary; each piece takes the most severe finding over it.
 */
export function markedText(text: string, marks: Mark[]): string {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  if (valid.length === 0) return htmlText(text);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  let html = '';
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const [from, to] = [cuts[k], cuts[k + 1]];
    const piece = htmlText(text.slice(from, to));
    const over = valid.filter((m) => m.start <= from && m.end >= to);
    if (over.length === 0) {
      html += piece;
      continue;
    }
    const worst = SEVERITIES.find((s) => over.some((m) => m.severity === s))!;
    html += `<mark class="mk-${worst}">${piece}</mark>`;
  }
  return html;
}
