// The same text given as source and target (the same file twice, or a "translation" never done):
// one `identical-inputs` finding says so, instead of one `copied-source` or `untranslated` error per
// sentence, which would bury the one thing worth knowing.
import { finding, isContent, type CheckContext } from './context.js';
import type { CheckSide, Finding, FindingCode } from './types.js';

/** The per-sentence findings one `identical-inputs` finding replaces. */
const REPLACED: ReadonlySet<FindingCode> = new Set(['copied-source', 'untranslated', 'third-language']);

const normalised = (side: CheckSide) => side.sentences.map((s) => s.text.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n');

/**
 * Whether both sides read the same, sentence by sentence (white space aside), with at least two
 * content sentences (one copied sentence is what `copied-source` is for; a name-only line may stay).
 */
export function identicalSides(source: CheckSide, target: CheckSide): boolean {
  if (source.sentences.filter(isContent).length < 2 || target.sentences.filter(isContent).length < 2) return false;
  return normalised(source) === normalised(target);
}

/** `findings`, with the per-sentence copy findings replaced by one `identical-inputs` finding when the two sides are the same text. */
export function collapseIdentical(ctx: CheckContext, findings: Finding[]): Finding[] {
  const { source, target } = ctx.input;
  if (!identicalSides(source, target)) return findings;
  const end = (side: CheckSide) => side.sentences[side.sentences.length - 1]!.end;
  return [
    finding(ctx, 'identical-inputs', { srcRange: [0, end(source)], tgtRange: [0, end(target)], detail: `${source.sentences.length} sentences` }),
    ...findings.filter((f) => !REPLACED.has(f.code)),
  ];
}
