// XLIFF 1.2 (`<trans-unit>` with `<source>`/`<target>`) and XLIFF 2.x (`<unit>` with `<segment>`s),
// with their inline tags as placeholders.
import { InputError } from '../errors.js';
import { inlineText, joinTexts, type InlineRules } from './inline.js';
import type { BilingualDocument, BilingualUnit } from './types.js';
import { childrenNamed, descendantsNamed, type XmlElement } from './xml.js';

/** XLIFF 1.2: `<g>` pairs around text; `<x/>`, `<bx/>`, `<ex/>` stand alone; `<ph>`, `<bpt>`, `<ept>`, `<it>` hold native code. */
const RULES_12: InlineRules = {
  placeholders: new Set(['g', 'x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it']),
  codeContent: new Set(['ph', 'bpt', 'ept', 'it']),
  paired: new Set(['g']),
  spaced: new Set(['x', 'ph', 'it']),
  idAttrs: (tag) => (tag === 'ex' ? ['rid', 'id'] : ['id']),
};

/** XLIFF 2: `<pc>` pairs around text; `<ph/>`, `<sc/>`, `<ec/>` stand alone (`<ec>` names its `<sc>` by `startRef`); `<mrk>`/`<sm>`/`<em>` are annotations, not code. */
const RULES_2: InlineRules = {
  placeholders: new Set(['pc', 'ph', 'sc', 'ec']),
  codeContent: new Set(),
  paired: new Set(['pc']),
  spaced: new Set(['ph']),
  idAttrs: (tag) => (tag === 'ec' ? ['startRef', 'id'] : ['id']),
  codePoint: 'cp',
};

export const XLIFF_VERSIONS = ['1.2', '2.0', '2.1', '2.2'] as const;

function unit12(tu: XmlElement, n: number): BilingualUnit | null {
  const source = childrenNamed(tu, 'source')[0];
  if (!source) return null;
  const target = childrenNamed(tu, 'target')[0];
  return { id: tu.attrs.id ?? String(n), source: inlineText(source, RULES_12), target: target ? inlineText(target, RULES_12) : null };
}

function unit2(unit: XmlElement, n: number): BilingualUnit | null {
  const parts = unit.children.filter((c): c is XmlElement => typeof c !== 'string' && (c.name === 'segment' || c.name === 'ignorable'));
  const sources = parts.flatMap((p) => childrenNamed(p, 'source'));
  if (sources.length === 0) return null;
  const targets = parts.flatMap((p) => childrenNamed(p, 'target'));
  // A unit is translated when each of its segments has a target; ignorables may go without.
  const segments = parts.filter((p) => p.name === 'segment');
  const untranslated = segments.some((s) => childrenNamed(s, 'target').length === 0);
  return {
    id: unit.attrs.id ?? String(n),
    source: joinTexts(sources.map((s) => inlineText(s, RULES_2))),
    target: untranslated ? null : joinTexts(targets.map((t) => inlineText(t, RULES_2))),
  };
}

/** Reads an XLIFF 1.2 or 2.x document whose root element is `root`. */
export function readXliff(root: XmlElement, name: string): BilingualDocument {
  const version = root.attrs.version ?? '';
  if (!(XLIFF_VERSIONS as readonly string[]).includes(version)) {
    throw new InputError(
      `${name} is XLIFF ${version ? `version ${version}` : 'without a version'}; bitext-qa reads XLIFF 1.2 and 2.0–2.2. Export it as XLIFF 1.2 or 2.x.`,
    );
  }
  const units: BilingualUnit[] = [];
  if (version === '1.2') {
    const file = descendantsNamed(root, 'file')[0];
    for (const tu of descendantsNamed(root, 'trans-unit')) {
      const u = unit12(tu, units.length + 1);
      if (u) units.push(u);
    }
    return { format: 'xliff-1.2', sourceLang: file?.attrs['source-language'] ?? '', targetLang: file?.attrs['target-language'] ?? '', units };
  }
  for (const unit of descendantsNamed(root, 'unit')) {
    const u = unit2(unit, units.length + 1);
    if (u) units.push(u);
  }
  return { format: 'xliff-2', sourceLang: root.attrs.srcLang ?? '', targetLang: root.attrs.trgLang ?? '', units };
}
