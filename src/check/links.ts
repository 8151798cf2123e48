// URLs, e-mail addresses, @handles and #hashtags must survive translation: in each matched or partial
// pair, one in the source that the target lacks is `link-missing` (error); in a `match` pair, one in the
// target that the source lacks is `link-extra` (info). Compared case-insensitively, URLs without scheme,
// `www.` and trailing slash.
import { finding, locate, pairedBeads, type Check } from './context.js';
import type { CheckSide, Finding } from './types.js';

export type LinkKind = 'url' | 'email' | 'handle' | 'hashtag';

export interface LinkMention {
  kind: LinkKind;
  raw: string;
  start: number;
  end: number;
  /** The form compared across the pair. */
  key: string;
}

const LINK_RE =
  /(?<url>\b(?:https?:\/\/|www\.)[^\s<>"“”]+|\bpic\.twitter\.com\/[\w-]+)|(?<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?<handle>(?<![\w@])@[\p{L}\p{N}_]{2,})|(?<hashtag>(?<![\w#&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

const LABEL: Record<LinkKind, string> = { url: 'URL', email: 'E-mail address', handle: 'Handle', hashtag: 'Hashtag' };

/** URLs, e-mail addresses, @handles and #hashtags of `text`. */
export function extractLinks(text: string): LinkMention[] {
  const out: LinkMention[] = [];
  for (const m of text.matchAll(LINK_RE)) {
    const kind = (Object.keys(m.groups!) as LinkKind[]).find((k) => m.groups![k] !== undefined)!;
    const raw = kind === 'url' ? m[0].replace(/[.,;:!?)\]'"»”’]+$/u, '') : m[0];
    const key = kind === 'url' ? raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '') : raw.toLowerCase();
    out.push({ kind, raw, start: m.index, end: m.index + raw.length, key });
  }
  return out;
}

const linksOf = (side: CheckSide, indices: readonly number[]) => locate(side, indices, (text) => extractLinks(text), 'links');

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
