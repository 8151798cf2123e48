// Omitted or added sentences that look like a piece of the pair next to them.
//
// A translation splits and joins sentences differently from its source (`… der reinste Selbstmord .`
// becomes `… balayée par les avalanches de glace . Tenter une voie de ce côté serait un pur suicide .`),
// and a scanned text breaks lines mid-sentence (`A la demande de 1' oiScier de liaison , capt .`). The
// aligner then pairs the larger piece and leaves the smaller alone in an `omission` or `addition` bead,
// although its content is there, on the other side of the neighbouring bead. Such a sentence stays
// reported, as `info` with a note, when its words say so: with the dictionaries of the pair, the
// neighbouring bead's other side carries it (`carriedWords`: two or more of its specific words, a
// quarter of them or more, translated there and explained by nothing else; the neighbouring bead's own
// sentences and the sentences next to it on its side being what else could explain them). A deleted
// translation leaves its source sentence alone too, but the neighbours' translations do not carry it.
import { isPairedBead, type Bead } from '../align/types.js';
import type { Finding } from '../check/types.js';
import type { Sentence } from '../segment/types.js';
import { carriedBy, type CarriedOptions } from './carried.js';

/** The note of a finding kept as `info` here. */
export const PIECE_NOTE = 'the pair next to it carries some of its words: it may be a piece of that sentence, split off';

/**
 * `findings` with each `omission` of an `omission` bead and each `addition` of an `addition` bead made
 * `info` (with `PIECE_NOTE`) when every one of its sentences is a piece of a neighbouring pair (see the
 * module comment). `languages`: source first.
 */
export function piecesOfNeighbours(findings: readonly Finding[], source: readonly Sentence[], target: readonly Sentence[], beads: readonly Bead[], languages: readonly [string, string], options: CarriedOptions = {}): Finding[] {
  return findings.map((f) => {
    const bead = f.bead === undefined ? undefined : beads[f.bead];
    if (f.severity === 'info' || !bead || bead.label !== f.code || (f.code !== 'omission' && f.code !== 'addition')) return f;
    const [key, other, mine, theirs, from] = f.code === 'omission' ? ['src', 'tgt', source, target, 'source'] as const : ['tgt', 'src', target, source, 'target'] as const;
    const sentences = f[key] ?? [];
    const piece = (i: number) => [beads[f.bead! - 1], beads[f.bead! + 1]].some((n) => isPairedBead(n) && carriedBy(mine, i, n[key], theirs, n[other], languages, options, from));
    return sentences.length > 0 && sentences.every(piece) ? { ...f, severity: 'info', note: PIECE_NOTE } : f;
  });
}
