import { readFileSync } from 'node:fs';
import { compareArticles } from '../src/compare/index.js';
import { plant, sites, sample, rng, type GoldDoc } from './planted/plant.js';
import { joinLines, lineAt } from './planted/match.js';
import { windows, spread } from './planted/windows.js';
const [set, sl, tl, id, nWin] = process.argv.slice(2) as [string, string, string, string, string];
const dir = `/work/shared/eval/align/${set}/`;
const L = (f: string) => { const o = readFileSync(dir + f, 'utf8').split('\n'); if (o.at(-1) === '') o.pop(); return o; };
const full: GoldDoc = { id, srcLang: sl, tgtLang: tl, src: L(`${id}.${sl}`), tgt: L(`${id}.${tl}`), gold: JSON.parse(readFileSync(`${dir}${id}.gold.json`, 'utf8')) };
const docs = spread(windows(full, 80), 6).slice(0, Number(nWin ?? 2));
for (const doc of docs) {
  for (const site of sample(sites(doc, 'delete'), 6, rng(5))) {
    const p = plant(doc, site);
    const s = joinLines(p.src), t = joinLines(p.tgt);
    const r = await compareArticles(s.text, t.text, { mode: 'parallel', from: sl, to: tl });
    const si = r.source.sentences.findIndex((x) => lineAt(s.starts, x.start) === site.srcLine);
    const bi = r.beads.findIndex((x) => x.src.includes(si));
    const hit = r.findings.filter((f) => f.src?.includes(si) && ['omission', 'partial'].includes(f.code));
    const near = r.beads.slice(Math.max(0, bi - 2), bi + 3).map((b) => `${b.src.join(',')}:${b.tgt.join(',')}/${b.label[0]}${b.score.toFixed(2)}`).join('  ');
    console.log(hit.length ? 'HIT ' : 'MISS', doc.id, 'src', si, near);
  }
}
