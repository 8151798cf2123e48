import { escapeXml } from './escape.js';
import { resolveRenderOptions, type RenderOptions } from './options.js';
import type { Report } from './types.js';
import { joinSentences } from './util.js';

/** The side's language for `xml:lang` (`und`, BCP 47's "undetermined", when none was detected). */
const tmxLang = (lang: string): string => lang || 'und';

/**
 * TMX 1.4b for CAT tools: one `<tu>` per `match` bead (and per `partial` bead with
 * `tmxIncludePartials`), with a `<tuv xml:lang>` per side from the detected languages and the side's
 * sentences joined with a space in `<seg>`. Text is XML-escaped; characters XML 1.0 forbids are
 * dropped. Each `<tu>` carries the bead label and score as `<prop>`s.
 */
export function renderTmx(report: Report, options: RenderOptions = {}): string {
  const partials = resolveRenderOptions(options).tmxIncludePartials;
  const srcLang = escapeXml(tmxLang(report.source.lang));
  const tgtLang = escapeXml(tmxLang(report.target.lang));
  const units: string[] = [];
  report.beads.forEach((bead, b) => {
    if (!(bead.label === 'match' || (partials && bead.label === 'partial'))) return;
    if (bead.src.length === 0 || bead.tgt.length === 0) return;
    units.push(
      `    <tu tuid="${b + 1}">`,
      `      <prop type="x-bitext-qa-label">${bead.label}</prop>`,
      `      <prop type="x-bitext-qa-score">${bead.score.toFixed(3)}</prop>`,
      `      <tuv xml:lang="${srcLang}"><seg>${escapeXml(joinSentences(report, 'source', bead.src))}</seg></tuv>`,
      `      <tuv xml:lang="${tgtLang}"><seg>${escapeXml(joinSentences(report, 'target', bead.tgt))}</seg></tuv>`,
      '    </tu>',
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${escapeXml(report.generator.name)}" creationtoolversion="${escapeXml(report.generator.version)}"`,
    `    segtype="sentence" o-tmf="bitext-qa" adminlang="en" srclang="${srcLang}" datatype="plaintext"/>`,
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
