import type { Bead } from '../align/types.js';
import { isContent, type Sentence } from '../segment/types.js';
import type { Finding, Scores } from './types.js';

const CREDIT: Record<Bead['label'], number> = { match: 1, partial: 0.5, omission: 0, addition: 0 };

/** Share of a side's content characters credited by the beads (best credit per sentence). */
function share(sentences: Sentence[], beads: Bead[], side: 'src' | 'tgt'): number {
  const credit = new Float64Array(sentences.length);
  for (const b of beads) for (const i of b[side]) if (i >= 0 && i < credit.length) credit[i] = Math.max(credit[i], CREDIT[b.label]);
  let total = 0;
  let covered = 0;
  sentences.forEach((s, i) => {
    if (!isContent(s)) return;
    total += s.text.length;
    covered += s.text.length * credit[i];
  });
  return total ? covered / total : 0;
}

/**
 * The document scores.
 *
 * - `coverage`: the share of the source's content characters (body and heading sentences; boilerplate
 *   and social lines left out) that sit in `match` beads, with sentences in `partial` beads counting half.
 *   1 means every source sentence has a full counterpart in the target; 0 when the source has no content.
 * - `grounding`: the same share computed on the target side. It tells how much of the target rests on
 *   the source; a low value means the target adds material of its own.
 * - `fidelity`: the mean alignment score of the `match` and `partial` beads, each in [0, 1]. It says how
 *   closely paired sentences correspond; 0 when nothing is paired.
 * - `conflicts`: the number of error-severity findings (mismatched numbers, dates or weekdays, missing
 *   links, untranslated text). Zero is the goal; any error deserves a look before publishing.
 */
export function computeScores(source: Sentence[], target: Sentence[], beads: Bead[], findings: Finding[]): Scores {
  const paired = beads.filter((b) => b.label === 'match' || b.label === 'partial');
  const fidelity = paired.length ? paired.reduce((n, b) => n + Math.min(1, Math.max(0, b.score)), 0) / paired.length : 0;
  return {
    coverage: share(source, beads, 'src'),
    grounding: share(target, beads, 'tgt'),
    fidelity,
    conflicts: findings.filter((f) => f.severity === 'error').length,
  };
}
