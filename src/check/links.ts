// URLs, e-mail addresses, @handles and #hashtags must survive translation: in each matched or partial
// pair, one in the source that the target lacks is `link-missing` (error); in a `match` pair, one in the
// target that the source lacks is `link-extra` (info). Compared case-insensitively, URLs without scheme,
// `www.` and trailing slash (`text/links.ts` reads them).
import { finding, locate, pairedBeads, type Check } from './context.js';
import type { CheckSide, Finding } from './types.js';
import { extractLinks, type LinkKind } from '../text/links.js';

export { extractLinks, type LinkKind, type LinkMention } from '../text/links.js';

const LABEL: Record<LinkKind, string> = { url: 'URL', email: 'E-mail address', handle: 'Handle', hashtag: 'Hashtag' };

const linksOf = (side: CheckSide, indices: readonly number[]) => locate(side, indices, (text) => extractLinks(text));

export const checkLinks: Check = (ctx) => {
  const { source, target, beads } = ctx.input;
  const out: Finding[] = [];
  for (const { bead, index } of pairedBeads(beads)) {
    const src = linksOf(source, bead.src);
    const tgt = linksOf(target, bead.tgt);
    const tgtKeys = new Set(tgt.map((l) => l.key));
    const srcKeys = new Set(src.map((l) => l.key));
    for (const l of src) {
      if (tgtKeys.has(l.key)) continue;
      out.push(finding(ctx, 'link-missing', { src: [l.sentence], tgt: bead.tgt, srcRange: l.range, expected: l.raw, bead: index, detail: LABEL[l.kind] }));
    }
    if (bead.label !== 'match') continue;
    for (const l of tgt) {
      if (srcKeys.has(l.key)) continue;
      out.push(finding(ctx, 'link-extra', { src: bead.src, tgt: [l.sentence], tgtRange: l.range, actual: l.raw, bead: index, detail: LABEL[l.kind] }));
    }
  }
  return out;
};
