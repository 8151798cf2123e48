// Omitted sentences whose numbers the pair next to them has.
//
// A translation that regroups sentences (a census verse's total joined to the verse before it, where
// the source ends one verse and starts the next) can lead the aligner to group a source sentence with
// the wrong neighbour: the sentence sits in a bead whose target lacks it, while its translation is in
// the target of the bead next to it. The omission tests then report it. Its numbers tell where it is:
// when every number of the sentence above ten (`two thousand and six hundred and thirty` = `二千六百三十`)
// is in the target of a neighbouring bead, and that bead's own source sentences have none of them,
// nothing but this sentence explains them there. Such an omission stays reported, as `info` with a
// note: the content is in the target, one pair over. A deleted translation takes its numbers with it,
// so its source sentence's numbers are nowhere near (unless a neighbour repeats them, which its own
// source then has too).
import { isPairedBead, type Bead } from '../align/types.js';
import type { Finding } from '../check/types.js';
import type { Sentence } from '../segment/types.js';
import { numbersAnswered, numbersFound } from './facts.js';

/** The note of an omission kept as `info` here. */
export const NUMBERS_NEXT_DOOR_NOTE = 'the pair next to it has its numbers: the alignment may have grouped it with the wrong neighbour';

/**
 * Whether source sentence `i` (in bead `k`) has numbers above ten that the target of bead `k - 1` or
 * `k + 1` has every one of, and that bead's source none of (see the module comment).
 */
export function numbersNextDoor(source: readonly Sentence[], target: readonly Sentence[], beads: readonly Bead[], i: number, k: number, langs: { source: string; target: string }): boolean {
  const text = source[i]!.text;
  const joined = (side: readonly Sentence[], idx: readonly number[]) => idx.map((j) => side[j]!.text).join(' ');
  return [beads[k - 1], beads[k + 1]].some((n) => isPairedBead(n)
    && numbersAnswered(text, langs.source, joined(target, n.tgt), langs.target)
    && numbersFound(text, langs.source, joined(source, n.src), langs.source).found === 0);
}

/**
 * `findings` with each `omission` of one source sentence made `info` (with `NUMBERS_NEXT_DOOR_NOTE`)
 * when the pair next to its bead has its numbers (`numbersNextDoor`).
 */
export function numbersNextDoorAsInfo(findings: readonly Finding[], source: readonly Sentence[], target: readonly Sentence[], beads: readonly Bead[], langs: { source: string; target: string }): Finding[] {
  return findings.map((f) => {
    const i = f.src?.[0];
    const hit = f.code === 'omission' && f.severity !== 'info' && f.src?.length === 1 && f.bead !== undefined && numbersNextDoor(source, target, beads, i!, f.bead, langs);
    return hit ? { ...f, severity: 'info', note: NUMBERS_NEXT_DOOR_NOTE } : f;
  });
}
