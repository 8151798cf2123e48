// `npm run eval:comparable`: a comparable-mode benchmark made from the parallel dev sets of
// ../shared/eval/align (src/eval/comparable.ts). Each document is aligned in comparable mode twice:
// intact (target order kept, nothing dropped) and shuffled (target sentences shuffled, 30 % of the
// sentences of each side dropped; seeds 1..EVAL_SEEDS, 3 by default, pooled). Prints precision and
// recall of the gold 1-1 pairs among the links labelled `match`, and among `match` + `partial`.
//
// Arguments select sets by name part (`npm run eval:comparable -- parice`). The Bible set is left out
// unless named: its documents (5,000 × 6,301 sentences) are over comparable mode's pair limit, so
// it is cut into pieces of EVAL_BIBLE_PIECE source sentences (500) at gold bead boundaries.
// The set's language pair reaches the embedder (its dictionaries); EVAL_OPTIONS='{"dictionaries":false}'
// passes options to alignSentences, here to measure without them. EVAL_DIAG=1 also prints, per
// document, the gold pairs' scores against the null's (scripts/comparable-diag.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, type AlignOptions, type ComparableOptions } from '../src/align/index.js';
import { addLinks, countLinks, linkScores, makeComparableCase, type ComparableCaseOptions, type LinkCounts } from '../src/eval/comparable.js';
import type { IndexBead } from '../src/eval/index.js';
import { goldDirOrExit, readLines, type SetIndex } from './gold.js';
import { diagnose } from './comparable-diag.js';

interface Doc { id: string; src: string[]; tgt: string[]; gold: IndexBead[] }

const evalDir = goldDirOrExit('eval:comparable');

/** Cuts a long document at gold bead boundaries into pieces of about `size` source sentences. */
function pieces(doc: Doc, size: number): Doc[] {
  const out: Doc[] = [];
  let beads: IndexBead[] = [];
  const flush = () => {
    const s = beads.flatMap((b) => b.src);
    const t = beads.flatMap((b) => b.tgt);
    if (!s.length || !t.length) return;
    const s0 = Math.min(...s);
    const t0 = Math.min(...t);
    out.push({
      id: `${doc.id}.${out.length + 1}`,
      src: doc.src.slice(s0, Math.max(...s) + 1),
      tgt: doc.tgt.slice(t0, Math.max(...t) + 1),
      gold: beads.map((b) => ({ src: b.src.map((i) => i - s0), tgt: b.tgt.map((j) => j - t0) })),
    });
    beads = [];
  };
  let count = 0;
  for (const b of doc.gold) {
    beads.push(b);
    count += b.src.length;
    if (count >= size) {
      flush();
      count = 0;
    }
  }
  flush();
  return out;
}

const extra = JSON.parse(process.env.EVAL_OPTIONS ?? '{}') as Partial<AlignOptions & ComparableOptions>;
const seeds = Math.max(1, Number(process.env.EVAL_SEEDS ?? 3));
const piece = Math.max(50, Number(process.env.EVAL_BIBLE_PIECE ?? 500));
const only = process.argv.slice(2);
const diagnostics: string[] = [];
const variants: { name: string; options: Partial<ComparableCaseOptions>[] }[] = [
  { name: 'intact', options: [{}] },
  { name: `shuffled, 30 % dropped (${seeds} seed${seeds > 1 ? 's' : ''})`, options: Array.from({ length: seeds }, (_, k) => ({ shuffle: true, drop: 0.3, seed: k + 1 })) },
];
const empty = (): LinkCounts => ({ predicted: 0, correct: 0, gold: 0, found: 0 });
const f = (x: number) => x.toFixed(2);
const summary: string[] = [];
if (Object.keys(extra).length) console.log(`options: ${JSON.stringify(extra)}`);

for (const setName of readdirSync(evalDir).sort()) {
  const indexFile = join(evalDir, setName, 'index.json');
  const named = only.some((o) => setName.includes(o));
  if (!existsSync(indexFile) || (only.length > 0 && !named) || (setName.startsWith('bible') && !named)) continue;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SetIndex;
  const dir = join(evalDir, setName);
  let docs: Doc[] = index.docs.map((d) => ({ id: d.id, src: readLines(join(dir, d.src)), tgt: readLines(join(dir, d.tgt)), gold: JSON.parse(readFileSync(join(dir, d.gold_json), 'utf8')) as IndexBead[] }));
  if (setName.startsWith('bible')) docs = docs.flatMap((d) => pieces(d, piece));
  console.log(`\n## ${index.set} (${index.src_lang}→${index.tgt_lang}, ${docs.length} docs)`);
  console.log('| variant | gold 1-1 pairs | `match` P / R | `match`+`partial` P / R | links predicted (match, +partial) | align ms |');
  console.log('|---|---|---|---|---|---|');
  let embedderId = '';
  for (const variant of variants) {
    let strict = empty();
    let lax = empty();
    let ms = 0;
    for (const doc of docs) {
      for (const v of variant.options) {
        const c = makeComparableCase(doc.src, doc.tgt, doc.gold, v);
        const r = await alignSentences(c.src, c.tgt, { languages: [index.src_lang, index.tgt_lang], ...extra, mode: 'comparable' });
        embedderId = r.embedderId ?? '';
        ms += (r.stats?.alignMs ?? 0) + (r.stats?.embedMs ?? 0);
        if (process.env.EVAL_DIAG) diagnostics.push(await diagnose(`${doc.id} ${variant.name.split(',')[0]}${v.seed && v.shuffle ? ` seed ${v.seed}` : ''}`, c, [index.src_lang, index.tgt_lang], extra));
        strict = addLinks(strict, countLinks(r.beads, c, ['match']));
        lax = addLinks(lax, countLinks(r.beads, c, ['match', 'partial']));
      }
    }
    const a = linkScores(strict);
    const b = linkScores(lax);
    console.log(`| ${variant.name} | ${strict.gold} | **${f(a.precision)} / ${f(a.recall)}** | ${f(b.precision)} / ${f(b.recall)} | ${strict.predicted}, ${lax.predicted} | ${Math.round(ms / (docs.length * variant.options.length))} |`);
    summary.push(`${index.set} ${variant.name.split(',')[0]} ${f(a.precision)}/${f(a.recall)} (+partial ${f(b.precision)}/${f(b.recall)})`);
  }
  console.log(`embedder: ${embedderId}`);
  for (const line of diagnostics.splice(0)) console.log(`  ${line}`);
}
console.log(`\nsummary (match P/R): ${summary.join(' · ')}`);
