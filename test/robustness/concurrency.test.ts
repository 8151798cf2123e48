// Ten compareArticles calls at once in one process give the same reports as the same calls one by one
// (shared state such as the language detector, the lexical embedder's caches or the aligner's buffers
// must not leak between calls).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/index.js';
import type { CompareOptions } from '../../src/compare/options.js';
import { withoutTimings } from './helpers.js';

const seedEn = readFileSync('examples/seeds/en.txt', 'utf8');
const seedId = readFileSync('examples/seeds/id.txt', 'utf8');
const deEn = 'The house is big.\nThe price was 300,000 euros in 2019.\nAnna Schmidt bought it on Friday, 4 January.';
const deDe = 'Das Haus ist groß.\nDer Preis betrug 2019 300.000 Euro.\nAnna Schmitt kaufte es am Freitag, dem 4. Januar.';
const frEn = 'Paris hosted 12 ministers on Monday. They signed a pact on water. Critics said it was too weak.';
const frFr = 'Paris a accueilli 12 ministres lundi. Ils ont signé un pacte sur l’eau. Des critiques l’ont jugé trop faible. Le texte sera publié.';

const CALLS: [string, string, CompareOptions][] = [
  [seedEn, seedId, {}],
  [seedId, seedEn, {}],
  [seedEn, seedId, { mode: 'parallel' }],
  [seedEn, seedId, { mode: 'comparable', from: 'en', to: 'id' }],
  [deEn, deDe, {}],
  [deEn, deDe, { mode: 'parallel', from: 'en', to: 'de' }],
  [frEn, frFr, {}],
  [frFr, frEn, { mode: 'comparable' }],
  [seedEn, '', {}],
  [deEn, seedId, {}],
];

describe('compareArticles in parallel', () => {
  it('ten calls at once give the reports of the same calls one by one', async () => {
    const run = ([source, target, options]: (typeof CALLS)[number]) =>
      compareArticles(source, target, { ...options, cache: false }).then((r) => withoutTimings(r as never));
    const sequential = [];
    for (const call of CALLS) sequential.push(await run(call));
    const parallel = await Promise.all(CALLS.map(run));
    expect(parallel).toEqual(sequential);
    // And again, interleaved with itself, in reverse order.
    const reversed = await Promise.all([...CALLS].reverse().map(run));
    expect(reversed.reverse()).toEqual(sequential);
  });
});
