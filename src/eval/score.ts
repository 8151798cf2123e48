// Strict and lax precision/recall of an alignment against gold beads, exactly as Vecalign's score.py
// and Bertalign's eval.py compute them (after Sennrich & Volk 2010):
// - beads are compared as ordered index lists and de-duplicated; a bead empty on both sides is dropped;
// - precision runs over all predicted beads, 0-1/1-0 included (those count only if gold has that exact bead);
// - recall runs over gold beads with both sides non-empty, against predictions with both sides non-empty;
// - strict: the bead equals a gold bead; lax: one of its source sentences is linked in some gold bead
//   to one of its target sentences. Counts are pooled over documents (micro average).

/** A bead as index lists (any `Bead` fits). */
export interface IndexBead {
  readonly src: readonly number[];
  readonly tgt: readonly number[];
}

/** Hit counts of one document, to pool over a set. */
export interface ScoreCounts {
  strictHitP: number;
  laxHitP: number;
  predicted: number;
  strictHitR: number;
  laxHitR: number;
  gold: number;
}

/** Precision, recall and F1, strict and lax. */
export interface AlignmentScores {
  strict: { precision: number; recall: number; f1: number };
  lax: { precision: number; recall: number; f1: number };
}

const key = (b: IndexBead): string => `${b.src.join(',')}:${b.tgt.join(',')}`;

function dedupe(beads: readonly IndexBead[]): IndexBead[] {
  const seen = new Map<string, IndexBead>();
  for (const b of beads) if (b.src.length > 0 || b.tgt.length > 0) seen.set(key(b), b);
  return [...seen.values()];
}

/** Counts predicted beads of `test` that hit `gold` strictly and laxly. */
function hits(gold: readonly IndexBead[], test: readonly IndexBead[]): { strict: number; lax: number; total: number } {
  const goldKeys = new Set(gold.map(key));
  const links = new Map<number, Set<number>>();
  for (const g of gold) {
    for (const s of g.src) {
      let set = links.get(s);
      if (!set) links.set(s, (set = new Set()));
      for (const t of g.tgt) set.add(t);
    }
  }
  let strict = 0;
  let lax = 0;
  for (const b of test) {
    if (goldKeys.has(key(b))) {
      strict++;
      lax++;
      continue;
    }
    if (b.src.some((s) => b.tgt.some((t) => links.get(s)?.has(t)))) lax++;
  }
  return { strict, lax, total: test.length };
}

/** Counts for one document. */
export function scoreCounts(gold: readonly IndexBead[], test: readonly IndexBead[]): ScoreCounts {
  const g = dedupe(gold);
  const t = dedupe(test);
  const p = hits(g, t);
  const both = (b: IndexBead) => b.src.length > 0 && b.tgt.length > 0;
  const r = hits(t.filter(both), g.filter(both));
  return { strictHitP: p.strict, laxHitP: p.lax, predicted: p.total, strictHitR: r.strict, laxHitR: r.lax, gold: r.total };
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

/** Pools counts over documents and turns them into scores. */
export function poolScores(counts: readonly ScoreCounts[]): AlignmentScores {
  const sum = (k: keyof ScoreCounts) => counts.reduce((s, c) => s + c[k], 0);
  const ps = ratio(sum('strictHitP'), sum('predicted'));
  const rs = ratio(sum('strictHitR'), sum('gold'));
  const pl = ratio(sum('laxHitP'), sum('predicted'));
  const rl = ratio(sum('laxHitR'), sum('gold'));
  return { strict: { precision: ps, recall: rs, f1: f1(ps, rs) }, lax: { precision: pl, recall: rl, f1: f1(pl, rl) } };
}

/** Scores of one document. */
export function scoreAlignment(gold: readonly IndexBead[], test: readonly IndexBead[]): AlignmentScores {
  return poolScores([scoreCounts(gold, test)]);
}

/**
 * Merges consecutive predicted beads that fall in the same verse (Bertalign's `eval_bible.py`): a
 * bead's verse is defined when each non-empty side lies in one verse and the two agree (an empty side
 * takes the other's); consecutive beads with the same defined verse are joined.
 */
export function mergeByVerse(beads: readonly IndexBead[], srcVerse: readonly string[], tgtVerse: readonly string[]): IndexBead[] {
  const verseOf = (ids: readonly number[], verses: readonly string[]): string[] =>
    ids.length === 0 ? ['NULL'] : [...new Set(ids.map((i) => verses[i]))];
  const beadVerse = (b: IndexBead): string | undefined => {
    const s = verseOf(b.src, srcVerse);
    const t = verseOf(b.tgt, tgtVerse);
    if (s.length !== 1 || t.length !== 1) return undefined;
    if (s[0] === t[0]) return s[0];
    if (s[0] === 'NULL') return t[0];
    if (t[0] === 'NULL') return s[0];
    return undefined;
  };
  const out: { src: number[]; tgt: number[] }[] = [];
  let last: string | undefined;
  for (const b of beads) {
    const v = beadVerse(b);
    if (last !== undefined && v === last) {
      out[out.length - 1].src.push(...b.src);
      out[out.length - 1].tgt.push(...b.tgt);
    } else out.push({ src: [...b.src], tgt: [...b.tgt] });
    last = v;
  }
  return out;
}
