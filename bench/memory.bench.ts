// Memory and time of a book-sized comparison: a generated 100,000-sentence translation pair
// (deterministic; numbers, names and dates shared across the sides, realistic sentence lengths, some
// sentences merged, split or dropped in the translation) through `compareArticles` with the lexical
// embedder and no cache. Prints wall time and peak RSS (target ≤ 2 GB) of the whole call in `auto` and
// in `parallel` mode, then stage by stage so a blow-up points at its stage; each part in its own process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundledWorker } from '../src/batch/worker-bundle.js';
import { alignSentences } from '../src/align/index.js';
import { checkAlignment } from '../src/check/index.js';
import { compareArticles } from '../src/compare/index.js';
import { createLexicalEmbedder } from '../src/embed/lexical/index.js';
import { splitSentences } from '../src/segment/index.js';
import { peakMemory, rng } from './util.js';

const SENTENCES = 100_000;
const NAMES = ['Rina Wijaya', 'Joko Widodo', 'Anna Schmidt', 'Hossein Amir-Abdollahian', 'Sri Mulyani', 'John Carter', 'Maria Lopez', 'Budi Santoso'];
const PLACES = ['Jakarta', 'Surabaya', 'Bandung', 'Tehran', 'Berlin', 'Canberra', 'Medan', 'Bali'];
const MONTHS: [string, string][] = [['January', 'Januari'], ['March', 'Maret'], ['May', 'Mei'], ['August', 'Agustus'], ['October', 'Oktober']];
// Parallel phrase tables: [english, indonesian].
const SUBJECTS: [string, string][] = [['The minister', 'Menteri'], ['The company', 'Perusahaan itu'], ['Officials', 'Para pejabat'], ['The police', 'Polisi'], ['Residents', 'Warga']];
const VERBS: [string, string][] = [['said', 'mengatakan'], ['reported', 'melaporkan'], ['denied', 'membantah'], ['confirmed', 'mengonfirmasi']];
const OBJECTS: [string, string][] = [
  ['that prices rose by {n} percent', 'bahwa harga naik {n} persen'],
  ['that {n} people were evacuated from the flooded area', 'bahwa {n} orang dievakuasi dari daerah banjir'],
  ['a budget of {n} billion rupiah for new schools and roads', 'anggaran {n} miliar rupiah untuk sekolah dan jalan baru'],
  ['that the talks would continue next week', 'bahwa perundingan akan berlanjut pekan depan'],
  ['that exports fell for the third month in a row', 'bahwa ekspor turun selama tiga bulan berturut-turut'],
];

/** A deterministic translation-like pair of about `n` sentences a side, one paragraph per line. */
export function generatePair(n: number, seed = 7): { source: string; target: string } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const src: string[] = [];
  const tgt: string[] = [];
  let srcLine: string[] = [];
  let tgtLine: string[] = [];
  for (let i = 0; i < n; i++) {
    const [se, si] = pick(SUBJECTS);
    const [ve, vi] = pick(VERBS);
    const [oe, oi] = pick(OBJECTS);
    const num = String(1 + Math.floor(r() * 5000));
    const name = pick(NAMES);
    const place = pick(PLACES);
    const [me, mi] = pick(MONTHS);
    const day = 1 + Math.floor(r() * 28);
    const en = `${se} in ${place} ${ve} on ${me} ${day} ${oe.replace('{n}', num)}, according to ${name}.`;
    const id = `${si} di ${place} ${vi} pada ${day} ${mi} ${oi.replace('{n}', num)}, menurut ${name}.`;
    srcLine.push(en);
    const roll = r();
    if (roll < 0.02) {
      // dropped in the translation
    } else if (roll < 0.05 && tgtLine.length > 0) {
      tgtLine[tgtLine.length - 1] = `${tgtLine[tgtLine.length - 1]!.slice(0, -1)}; ${id.charAt(0).toLowerCase()}${id.slice(1)}`; // merged
    } else if (roll < 0.07) {
      tgtLine.push(`${si} ${vi} hal itu di ${place}.`, `${oi.replace('{n}', num)}, menurut ${name}.`); // split
    } else {
      tgtLine.push(id);
    }
    if (r() < 0.2) {
      src.push(srcLine.join(' '));
      tgt.push(tgtLine.join(' '));
      srcLine = [];
      tgtLine = [];
    }
  }
  src.push(srcLine.join(' '));
  tgt.push(tgtLine.join(' '));
  return { source: src.join('\n'), target: tgt.join('\n') };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function measure<T>(label: string, fn: () => Promise<T> | T): Promise<T | undefined> {
  gc();
  const t0 = performance.now();
  // CPU time as well (all threads of the process, the collector's included): on a loaded machine it is
  // closer than wall time to what an idle one takes.
  const cpu0 = process.cpuUsage();
  try {
    const { value, peakMiB } = await peakMemory(fn);
    const cpu = process.cpuUsage(cpu0);
    console.log(`${label.padEnd(34)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)   peak RSS ${peakMiB.toFixed(0)} MiB`);
    return value;
  } catch (error) {
    console.log(`${label.padEnd(34)} FAILED after ${((performance.now() - t0) / 1000).toFixed(1)} s: ${(error as Error).message}`);
    return undefined;
  }
}

export default async function bench(): Promise<void> {
  const only = process.env.MEMORY_BENCH_ONLY; // 'auto', 'parallel' or 'stages' to run one part
  if (!only) {
    // Each part in a fresh process: memory an earlier part leaves behind would inflate a later part's peak RSS.
    const index = fileURLToPath(new URL('./index.ts', import.meta.url));
    for (const part of ['auto', 'parallel', 'stages']) {
      spawnSync(process.execPath, [...process.execArgv, index, 'memory'], { env: { ...process.env, MEMORY_BENCH_ONLY: part }, stdio: 'inherit' });
    }
    return;
  }
  const { source, target } = generatePair(SENTENCES);
  console.log(`[${only}] pair: ${source.length.toLocaleString('en')} + ${target.length.toLocaleString('en')} characters; RSS at start ${mib(process.memoryUsage().rss)}`);

  if (only === 'stages') {
    const sides = await measure('segment (both sides)', () => Promise.all([splitSentences(source), splitSentences(target)]));
    if (!sides) return;
    const [src, tgt] = sides;
    console.log(`  ${src.length.toLocaleString('en')} source and ${tgt.length.toLocaleString('en')} target sentences`);
    // The preset compareArticles uses for parallel alignment (additive: groups are scored from single
    // sentences, no overlap vectors are stored). A non-additive embedder object (a neural model, or the
    // comparable preset) makes the aligner keep overlap vectors: sentences × 3 group sizes × dim floats a side.
    const embedder = createLexicalEmbedder({ preset: 'parallel' });
    await measure('embed (lexical, both sides)', async () => (await embedder.embed(src.map((s) => s.text))).length + (await embedder.embed(tgt.map((s) => s.text))).length);
    const alignment = await measure('align (parallel)', () => alignSentences(src, tgt, { mode: 'parallel', embedder }));
    if (alignment) {
      const input = { source: { lang: 'en', sentences: src }, target: { lang: 'id', sentences: tgt }, beads: alignment.beads };
      // `npm run bench` runs from the TypeScript source through tsx, whose output differs from the
      // package's (every function is wrapped to keep its name): the checks are timed both ways, the
      // second as the package ships them (src/check bundled by esbuild, as `npm run build` bundles dist/).
      await measure('check (from source, tsx)', () => checkAlignment(input, { mode: 'parallel' }).length);
      const bundled = (await import(pathToFileURL(await bundledWorker(fileURLToPath(new URL('../src/check/index.ts', import.meta.url)))).href)) as typeof import('../src/check/index.js');
      await measure('check (bundled, as dist/ ships)', () => bundled.checkAlignment(input, { mode: 'parallel' }).length);
    }
  }
  for (const mode of ['auto', 'parallel'] as const) {
    if (only !== mode) continue;
    const report = await measure(`compareArticles (mode ${mode})`, () => compareArticles(source, target, { embedder: 'lexical', cache: false, mode }));
    if (report) {
      const s = report.scores;
      console.log(`  mode ${report.mode}; coverage ${(s.coverage * 100).toFixed(1)}%, fidelity ${s.fidelity.toFixed(2)}, ${report.findings.length} findings; timings ${JSON.stringify(report.timings)}`);
    }
  }
}
