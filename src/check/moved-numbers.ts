// Numbers that moved as a block: an OCR'd page's running head (`2 Die Alpen - 1957 - Les Alpes 17`)
// sits inside whichever sentence the page break fell in, and the two editions break their pages in
// different places. Its numbers are then missing from one pair and extra in another, far apart. A run
// of at least `MIN_BLOCK` numbers missing from one source sentence that one target sentence has as
// extras, in the same order, is one block that moved: its findings are kept, as `info`. So is such a
// run that a target sentence no pair holds has among its numbers, in the same order (the running
// head's line was left alone, an `addition`, where the page broke in the translation).
import type { Finding } from './types.js';

/** Fewest numbers a moved block has: one or two equal numbers far apart are often a coincidence. */
const MIN_BLOCK = 3;

/** The note of a finding about a number that moved with its block. */
export const MOVED_NOTE = 'moved with a block of numbers found together elsewhere in the other text (a running head or caption placed by the page layout)';

/** Whether `inner` occurs in `outer` as a run of consecutive items. */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((x, k) => outer[i + k] === x)) return true;
  return false;
}

/**
 * `findings` (of the numbers check) with the number-missing/number-extra findings of moved blocks as
 * `info`. `unpaired` lists, for each target sentence outside every pair, the raw forms of its numbers in
 * text order (asked only when a block is missing).
 */
export function movedBlocksAsInfo(findings: Finding[], unpaired: () => ReadonlyArray<readonly string[]> = () => []): Finding[] {
  const runs = (code: 'number-missing' | 'number-extra', side: 'src' | 'tgt') => {
    const by = new Map<number, Finding[]>();
    for (const f of findings) {
      if (f.code !== code || f.severity === 'info' || f[side]?.length !== 1) continue;
      const k = f[side]![0]!;
      by.set(k, [...(by.get(k) ?? []), f]);
    }
    return [...by.values()].filter((list) => list.length >= MIN_BLOCK);
  };
  const missing = runs('number-missing', 'src');
  if (missing.length === 0) return findings;
  const extra = runs('number-extra', 'tgt');
  const values = (list: Finding[], key: 'expected' | 'actual') => list.map((f) => f[key] ?? '').join('\u0000');
  const moved = new Set<Finding>();
  for (const m of missing) {
    const e = extra.find((x) => values(x, 'actual') === values(m, 'expected'));
    if (e) for (const f of [...m, ...e]) moved.add(f);
    else if (unpaired().some((numbers) => containsRun(numbers, m.map((f) => f.expected ?? '')))) for (const f of m) moved.add(f);
  }
  return moved.size ? findings.map((f) => (moved.has(f) ? { ...f, severity: 'info', note: MOVED_NOTE } : f)) : findings;
}
