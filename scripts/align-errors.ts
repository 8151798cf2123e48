// `npx tsx scripts/align-errors.ts [set…]`: where strict F1 is lost. Aligns each dev document of
// ../shared/eval/align like `npm run eval:align` (EVAL_OPTIONS applies the same way) and sorts every
// gold bead the aligner missed by its shape and by what it got instead: split (the predicted beads
// inside it are finer), merged (one predicted bead holds it and more) or shifted (a boundary moved).
// Gold beads of 5 or more sentences are pooled as "5+" (the default `maxBeadSize` 4 cannot form them).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, type AlignOptions } from '../src/align/index.js';
import type { IndexBead } from '../src/eval/index.js';
import { goldDirOrExit, readLines, type SetIndex } from './gold.js';

const evalDir = goldDirOrExit('align-errors');
const extra = JSON.parse(process.env.EVAL_OPTIONS ?? '{}') as Partial<AlignOptions>;
const only = process.argv.slice(2);

const key = (b: IndexBead): string => `${b.src.join(',')}:${b.tgt.join(',')}`;
const inside = (a: IndexBead, b: IndexBead): boolean => a.src.every((s) => b.src.includes(s)) && a.tgt.every((t) => b.tgt.includes(t));
const touches = (a: IndexBead, b: IndexBead): boolean => a.src.some((s) => b.src.includes(s)) || a.tgt.some((t) => b.tgt.includes(t));

/** What the prediction made of a gold bead it missed. */
function missKind(gold: IndexBead, predicted: readonly IndexBead[]): string {
  const near = predicted.filter((p) => touches(p, gold));
  if (near.length > 1 && near.every((p) => inside(p, gold))) return 'split (predicted finer)';
  if (near.length === 1 && inside(gold, near[0])) return 'merged (predicted coarser)';
  return 'shifted';
}

for (const setName of readdirSync(evalDir).sort()) {
  const indexFile = join(evalDir, setName, 'index.json');
  if (!existsSync(indexFile) || (only.length > 0 && !only.some((o) => setName.includes(o)))) continue;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SetIndex;
  const tally = new Map<string, number>();
  let goldCount = 0;
  for (const doc of index.docs) {
    const dir = join(evalDir, setName);
    const gold = JSON.parse(readFileSync(join(dir, doc.gold_json), 'utf8')) as IndexBead[];
    const r = await alignSentences(readLines(join(dir, doc.src)), readLines(join(dir, doc.tgt)), { languages: [index.src_lang, index.tgt_lang], mode: 'parallel', ...extra });
    const hit = new Set(r.beads.map(key));
    goldCount += gold.length;
    for (const g of gold) {
      if (hit.has(key(g))) continue;
      const size = g.src.length + g.tgt.length;
      const k = `${size >= 5 ? '5+' : `${g.src.length}-${g.tgt.length}`} ${missKind(g, r.beads)}`;
      tally.set(k, (tally.get(k) ?? 0) + 1);
    }
  }
  const missed = [...tally.values()].reduce((a, b) => a + b, 0);
  console.log(`\n## ${index.set}: ${missed} of ${goldCount} gold beads missed`);
  for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`${String(v).padStart(4)}  ${k}`);
}
