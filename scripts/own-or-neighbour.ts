// Developer measurement (issue 14, round 9; `npx tsx scripts/own-or-neighbour.ts [--show N]`): how
// well the parallel preset's sentence vectors tell a sentence's own translation from its neighbours'
// in the planted benchmark's windows (80 lines, six per document, as `eval:planted`). For every gold
// 1-1 pair (i, j) with target neighbours, `own` = cos(s_i, t_j) and `rival` = max cos(s_i, t_j±1), after
// the lexicon pass's features learned from the window's gold 1-1 beads (what a right first pass would
// learn). Prints per set: pairs, the share whose own translation beats both neighbours, the share
// beaten or within 10 % of a neighbour (and their median own), and the median own − rival margin in
// units of the median own. Measurements: docs/tuning.md, "Document frequency weights".
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeSide, embedSides, learnLexicon, sideWords, addLexiconFeatures } from '../src/align/index.js';
import { lexicalForMode } from '../src/embed/choose.js';
import { dotRows } from '../src/align/vectors.js';
import { spread, windows } from './planted/windows.js';
import { oneToOne, type GoldDoc } from './planted/plant.js';
import { goldDirOrExit, readLines, type SetIndex } from './gold.js';

const at = process.argv.indexOf('--show');
/** `--show N`: print the first N pairs of each set that a neighbour's translation beats or comes within 10 % of. */
const show = at >= 0 ? Number(process.argv[at + 1]) : 0;
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? NaN; };

const goldDir = goldDirOrExit('own-or-neighbour');
for (const setName of readdirSync(goldDir).sort()) {
  const indexFile = join(goldDir, setName, 'index.json');
  if (!existsSync(indexFile)) continue;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SetIndex;
  const dir = join(goldDir, setName);
  const docs = index.docs.flatMap((d) => spread(windows({
    id: d.id, srcLang: index.src_lang, tgtLang: index.tgt_lang, src: readLines(join(dir, d.src)), tgt: readLines(join(dir, d.tgt)),
    gold: JSON.parse(readFileSync(join(dir, d.gold_json), 'utf8')) as GoldDoc['gold'],
  }, 80), 6));
  let pairs = 0, wins = 0, close = 0;
  const margins: number[] = [], owns: number[] = [], closeOwns: number[] = [];
  for (const doc of docs) {
    const langs: [string, string] = [doc.srcLang, doc.tgtLang];
    let [S, T] = await embedSides(describeSide(doc.src), describeSide(doc.tgt), lexicalForMode('parallel', { languages: langs }), { src: 1, tgt: 1 }, {}, langs);
    const ones = oneToOne(doc);
    const ws = sideWords(doc.src), wt = sideWords(doc.tgt);
    const lex = learnLexicon(ws, wt, ones.map(([i, j]) => ({ src: [i], tgt: [j] })));
    if (lex.pairs > 0) [S, T] = [addLexiconFeatures(S, ws, lex.src), addLexiconFeatures(T, wt, lex.tgt)];
    const a = S.overlaps![0], b = T.overlaps![0];
    for (const [i, j] of ones) {
      if (j === 0 || j + 1 >= doc.tgt.length) continue;
      const own = dotRows(a, i, b, j);
      const before = dotRows(a, i, b, j - 1), after = dotRows(a, i, b, j + 1);
      const rival = Math.max(before, after);
      pairs++;
      if (own > rival) wins++;
      if (own <= rival * 1.1) {
        close++;
        closeOwns.push(own);
        if (close <= show) {
          const k = before > after ? j - 1 : j + 1;
          console.log(`  ${doc.id} own ${own.toFixed(2)} rival ${rival.toFixed(2)}\n    S ${doc.src[i]}\n    T ${doc.tgt[j]}\n    R ${doc.tgt[k]}`);
        }
      }
      owns.push(own);
      margins.push(own - rival);
    }
  }
  const m = median(owns);
  console.log(`${setName}: ${pairs} pairs, own beats both neighbours ${(wins / pairs).toFixed(3)}, beaten or within 10 % ${(close / pairs).toFixed(3)} (their median own ${median(closeOwns).toFixed(3)}), median own ${m.toFixed(3)}, median margin / median own ${(median(margins) / m).toFixed(3)}`);
}
