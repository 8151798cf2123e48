import { readFileSync } from 'node:fs';
import { compareArticles } from '../src/compare/index.js';
import { plant, sites, type GoldDoc } from '../scripts/planted/plant.js';
import { joinLines, lineAt } from '../scripts/planted/match.js';
import { unsupportedSentences } from '../src/compare/support.js';
const dir = '/work/shared/eval/align/parice-en-is/';
const id = process.argv[2] ?? 'n_1';
const L = (f: string) => { const o = readFileSync(dir + f, 'utf8').split('\n'); if (o.at(-1) === '') o.pop(); return o; };
const doc: GoldDoc = { id, srcLang: 'en', tgtLang: 'is', src: L(id + '.en'), tgt: L(id + '.is'), gold: JSON.parse(readFileSync(dir + id + '.gold.json', 'utf8')) };
const ss = sites(doc, 'delete');
for (const site of ss.slice(0, 6)) {
  const p = plant(doc, site);
  const s = joinLines(p.src), t = joinLines(p.tgt);
  const r = await compareArticles(s.text, t.text, { mode: 'parallel', from: 'en', to: 'is' });
  const si = r.source.sentences.findIndex((x) => lineAt(s.starts, x.start) === site.srcLine);
  const b = r.beads.find((x) => x.src.includes(si))!;
  const u = await unsupportedSentences(r.source.sentences, r.target.sentences, r.beads, { source: 'en', target: 'is' }, undefined);
  console.log(site.srcLine, JSON.stringify(b), u.filter((x) => x.sentence === si || b.src.includes(x.sentence)), r.findings.filter((f) => f.src?.includes(si)).map((f) => f.code));
}
