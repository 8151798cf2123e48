// Library use from TypeScript: compare two texts, then walk the findings and the beads.
// `npx tsx examples/library.ts`
import { compareArticles, type Finding } from '../src/index.js';

const source = `The museum reopened on Friday, 14 March 2025. Director Lena Fischer said 12,500 people visited on the first day.
Tickets cost 18 euros. More information: https://example.org/museum`;
const target = `Le musée a rouvert le vendredi 14 mars 2025. La directrice Lena Fischer a indiqué que 15 500 personnes l'ont visité le premier jour.
Les billets coûtent 18 euros.`;

const report = await compareArticles(source, target, { from: 'en', to: 'fr', mode: 'parallel' });

console.log(`coverage ${report.scores.coverage.toFixed(2)}, fidelity ${report.scores.fidelity.toFixed(2)}, conflicts ${report.scores.conflicts}`);

const bySeverity = (s: Finding['severity']) => report.findings.filter((f) => f.severity === s);
for (const f of [...bySeverity('error'), ...bySeverity('warning')]) {
  const src = f.src?.map((i) => report.source.sentences[i].text).join(' ');
  console.log(`\n${f.severity} ${f.code}: ${f.message}`);
  if (src) console.log(`  source: ${src}`);
  if (f.expected !== undefined) console.log(`  expected ${f.expected}, found ${f.actual ?? 'nothing'}`);
}
