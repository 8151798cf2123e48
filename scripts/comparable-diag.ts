// `EVAL_DIAG=1 npm run eval:comparable`: per document, what comparable mode's scores give the gold
// pairs, against what its null documents give by chance. Shows whether recall is lost to the
// embedder (the right partner is not the row's best at all) or to the decision (it is, but scores
// no higher than a null best).
import { matchComparable, type ComparableCallOptions } from '../src/align/comparable/index.js';
import { bestNull, bestThresholds } from '../src/align/comparable/match.js';
import { falseRateThreshold, survival, topTwo } from '../src/align/comparable/null.js';
import { DEFAULT_COMPARABLE_OPTIONS } from '../src/align/comparable/options.js';
import { kthSmallest } from '../src/align/order-stats.js';
import { describeSide, embedSides } from '../src/align/side.js';
import { lexicalForMode } from '../src/embed/choose.js';
import type { LexicalOptions } from '../src/embed/lexical/index.js';
import type { ComparableCase } from '../src/eval/comparable.js';

/** The q-quantile of `values` (nearest rank), two decimals; `–` when empty. */
const q = (values: number[], p: number): string => (values.length ? kthSmallest(values, Math.min(values.length - 1, Math.floor(p * values.length))).toFixed(2) : '–');

/** One line on a comparable case: gold pairs' scores and ranks, the null's row bests, what was paired. */
export async function diagnose(name: string, c: ComparableCase, languages: [string, string], options: ComparableCallOptions & Pick<LexicalOptions, 'dictionaries'>): Promise<string> {
  const embedder = lexicalForMode('comparable', { languages, ...(options.dictionaries !== undefined ? { dictionaries: options.dictionaries } : {}) });
  const [src, tgt] = await embedSides(describeSide(c.src), describeSide(c.tgt), embedder, { src: 1, tgt: 1 }, {}, languages);
  const r = matchComparable(src, tgt, { lexicon: true, languages, ...options });
  if (!r.score || !r.nulls) return `${name}: too small for a null`;
  const { rows, cols, score, nulls } = r;
  const m = cols.length;
  const rowOf = new Map(rows.map((i, k) => [i, k]));
  const colOf = new Map(cols.map((j, k) => [j, k]));
  const n = rows.length;
  const gold: number[] = [];
  let best = 0;
  let mutual = 0;
  let top3 = 0;
  for (const key of c.oneToOne) {
    const [i, j] = key.split(':').map(Number);
    const rr = rowOf.get(i);
    const cc = colOf.get(j);
    if (rr === undefined || cc === undefined) continue;
    const v = score[rr * m + cc];
    gold.push(v);
    const isBest = topTwo(m, (k) => score[rr * m + k]).best === cc;
    if (isBest) best++;
    if (isBest && topTwo(n, (k) => score[k * m + cc]).best === rr) mutual++;
    // Within the row's top 3: at most two cells of the row score higher.
    let higher = 0;
    for (let k = 0; k < m; k++) if (score[rr * m + k] > v) higher++;
    if (higher < 3) top3++;
  }
  const nullBests = nulls.flatMap((z) => rows.map((_, rr) => topTwo(m, (k) => z[rr * m + k]).first));
  const links = r.groups.flatMap((g) => g.src.flatMap((a) => g.tgt.map((b) => `${rows[a]}:${cols[b]}`)));
  const right = links.filter((k) => c.links.has(k)).length;
  return `${name}: ${rows.length}×${m}, gold 1-1 ${gold.length}, the row's best ${best} (mutual ${mutual}, in the row's top 3 ${top3}) · gold score q10/q50/q90 ${q(gold, 0.1)} ${q(gold, 0.5)} ${q(gold, 0.9)} · null row bests q50/q90/q99 ${q(nullBests, 0.5)} ${q(nullBests, 0.9)} ${q(nullBests, 0.99)} · paired (match or partial) ${links.length} links, ${right} right\n    ${misses(c, r, options.falseRate ?? DEFAULT_COMPARABLE_OPTIONS.falseRate)}`;
}

/**
 * Where the gold 1-1 pairs the matching did not link fall: the best of both their row and column
 * (mutual) but under the threshold `t`; the best of one side only; the best of neither; how many of
 * them have their row or column paired elsewhere; and the bests of the rows with no gold link at
 * all, which the null documents' row bests stand for. `tShared` is the shared-evidence step's score
 * threshold before lengths and numbers weigh in (match.ts `sharedPairs`): with them, a mutual best
 * under it may be paired and one over it left.
 */
function misses(c: ComparableCase, r: ReturnType<typeof matchComparable>, falseRate: number): string {
  const { rows, cols, score, nulls, groups } = r;
  const n = rows.length;
  const m = cols.length;
  const nul = bestNull(nulls!, n, m);
  const { rowBest, colBest, t, tOne, share } = bestThresholds(score!, n, m, nul, falseRate);
  const tShared = falseRateThreshold([...rowBest, ...colBest].map((b) => b.first), (x) => share * (n + m) * survival(nul, x), falseRate);
  const rowOf = new Map(rows.map((i, k) => [i, k]));
  const colOf = new Map(cols.map((j, k) => [j, k]));
  const linked = new Set(groups.flatMap((g) => g.src.flatMap((a) => g.tgt.map((b) => `${a}:${b}`))));
  const rowPaired = new Set(groups.flatMap((g) => g.src));
  const colPaired = new Set(groups.flatMap((g) => g.tgt));
  const k = { mutual: 0, row: 0, col: 0, neither: 0, elsewhere: 0 };
  const ratios: number[] = [];
  for (const key of c.oneToOne) {
    const [i, j] = key.split(':').map(Number);
    const rr = rowOf.get(i);
    const cc = colOf.get(j);
    if (rr === undefined || cc === undefined || linked.has(`${rr}:${cc}`)) continue;
    const isRow = rowBest[rr].best === cc;
    const isCol = colBest[cc].best === rr;
    if (isRow && isCol) {
      k.mutual++;
      ratios.push(score![rr * m + cc] / t);
    } else if (isRow) k.row++;
    else if (isCol) k.col++;
    else k.neither++;
    if (rowPaired.has(rr) || colPaired.has(cc)) k.elsewhere++;
  }
  const gone = new Set([...c.links].map((key) => Number(key.split(':')[0])));
  const lone = rows.flatMap((i, rr) => (gone.has(i) ? [] : [rowBest[rr].first]));
  return `rows with no gold link ${lone.length}, their bests q50/q90 ${q(lone, 0.5)} ${q(lone, 0.9)} · missed: mutual best under t ${k.mutual} (score/t q50 ${q(ratios, 0.5)}), row best only ${k.row}, column best only ${k.col}, neither ${k.neither}; row or column paired elsewhere ${k.elsewhere} · t ${t.toFixed(2)} tShared ${tShared.toFixed(2)} tOne ${tOne.toFixed(2)}`;
}
