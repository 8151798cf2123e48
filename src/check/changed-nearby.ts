// A number the translation changed, in a sentence the aligner put one bead over: the source pair
// misses `6100` and the next pair has an extra `6200` (`zwischen 5800 und 6100 m` / `de 5800 à 6200
// m`, with the sentence split elsewhere). Two warnings for one fact; a reviewer wants one finding that
// shows both numbers. A `number-missing` and a `number-extra` of neighbouring beads whose digits
// differ the way a changed number does (one digit replaced, or two next to each other swapped:
// `6719`/`6179`) become one `number-mismatch`, as they would be in one pair. Other numbers are left
// alone: unrelated numbers rarely differ by one digit.
import type { Finding } from './types.js';

/** Whether two digit strings differ in one digit or by two adjacent digits swapped. */
export function changedDigits(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2 || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  if (diff.length === 1) return true;
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** The note of a mismatch whose two numbers are in neighbouring pairs. */
export const NEXT_BEAD_NOTE = 'the target number is in the neighbouring pair (the sentences are split differently there)';

const digitsOf = (raw: string | undefined) => (raw ?? '').replace(/\D/gu, '');

/**
 * `findings` (of the numbers check) with each warning `number-missing` that a warning `number-extra`
 * of a neighbouring bead answers (see the module comment) replaced, with that extra, by
 * `mismatch(missing, extra)`, in the missing number's place.
 */
export function changedNearby(findings: readonly Finding[], mismatch: (missing: Finding, extra: Finding) => Finding): Finding[] {
  const open = (f: Finding, code: string) => f.code === code && f.severity !== 'info' && f.bead !== undefined;
  // The extras by bead: each missing number looks at the two beads beside its own.
  const extras = new Map<number, Finding[]>();
  for (const f of findings) if (open(f, 'number-extra')) extras.set(f.bead!, [...(extras.get(f.bead!) ?? []), f]);
  if (extras.size === 0) return [...findings];
  const joined = new Map<Finding, Finding>();
  const used = new Set<Finding>();
  for (const m of findings) {
    if (!open(m, 'number-missing')) continue;
    const beside = [...(extras.get(m.bead! - 1) ?? []), ...(extras.get(m.bead! + 1) ?? [])];
    const e = beside.find((x) => !used.has(x) && changedDigits(digitsOf(m.expected), digitsOf(x.actual)));
    if (!e) continue;
    used.add(e);
    joined.set(m, mismatch(m, e));
  }
  return findings.flatMap((f) => (used.has(f) ? [] : [joined.get(f) ?? f]));
}
