// `npm run eval:align`: aligns every document of ../shared/eval/align/*/ (already-split lines) with the
// default lexical embedder (in parallel mode: the `parallel` preset, whose id is printed) and with the
// Gale-Church length-only baseline, and prints strict and lax P/R/F1 per set, scored as Vecalign's
// score.py does (src/align/score.ts), plus alignment time per document.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, type AlignOptions } from '../src/align/index.js';
import { mergeByVerse, poolScores, scoreCounts, type IndexBead, type ScoreCounts } from '../src/eval/index.js';
import { goldDirOrExit, readLines, type SetIndex } from './gold.js';


const evalDir = goldDirOrExit('eval:align');

// EVAL_OPTIONS='{"maxBeadSize":5}' overrides options of our system (for experiments; '{"lexicon":false}'
// scores the first pass alone; '{"dictionaries":false}' leaves out the dictionary concepts);
// EVAL_NO_BASELINE=1 leaves out Gale-Church.
const extra = JSON.parse(process.env.EVAL_OPTIONS ?? '{}') as Partial<AlignOptions>;
const systems: { name: string; options: Partial<AlignOptions> }[] = [
  ...(process.env.EVAL_LENGTH_ONLY ? [] : [{ name: 'ours (lexical)', options: { mode: 'parallel', ...extra } as Partial<AlignOptions> }]),
  ...(process.env.EVAL_NO_BASELINE ? [] : [{ name: 'Gale-Church (length)', options: { mode: 'parallel', embedder: 'length' } as Partial<AlignOptions> }]),
];
const only = process.argv.slice(2);
const f = (x: number) => x.toFixed(3);

for (const setName of readdirSync(evalDir).sort()) {
  const indexFile = join(evalDir, setName, 'index.json');
  if (!existsSync(indexFile) || (only.length > 0 && !only.some((o) => setName.includes(o)))) continue;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SetIndex;
  console.log(`\n## ${index.set} (${index.src_lang}→${index.tgt_lang}, ${index.docs.length} docs)`);
  console.log('| system | strict P / R / F1 | lax P / R / F1 | align ms per doc (embed ms, lexicon pairs learned) |');
  console.log('|---|---|---|---|');
  for (const system of systems) {
    const counts: ScoreCounts[] = [];
    const times: string[] = [];
    const ids = new Set<string>();
    for (const doc of index.docs) {
      const dir = join(evalDir, setName);
      const src = readLines(join(dir, doc.src));
      const tgt = readLines(join(dir, doc.tgt));
      const gold = JSON.parse(readFileSync(join(dir, doc.gold_json), 'utf8')) as IndexBead[];
      const result = await alignSentences(src, tgt, { languages: [index.src_lang, index.tgt_lang], ...system.options });
      let beads: IndexBead[] = result.beads;
      if (doc.src_verse && doc.tgt_verse) beads = mergeByVerse(beads, readLines(join(dir, doc.src_verse)), readLines(join(dir, doc.tgt_verse)));
      counts.push(scoreCounts(gold, beads));
      if (result.embedder.kind !== 'length') ids.add(result.embedder.id);
      const s = result.stats;
      const pairs = s?.lexiconPairs !== undefined ? `, ${s.lexiconPairs} lexicon pairs` : '';
      times.push(`${doc.id}: ${Math.round(s?.alignMs ?? 0)}${s?.embedMs !== undefined ? ` (${Math.round(s.embedMs)}${pairs})` : ''}`);
    }
    const r = poolScores(counts);
    const name = ids.size ? `${system.name.replace(/ \(lexical\)$/, '')} (${[...ids].join(', ')})` : system.name;
    console.log(`| ${name} | ${f(r.strict.precision)} / ${f(r.strict.recall)} / **${f(r.strict.f1)}** | ${f(r.lax.precision)} / ${f(r.lax.recall)} / ${f(r.lax.f1)} | ${times.join(', ')} |`);
  }
}
