// `npm run example`: compares the two seed articles (an English and an Indonesian report of the same
// visit; not translations of each other) with the offline lexical embedder, prints what a reviewer
// needs, and writes the HTML and Markdown reports to examples/output/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareArticles, isContent, modeWords, renderReport, type Bead, type Report } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const en = readFileSync(join(here, 'seeds/en.txt'), 'utf8');
const id = readFileSync(join(here, 'seeds/id.txt'), 'utf8');

const t0 = performance.now();
const report = await compareArticles(en, id, { embedder: 'lexical', cache: false });
const ms = performance.now() - t0;

/** Sentence numbers as a reader counts them (1-based), as in the HTML and Markdown reports. */
const nums = (indices: number[]) => indices.map((i) => i + 1).join(',');
const clip = (s: string, n = 110) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const pct = (x: number) => `${Math.round(x * 100)} %`;

function side(report: Report, which: 'src' | 'tgt') {
  const sentences = which === 'src' ? report.source.sentences : report.target.sentences;
  const rows: { i: number; label: Bead['label']; partners: number[]; score: number }[] = [];
  for (const bead of report.beads) {
    for (const i of bead[which]) rows.push({ i, label: bead.label, partners: which === 'src' ? bead.tgt : bead.src, score: bead.score });
  }
  return rows.sort((a, b) => a.i - b.i).map((r) => ({ ...r, sentence: sentences[r.i] }));
}

const conflicts = report.findings.filter((f) => f.severity === 'error');
console.log(`bitext-qa example: English (${report.source.lang}, ${report.source.sentences.length} sentences) vs Indonesian (${report.target.lang}, ${report.target.sentences.length} sentences)`);
console.log(`mode: ${report.mode} — ${modeWords(report)}`);
console.log(`embedder: ${report.embedder.id} · ${ms.toFixed(0)} ms`);
console.log(`coverage ${pct(report.scores.coverage)} · grounding ${pct(report.scores.grounding)} · fidelity ${report.scores.fidelity.toFixed(2)} · conflicts ${report.scores.conflicts}\n`);
if (report.embedder.kind === 'lexical') {
  console.log('The lexical embedder pairs sentences through shared names, numbers, dates and cognates, and through');
  console.log('words its bilingual dictionaries translate; comparable mode keeps only pairs that clear a chance');
  console.log('threshold, so a sentence is "not found" rather than proven missing. `--embedder neural` (a multilingual');
  console.log('model) reads meaning and finds more pairs.\n');
}

const MARK = { match: '✔ covered  ', partial: '◐ partly   ', omission: '✘ not found', addition: '+ added    ' } as const;
console.log('English sentences, and where the Indonesian covers them (· = not content: tweet, link, "Read more"):');
for (const row of side(report, 'src')) {
  const tag = isContent(row.sentence) ? MARK[row.label] : `· ${row.sentence.kind.padEnd(9)}`;
  const where = row.partners.length ? ` → id#${nums(row.partners)} (${row.score.toFixed(2)})` : '';
  console.log(`  en#${String(row.i + 1).padEnd(3)}${tag} ${clip(row.sentence.text)}${where}`);
}
console.log('\nIndonesian sentences with no English counterpart found (additions, or pairs the embedder cannot see):');
for (const row of side(report, 'tgt').filter((r) => r.label === 'addition' && isContent(r.sentence))) {
  console.log(`  id#${String(row.i + 1).padEnd(3)}${clip(row.sentence.text)}`);
}
console.log(`\nOther findings: missing and added passages, dates, numbers, names (${conflicts.length} error${conflicts.length === 1 ? '' : 's'}):`);
for (const f of report.findings.filter((f) => f.code !== 'omission' && f.code !== 'addition')) {
  const at = [f.src?.length ? `en#${nums(f.src)}` : '', f.tgt?.length ? `id#${nums(f.tgt)}` : ''].filter(Boolean).join(' ↔ ');
  console.log(`  ${f.severity.padEnd(7)} ${f.code.padEnd(22)} ${at.padEnd(14)} ${f.message}`);
}

const out = join(here, 'output');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'seeds.html'), renderReport(report, 'html'));
writeFileSync(join(out, 'seeds.md'), renderReport(report, 'md'));
console.log(`\nWrote ${join('examples/output', 'seeds.html')} (open it in a browser) and seeds.md.`);
