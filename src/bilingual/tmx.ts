// TMX 1.1–1.4: `<tu>`s of `<tuv xml:lang>`/`<seg>`; the source is the variant in the header's
// `srclang`, the target the first other variant.
import { InputError } from '../errors.js';
import { primaryLang } from '../text/language-tag.js';
import { inlineText, type InlineRules } from './inline.js';
import type { BilingualDocument, BilingualUnit } from './types.js';
import { childrenNamed, descendantsNamed, type XmlElement } from './xml.js';

/** TMX: `<bpt>`/`<ept>` pair by `i`; `<ph>`, `<it>`, `<ut>` hold native code; `<hi>` is highlighting (text). */
const RULES: InlineRules = {
  placeholders: new Set(['bpt', 'ept', 'ph', 'it', 'ut']),
  codeContent: new Set(['bpt', 'ept', 'ph', 'it', 'ut']),
  paired: new Set(),
  spaced: new Set(['ph', 'it', 'ut']),
  idAttrs: (tag) => (tag === 'bpt' || tag === 'ept' ? ['i', 'x'] : ['x']),
};

export const TMX_VERSIONS = ['1.1', '1.2', '1.3', '1.4'] as const;

const langOf = (tuv: XmlElement) => tuv.attrs['xml:lang'] ?? tuv.attrs.lang ?? '';

/** Reads a TMX document whose root element is `root`. */
export function readTmx(root: XmlElement, name: string): BilingualDocument {
  const version = root.attrs.version ?? '';
  if (!(TMX_VERSIONS as readonly string[]).includes(version)) {
    throw new InputError(`${name} is TMX ${version ? `version ${version}` : 'without a version'}; bitext-qa reads TMX 1.1–1.4. Export it as TMX 1.4.`);
  }
  const header = childrenNamed(root, 'header')[0];
  const declared = header?.attrs.srclang ?? '';
  const units: BilingualUnit[] = [];
  let sourceLang = declared === '*all*' ? '' : declared;
  let targetLang = '';
  for (const tu of descendantsNamed(root, 'tu')) {
    const tuvs = childrenNamed(tu, 'tuv').filter((t) => childrenNamed(t, 'seg').length > 0);
    if (tuvs.length === 0) continue;
    const srcLang = tu.attrs.srclang && tu.attrs.srclang !== '*all*' ? tu.attrs.srclang : sourceLang;
    const src = tuvs.find((t) => srcLang && primaryLang(langOf(t)) === primaryLang(srcLang)) ?? (tuvs[0] as XmlElement);
    const tgt = tuvs.find((t) => t !== src);
    sourceLang ||= langOf(src);
    if (tgt) targetLang ||= langOf(tgt);
    const seg = (tuv: XmlElement) => inlineText(childrenNamed(tuv, 'seg')[0] as XmlElement, RULES);
    units.push({ id: tu.attrs.tuid ?? String(units.length + 1), source: seg(src), target: tgt ? seg(tgt) : null });
  }
  return { format: 'tmx', sourceLang, targetLang, units };
}
