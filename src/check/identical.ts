// The same text given as source and target (the same file twice, or a "translation" never done):
// one `identical-inputs` finding says so, instead of one `copied-source` or `untranslated` error per
// sentence, which would bury the one thing worth knowing.
import { finding, isContent, type CheckContext } from './context.js';
import type { CheckSide, Finding, FindingCode } from './types.js';

/** The per-sentence findings one `identical-inputs` finding replaces. */
const REPLACED: ReadonlySet<FindingCode> = new Set(['copied-source', 'untranslated', 'third-language']);

const normalised = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * Whether both sides read the same, sentence by sentence (white space aside), with at least two
 * content sentences (one copied sentence is what `copied-source` is for; a name-only line may stay).
 * Sentences empty after that are skipped; the first that differ answer (a translation: its first).
 */
export function identicalSides(source: CheckSide, target: CheckSide): boolean {
  if (source.sentences.filter(isContent).length < 2 || target.sentences.filter(isContent).length < 2) return false;
  const a = source.sentences, b = target.sentences;
  let i = 0, j = 0;
  for (;;) {
    let x = '', y = '';
    while (i < a.length && !(x = normalised(a[i]!.text))) i++;
    while (j < b.length && !(y = normalised(b[j]!.text))) j++;
    if (x !== y) return false;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    i++;
    j++;
  }
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
