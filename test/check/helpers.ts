// Hand-built sentences for check tests: each line one sentence, joined by newlines, offsets exact.
import type { Bead, BeadLabel } from '../../src/align/types.js';
import type { CheckInput, CheckSide } from '../../src/check/types.js';
import type { Sentence } from '../../src/segment/types.js';

export type Line = string | [text: string, extra: Partial<Pick<Sentence, 'lang' | 'kind'>>];

/** A side: sentences one per line, each `lang` = the side's unless given, kind `body` unless given. */
export function side(lang: string, lines: readonly Line[]): CheckSide & { text: string } {
  let offset = 0;
  const sentences = lines.map((line, paragraph) => {
    const [text, extra] = typeof line === 'string' ? [line, {}] : line;
    const s: Sentence = { text, start: offset, end: offset + text.length, paragraph, lang, kind: 'body', ...extra };
    offset += text.length + 1;
    return s;
  });
  return { lang, sentences, text: sentences.map((s) => s.text).join('\n') };
}

export const bead = (src: number[], tgt: number[], label: BeadLabel = 'match', score = label === 'match' ? 0.9 : label === 'partial' ? 0.5 : 0): Bead =>
  ({ src, tgt, score, label });

/** One source line, one target line, one match bead. */
export function pair(srcLang: string, src: Line, tgtLang: string, tgt: Line, label: BeadLabel = 'match'): CheckInput {
  return { source: side(srcLang, [src]), target: side(tgtLang, [tgt]), beads: [bead([0], [0], label)] };
}

/** The same pair with the roles of source and target swapped. */
export function swap(input: CheckInput): CheckInput {
  return { source: input.target, target: input.source, beads: input.beads.map((b) => ({ ...b, src: b.tgt, tgt: b.src, label: b.label === 'omission' ? 'addition' : b.label === 'addition' ? 'omission' : b.label })) };
}

/** The original text of a side built by `side` (its lines joined by newlines). */
export const textOf = (s: CheckSide): string => s.sentences.map((x) => x.text).join('\n');
