// Placeholders that do not match between the two sides of a unit: `tag-missing` (in the source, not
// in the target) and `tag-extra` (the other way), one finding per placeholder, compared as multisets
// (a tag may move: word order changes in translation).
import { finding, type CheckContext } from '../check/context.js';
import type { Finding } from '../check/types.js';
import type { Bead } from '../align/types.js';

/** Labels of `a` not matched by a label of `b`, counted with repeats, in `a`'s order. */
function unmatched(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const t of b) left.set(t, (left.get(t) ?? 0) + 1);
  return a.filter((t) => {
    const n = left.get(t) ?? 0;
    if (n > 0) left.set(t, n - 1);
    return n === 0;
  });
}

/** Tag findings of one paired bead, given each side's placeholder labels. */
export function checkTags(ctx: CheckContext, bead: Bead, index: number, srcTags: readonly string[], tgtTags: readonly string[]): Finding[] {
  const s = bead.src[0] as number;
  const t = bead.tgt[0] as number;
  const src = ctx.input.source.sentences[s];
  const tgt = ctx.input.target.sentences[t];
  const places = {
    src: [s], tgt: [t], bead: index,
    ...(src ? { srcRange: [src.start, src.end] as [number, number] } : {}),
    ...(tgt ? { tgtRange: [tgt.start, tgt.end] as [number, number] } : {}),
  };
  return [
    ...unmatched(srcTags, tgtTags).map((tag) => finding(ctx, 'tag-missing', { ...places, expected: tag })),
    ...unmatched(tgtTags, srcTags).map((tag) => finding(ctx, 'tag-extra', { ...places, actual: tag })),
  ];
}
