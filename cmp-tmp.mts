import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { generatePair } from './bench/memory.bench.ts';
const SRC = process.env.SRC!;
const newC = await import('./src/compare/index.ts');
const oldC = await import(`${SRC}/compare/index.ts`);
const en = readFileSync('examples/seeds/en.txt', 'utf8'), id = readFileSync('examples/seeds/id.txt', 'utf8');
const g = generatePair(5000, 3);
for (const [name, a, b] of [['seeds', en, id], ['generated-5k', g.source, g.target]] as const) {
  for (const mode of ['auto', 'parallel', 'comparable'] as const) {
    const rn = await newC.compareArticles(a, b, { mode, cache: false });
    const ro = await oldC.compareArticles(a, b, { mode, cache: false });
    console.log(name, mode, 'findings', rn.findings.length, ro.findings.length, 'same', isDeepStrictEqual(rn.findings, ro.findings), 'check ms new', rn.timings.check, 'old', ro.timings.check);
  }
}
