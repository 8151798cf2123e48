// The shipped lexicons: size per language and in total, time to load one language's files (target
// < 100 ms), and lexical embedding throughput with concept features on (target ≥ 50,000 sentences/s).
import { createLexicalEmbedder } from '../src/embed/lexical/index.js';
import { pairLexicons } from '../src/lexicon/pair.js';
import { ConceptResolver } from '../src/lexicon/resolve.js';
import { loadShipped, shippedFiles } from '../src/lexicon/shipped.js';
import { generateSentences } from './embed-lexical.bench.js';
import { timed } from './util.js';

/** Wall and CPU milliseconds of `fn` (on a shared machine CPU time is the honest measure). */
async function cpuTimed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const { value, ms } = await timed(fn);
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** CPU milliseconds of a synchronous `fn`. */
function cpuTimed0<T>(fn: () => T): { value: T; cpuMs: number } {
  const cpu = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, cpuMs: (used.user + used.system) / 1000 };
}

export default async function bench(): Promise<void> {
  const files = shippedFiles();
  const langs = [...new Set(files.map((f) => f.lang))].sort();
  let total = 0;
  const rows: string[] = [];
  let slowest = 0;
  for (const lang of langs) {
    const mine = files.filter((f) => f.lang === lang);
    const bytes = mine.reduce((n, f) => n + f.bytes, 0);
    total += bytes;
    const { ms, cpuMs } = await cpuTimed(() => mine.forEach(loadShipped)); // first load in this process
    slowest = Math.max(slowest, cpuMs);
    rows.push(`${lang} ${(bytes / 1024).toFixed(0)} KiB ${cpuMs.toFixed(0)} ms CPU (${ms.toFixed(0)} wall)`);
  }
  console.log(`lexicons: ${files.length} files, ${(total / 2 ** 20).toFixed(2)} MiB unpacked; per language (size, load): ${rows.join(' · ')}`);
  console.log(`lexicon load: slowest language ${slowest.toFixed(0)} ms CPU (target < 100 ms)`);

  // A comparison loads only its pair's files (a subset of its two languages' files, loaded above),
  // then builds both sides' concept tables: that second step, for the heaviest pairs.
  const pairs = ['fr-de', 'fr-es', 'pl-en', 'pt-es'].map((p) => {
    const [a, b] = p.split('-');
    const { value: lex, cpuMs } = cpuTimed0(() => {
      const lex = pairLexicons(a, b)!;
      new ConceptResolver(lex.source);
      new ConceptResolver(lex.target);
      return lex;
    });
    return `${p} ${cpuMs.toFixed(0)} ms (${[...new Set(lex.shipped)].join(', ')})`;
  });
  console.log(`pair concept tables after loading (CPU): ${pairs.join(' · ')}`);

  const sentences = generateSentences(100_000);
  const { value: embedder, ms: setupMs } = await timed(() => createLexicalEmbedder({ languages: ['en', 'id'] }));
  await embedder.embed(sentences.slice(0, 10_000), { lang: 'id' }); // warm-up (JIT, word memo)
  let best = { ms: Infinity, cpuMs: Infinity };
  for (let run = 0; run < 3; run++) {
    const r = await cpuTimed(() => embedder.embed(sentences, { lang: 'id' }));
    if (r.cpuMs < best.cpuMs) best = r;
  }
  const rate = (ms: number): string => Math.round(sentences.length / (ms / 1000)).toLocaleString('en');
  console.log(`lexical with lexicons ${embedder.id} (pair set up in ${setupMs.toFixed(0)} ms): ${rate(best.cpuMs)} sentences/s of CPU time (${rate(best.ms)} wall; Indonesian side, best of 3; target ≥ 50,000)`);
}
