// Numbers that moved as a block: an OCR'd page's running head (`2 Die Alpen - 1957 - Les Alpes 17`)
// sits inside whichever sentence the page break fell in, and the two editions break their pages in
// different places. Its numbers are then missing from one pair and extra in another, far apart. A run
// of at least `MIN_BLOCK` numbers missing from one source sentence that one target sentence has as
// extras, in the same order, is one block that moved: its findings are kept, as `info`.
import type { Finding } from './types.js';

/** Fewest numbers a moved block has: one or two equal numbers far apart are often a coincidence. */
const MIN_BLOCK = 3;

/** The note of a finding about a number that moved with its block. */
export const MOVED_NOTE = 'moved with a block of numbers found together elsewhere in the other text (a running head or caption placed by the page layout)';

/** `findings` (of the numbers check) with the number-missing/number-extra findings of moved blocks as `info`. */
export function movedBlocksAsInfo(findings: Finding[]): Finding[] {
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
  const extra = runs('number-extra', 'tgt');
  if (missing.length === 0 || extra.length === 0) return findings;
  const values = (list: Finding[], key: 'expected' | 'actual') => list.map((f) => f[key] ?? '').join('\u0000');
  const moved = new Set<Finding>();
  for (const m of missing) {
    const e = extra.find((x) => values(x, 'actual') === values(m, 'expected'));
    if (e) for (const f of [...m, ...e]) moved.add(f);
  }
  return moved.size ? findings.map((f) => (moved.has(f) ? { ...f, severity: 'info', note: MOVED_NOTE } : f)) : findings;
}
