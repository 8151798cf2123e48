// The text of a segment with its inline tags turned into placeholders. Which tags are placeholders,
// and which of them hold native code (not text to check), differs by format: see the tables in
// xliff.ts and tmx.ts.
import type { UnitText } from './types.js';
import type { XmlElement } from './xml.js';

export interface InlineRules {
  /** Tags that stand for formatting or code: each becomes a placeholder. */
  placeholders: ReadonlySet<string>;
  /** Placeholders whose content is native code (`<ph>{0}</ph>`, `<bpt>&lt;b></bpt>`): its text is not checked. */
  codeContent: ReadonlySet<string>;
  /** The attribute naming a placeholder, per tag, in order of preference (e.g. `ept`: `rid`, then `id`). */
  idAttrs: (tag: string) => readonly string[];
  /** Paired tags written as one element around text (`<g>`, `<pc>`): the label has no slash. */
  paired: ReadonlySet<string>;
  /** Placeholders that stand between words (a line break, an image, a variable): they read as a space. */
  spaced: ReadonlySet<string>;
  /** XLIFF 2 `<cp hex="…"/>`: a character that XML cannot hold. */
  codePoint?: string;
}

/** The placeholder label of an inline element, e.g. `<g id="1">` or `<x id="2"/>`. */
function label(el: XmlElement, rules: InlineRules): string {
  const attr = rules.idAttrs(el.name).find((a) => el.attrs[a] !== undefined);
  const id = attr ? ` ${attr === 'rid' || attr === 'startRef' ? 'id' : attr}="${el.attrs[attr]}"` : '';
  return rules.paired.has(el.name) || rules.codeContent.has(el.name) ? `<${el.name}${id}>` : `<${el.name}${id}/>`;
}

function walk(el: XmlElement, rules: InlineRules, parts: string[], tags: string[]): void {
  for (const c of el.children) {
    if (typeof c === 'string') {
      parts.push(c);
      continue;
    }
    if (rules.codePoint && c.name === rules.codePoint) {
      const cp = Number.parseInt(c.attrs.hex ?? '', 16);
      if (Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff) parts.push(String.fromCodePoint(cp));
      continue;
    }
    if (rules.placeholders.has(c.name)) {
      tags.push(label(c, rules));
      if (rules.spaced.has(c.name)) parts.push(' ');
      if (rules.codeContent.has(c.name)) continue;
    }
    walk(c, rules, parts, tags);
  }
}

/** The checked text and placeholders of a `<source>`, `<target>` or `<seg>` element. */
export function inlineText(el: XmlElement, rules: InlineRules): UnitText {
  const parts: string[] = [];
  const tags: string[] = [];
  walk(el, rules, parts, tags);
  return { text: parts.join('').replace(/\s+/g, ' ').trim(), tags, range: [el.range[0], el.range[1]] };
}

/** Joins several segments of one unit (XLIFF 2 `<segment>`s) into one text. */
export function joinTexts(texts: UnitText[]): UnitText {
  const first = texts[0];
  const last = texts.at(-1);
  return {
    text: texts.map((t) => t.text).filter(Boolean).join(' '),
    tags: texts.flatMap((t) => t.tags),
    range: [first?.range[0] ?? 0, last?.range[1] ?? 0],
  };
}
