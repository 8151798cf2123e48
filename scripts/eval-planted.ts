// `npm run eval:planted [-- --data DIR]`: plants one error at a time into the target of each parallel
// gold document of DIR (the layout of ../shared/eval/align; default that folder), runs
// `compareArticles` (parallel mode, default embedder) and counts a planted error as caught when a
// finding of the right family points at the right sentence (scripts/planted/). The unmodified
// documents are run too: their error and warning findings, per 100 source sentences, are the false
// alarms. Prints a table per kind and set; the last line is
// `planted: recall R · false alarms F per 100 sentences`.
//
// Long documents are cut into windows of about --window source lines (default 80) at gold bead
// boundaries, and at most --windows of them (default 6, spread evenly) are used per document. Up to
// --per-doc errors of each kind (default 6) are planted per window, drawn with --seed (default 14).
// --show N prints up to N misses and N false alarms per code; --sets a,b and --kinds x,y run only those
// sets (by part of the name) and kinds. --diag prints, under each missed deletion, the beads around the
// orphaned source sentence, its leave-out share and similarities, and the findings near it
// (scripts/planted/diagnose.ts). --dump FILE writes the numbers behind each source sentence's omission
// decision, one JSON object a line (scripts/planted/features.ts). `--kinds none` runs the unmodified
// documents only. --alarms FILE writes every false alarm in full (the bead's lines on both sides, the
// gold view) to FILE. --severe counts a planted error as caught only by an error or warning finding
// (not `info`).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareArticles } from '../src/compare/index.js';
import type { Report } from '../src/report/types.js';
import { KINDS, plant, rng, sample, sites, type GoldDoc, type PlantKind } from './planted/plant.js';
import { caught, isAlarm, joinLines, lineFindings, type LineFinding } from './planted/match.js';
import { spread, windows } from './planted/windows.js';
import { diagnose } from './planted/diagnose.js';
import { sentenceFeatures } from './planted/features.js';
import { describeAlarm } from './planted/alarms.js';
import { GOLD_DIR, readLines, type SetIndex } from './gold.js';


const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : fallback;
};
const dataDir = resolve(opt('data', GOLD_DIR));
const perDoc = Number(opt('per-doc', '6'));
const windowSize = Number(opt('window', '80'));
const maxWindows = Number(opt('windows', '6'));
const seed = Number(opt('seed', '14'));
const show = Number(opt('show', '0'));
const diag = args.includes('--diag');
const dumpFile = opt('dump', '');
const dumped: string[] = [];
const only = opt('sets', '').split(',').filter(Boolean);
const alarmsFile = opt('alarms', '');
const severe = args.includes('--severe');
const alarmBlocks: string[] = [];
const kinds = opt('kinds', KINDS.join(',')).split(',').filter((k): k is PlantKind => (KINDS as readonly string[]).includes(k));
if (!existsSync(dataDir)) {
  console.log(`eval:planted: no gold data at ${dataDir}; nothing to measure.`);
  process.exit(0);
}

async function runReport(doc: GoldDoc, src: string[], tgt: string[], tgtOrig?: number[]): Promise<{ report: Report; s: ReturnType<typeof joinLines>; t: ReturnType<typeof joinLines>; findings: LineFinding[] }> {
  const s = joinLines(src);
  const t = joinLines(tgt);
  const report = await compareArticles(s.text, t.text, { mode: 'parallel', from: doc.srcLang, to: doc.tgtLang });
  return { report, s, t, findings: lineFindings(report, s.starts, t.starts, tgtOrig) };
}

type Tally = { planted: number; caught: number };
const rows: Array<{ set: string; kind: PlantKind; t: Tally }> = [];
const alarmRows: Array<{ set: string; sentences: number; alarms: number }> = [];
const alarmsByCode = new Map<string, string[]>();
const misses: string[] = [];
const t0 = performance.now();

for (const setName of readdirSync(dataDir).sort()) {
  const indexFile = join(dataDir, setName, 'index.json');
  if (!existsSync(indexFile) || (only.length && !only.some((o) => setName.includes(o)))) continue;
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as SetIndex;
  const dir = join(dataDir, setName);
  const docs = index.docs.flatMap((d) => {
    const full: GoldDoc = {
      id: d.id, srcLang: index.src_lang, tgtLang: index.tgt_lang,
      src: readLines(join(dir, d.src)), tgt: readLines(join(dir, d.tgt)),
      gold: JSON.parse(readFileSync(join(dir, d.gold_json), 'utf8')) as GoldDoc['gold'],
    };
    return spread(windows(full, windowSize), maxWindows);
  });
  const tallies = new Map<PlantKind, Tally>(KINDS.map((k) => [k, { planted: 0, caught: 0 }]));
  let sentences = 0, alarms = 0;
  for (const doc of docs) {
    const baseRun = await runReport(doc, doc.src, doc.tgt);
    const base = baseRun.findings;
    if (alarmsFile) for (const f of baseRun.report.findings.filter(isAlarm)) alarmBlocks.push(describeAlarm(setName, doc, baseRun.report, f, baseRun.s.starts, baseRun.t.starts));
    if (dumpFile) for (const row of await sentenceFeatures(baseRun.report, baseRun.s.starts)) dumped.push(JSON.stringify({ set: setName, doc: doc.id, orphan: false, ...row }));
    const baseline = new Set(base.map((f) => f.key));
    sentences += doc.src.length;
    for (const f of base.filter(isAlarm)) {
      alarms++;
      const list = alarmsByCode.get(f.code) ?? [];
      list.push(`${setName}/${doc.id} src ${f.src.join(',')} tgt ${f.tgt.join(',')}: ${f.key.split('|').slice(3).filter(Boolean).join(' / ')}  «${doc.src[f.src[0] ?? -1]?.slice(0, 90) ?? ''}» «${doc.tgt[f.tgt[0] ?? -1]?.slice(0, 90) ?? ''}»`);
      alarmsByCode.set(f.code, list);
    }
    for (const kind of kinds) {
      const random = rng(seed + kind.length * 7919 + doc.id.length);
      for (const site of sample(sites(doc, kind), perDoc, random)) {
        const p = plant(doc, site);
        const r = await runReport(doc, p.src, p.tgt, p.tgtOrig);
        const found = caught(p, severe ? r.findings.filter(isAlarm) : r.findings, baseline);
        const t = tallies.get(kind)!;
        t.planted++;
        if (dumpFile && kind === 'delete') for (const row of await sentenceFeatures(r.report, r.s.starts, new Set([site.srcLine]))) dumped.push(JSON.stringify({ set: setName, doc: doc.id, orphan: true, caught: !!found, ...row }));
        if (found) t.caught++;
        else {
          const why = diag && kind === 'delete' ? `\n${await diagnose(doc, p, r.report, r.s.starts, r.t.starts, r.findings, baseline)}` : '';
          misses.push(`${kind} ${setName}/${doc.id} src ${site.srcLine} tgt ${site.tgtLine}: ${p.change.slice(0, 120)}${why}`);
        }
      }
    }
  }
  for (const kind of KINDS) rows.push({ set: index.set, kind, t: tallies.get(kind)! });
  alarmRows.push({ set: index.set, sentences, alarms });
}

const ratio = (t: Tally) => (t.planted ? (t.caught / t.planted).toFixed(2) : '–');
const sets = [...new Set(rows.map((r) => r.set))];
console.log(`\n## Planted errors caught (seed ${seed}, up to ${perDoc} per kind and window)\n`);
console.log(`| kind | ${sets.join(' | ')} | all |`);
console.log(`|---|${sets.map(() => '---|').join('')}---|`);
const total: Tally = { planted: 0, caught: 0 };
for (const kind of KINDS) {
  const per = sets.map((s) => rows.find((r) => r.set === s && r.kind === kind)!.t);
  const all = per.reduce((a, t) => ({ planted: a.planted + t.planted, caught: a.caught + t.caught }), { planted: 0, caught: 0 });
  total.planted += all.planted;
  total.caught += all.caught;
  console.log(`| ${kind} | ${per.map((t) => `${t.caught}/${t.planted} (${ratio(t)})`).join(' | ')} | ${all.caught}/${all.planted} (${ratio(all)}) |`);
}
const sentences = alarmRows.reduce((a, r) => a + r.sentences, 0);
const alarms = alarmRows.reduce((a, r) => a + r.alarms, 0);
const per100 = (a: number, n: number) => (n ? (100 * a) / n : 0).toFixed(1);
console.log(`| false alarms per 100 source sentences | ${alarmRows.map((r) => `${per100(r.alarms, r.sentences)} (${r.alarms}/${r.sentences})`).join(' | ')} | ${per100(alarms, sentences)} |`);
console.log(`\nfalse alarms by code: ${[...alarmsByCode].sort((a, b) => b[1].length - a[1].length).map(([c, l]) => `${c} ${l.length}`).join(', ')}`);
if (show > 0) {
  for (const [code, list] of alarmsByCode) for (const line of list.slice(0, show)) console.log(`  alarm ${code} ${line}`);
  for (const line of misses.slice(0, show * KINDS.length)) console.log(`  missed ${line}`);
}
if (dumpFile) writeFileSync(dumpFile, dumped.join('\n') + '\n');
if (alarmsFile) writeFileSync(alarmsFile, `${alarmBlocks.join('\n\n')}\n`);
console.log(`(${((performance.now() - t0) / 1000).toFixed(0)} s)`);
console.log(`planted: recall ${total.planted ? (total.caught / total.planted).toFixed(2) : '0.00'} · false alarms ${per100(alarms, sentences)} per 100 sentences`);
