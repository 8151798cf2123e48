// `bitext-qa batch` on many seed-sized pairs: throughput with 1 and 2 worker threads (and the ratio),
// peak memory of the whole batch (RSS of the process, worker threads included) at 50, 200 and 400
// pairs — it must not grow with the number of pairs — and the cost of re-running a finished batch
// (resume). Each worker's young generation and compiled code grow to their full size during its first
// ~100 pairs (V8 warming up), so the growth that would show a leak is the one from 200 to 400 pairs.
// The pairs are the seed articles (examples/seeds) with variations: numbers changed, paragraphs
// dropped or repeated, so no two pairs are the same text.
// Each run uses the V8 setting `bitext-qa batch` makes on its process (src/batch/v8-flags.ts: no
// inlining in the optimising compiler when the workers fill every core); 2 workers also run with
// V8's default, which is what a program calling `compareMany` gets unless it sets the flag itself.
// 2 workers run as a staged pipeline (src/batch/pipeline.ts), as batches do; once more with whole
// pairs on each worker (the pool shape), to compare the two.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManifest, runBatch } from '../src/batch/index.js';
import { workerFile, type WorkShape } from '../src/batch/pool.js';
import { batchInlining, setTurboInlining } from '../src/batch/v8-flags.js';
import { cpuByThread, peakMemory, rng, threadCpuMs } from './util.js';

const PAIRS = 200;
/** The longest run, for the memory comparison only: its first 200 pairs are the 200 above. */
const MEMORY_PAIRS = 2 * PAIRS;
const seeds = fileURLToPath(new URL('../examples/seeds/', import.meta.url));

/** Pair `i`: the seeds with some paragraphs dropped or repeated and some numbers changed (deterministic). */
function variant(text: string, r: () => number): string {
  const paragraphs = text.split(/\n+/).filter((p) => r() > 0.1).flatMap((p) => (r() < 0.05 ? [p, p] : [p]));
  return paragraphs.map((p) => p.replace(/\d+/g, (d) => (r() < 0.1 ? String(Number(d) + 1) : d))).join('\n\n');
}

function writePairs(dir: string, count: number): string {
  const en = readFileSync(join(seeds, 'en.txt'), 'utf8');
  const id = readFileSync(join(seeds, 'id.txt'), 'utf8');
  const r = rng(15);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `${i}.en.txt`), variant(en, r));
    writeFileSync(join(dir, `${i}.id.txt`), variant(id, r));
    lines.push(JSON.stringify({ id: `pair-${i}`, source: `${i}.en.txt`, target: `${i}.id.txt` }));
  }
  const manifest = join(dir, 'pairs.jsonl');
  writeFileSync(manifest, `${lines.join('\n')}\n`);
  return manifest;
}

/** The last pairs of the one-worker run, whose rate counts as warm. */
const LAST = 50;
/** After how many pairs the one-worker run reads its worker thread's CPU time (see {@link warmUp}). */
const MARKS = [1, 10, 100, PAIRS - LAST, PAIRS];

/**
 * One worker's warm-up: its thread's CPU time (ms) after each of {@link MARKS} pairs, read when the
 * main thread gets that pair's result (the worker then waits for its next pair). Every worker pays
 * the part above its warm rate again, which is what keeps 2 workers from being twice as fast.
 */
function warmUp(cpuAt: number[]): string {
  const [first, ten, hundred, lastStart, end] = cpuAt;
  if (end === undefined || first === undefined || ten === undefined || hundred === undefined || lastStart === undefined) return '';
  const warmRate = (end - lastStart) / LAST;
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `one worker's own thread: ${fmt(first)} to its first pair's end, pairs 2–10 ${fmt(ten - first)}, 11–100 ${fmt(hundred - ten)}, ` +
    `${warmRate.toFixed(1)} ms a pair over pairs ${PAIRS - LAST + 1}–${PAIRS}; above that rate, ${fmt(end - PAIRS * warmRate)} of start and warm-up`;
}

/** One batch run; `inlining`: V8's setting for it (by default the CLI's for `concurrency`); `shape`: how the workers share pairs (by default the batch's). */
async function run(manifest: string, out: string, concurrency: number, pairs: number, inlining = batchInlining(concurrency), shape?: WorkShape) {
  setTurboInlining(inlining);
  const entries = parseManifest(readFileSync(manifest, 'utf8'), manifest, join(manifest, '..')).slice(0, pairs);
  // With one worker, its thread is the one started during the run that used the most CPU.
  const before = new Set(threadCpuMs().keys());
  const cpuAt: number[] = [];
  const onResult = (_: unknown, done: number) => {
    if (concurrency !== 1 || !MARKS.includes(done)) return;
    const started = [...threadCpuMs().entries()].filter(([tid]) => !before.has(tid)).map(([, ms]) => ms);
    cpuAt.push(Math.max(0, ...started));
  };
  const t0 = performance.now();
  const { value: { value, main, helpers, started }, peakMiB } = await peakMemory(() => cpuByThread(() => runBatch(entries, { out, concurrency, onResult, ...(shape ? { shape } : {}) })));
  const seconds = (performance.now() - t0) / 1000;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / 1000;
  // CPU time by thread: the worker threads, the main thread, and V8's compiler and collector threads
  // (shared by all threads of the process, so they mostly work for the workers) with libuv's. On idle
  // cores the batch takes at least its busiest worker's CPU time and at least all its CPU time shared
  // over the cores: a measure that a loaded machine does not skew.
  const cpu = { workers: sum(started), busiest: Math.max(0, ...started) / 1000, main: main / 1000, helpers: sum(helpers) };
  const bound = Math.max(cpu.busiest, (cpu.workers + cpu.main + cpu.helpers) / availableParallelism());
  return { seconds, rate: value.ran / seconds, peakMiB, run: value, cpu, bound, warmUp: warmUp(cpuAt) };
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-batch-bench-'));
  try {
    const manifest = writePairs(dir, MEMORY_PAIRS);
    // From source the worker is bundled once per process (src/batch/worker-bundle.ts): done here, before
    // the clock starts, so neither run pays it (the package ships the bundle).
    await workerFile();
    const outs = ['w1', 'w2', 'w2-50', 'w2-again', 'w2-long', 'w2-default', 'w2-pool'].map((name) => join(dir, name));
    outs.forEach((o) => mkdirSync(o));
    const line = (label: string, m: Awaited<ReturnType<typeof run>>) => {
      console.log(`${label.padEnd(38)} ${m.seconds.toFixed(1).padStart(6)} s  ${m.rate.toFixed(1).padStart(6)} pairs/s  peak RSS ${m.peakMiB.toFixed(0)} MiB`);
      if (m.cpu.workers > 0) {
        console.log(`  CPU: workers ${m.cpu.workers.toFixed(1)} s (busiest ${m.cpu.busiest.toFixed(1)} s), main thread ${m.cpu.main.toFixed(1)} s, V8 and libuv helper threads ${m.cpu.helpers.toFixed(1)} s; on ${availableParallelism()} idle cores at least ${m.bound.toFixed(1)} s`);
      }
      if (m.warmUp) console.log(`  ${m.warmUp}`);
    };
    const speedUp = (one: Awaited<ReturnType<typeof run>>, two: Awaited<ReturnType<typeof run>>) =>
      `${(two.rate / one.rate).toFixed(2)}× (wall time)${one.cpu.workers > 0 ? `, ${(one.bound / two.bound).toFixed(2)}× (CPU-time bound on idle cores)` : ''}`;
    const one = await run(manifest, outs[0]!, 1, PAIRS);
    line(`${PAIRS} pairs, 1 worker`, one);
    const two = await run(manifest, outs[1]!, 2, PAIRS);
    line(`${PAIRS} pairs, 2 workers`, two);
    console.log(`speed-up with 2 workers: ${speedUp(one, two)}`);
    // Whole pairs on each of the 2 workers (tinypool), the shape staged pipelines replaced.
    const twoPool = await run(manifest, outs[6]!, 2, PAIRS, batchInlining(2), 'pool');
    line(`${PAIRS} pairs, 2 workers, whole pairs each`, twoPool);
    console.log(`speed-up with 2 workers, whole pairs each: ${speedUp(one, twoPool)}`);
    // V8's default (inlining on), as a program calling compareMany runs unless it sets the flag.
    const twoDefault = await run(manifest, outs[5]!, 2, PAIRS, true);
    line(`${PAIRS} pairs, 2 workers, V8 default`, twoDefault);
    console.log(`speed-up with 2 workers, V8 default: ${speedUp(one, twoDefault)}`);
    // The same machine load again, in the other order, so a change of load between the two shows.
    const twoAgain = await run(manifest, outs[3]!, 2, PAIRS);
    line(`${PAIRS} pairs, 2 workers (again)`, twoAgain);
    const fifty = await run(manifest, outs[2]!, 2, 50);
    line('50 pairs, 2 workers', fifty);
    const long = await run(manifest, outs[4]!, 2, MEMORY_PAIRS);
    line(`${MEMORY_PAIRS} pairs, 2 workers`, long);
    console.log(`peak RSS, 2 workers: ${fifty.peakMiB.toFixed(0)} / ${two.peakMiB.toFixed(0)} / ${long.peakMiB.toFixed(0)} MiB at 50 / ${PAIRS} / ${MEMORY_PAIRS} pairs (${PAIRS} → ${MEMORY_PAIRS}: ${(long.peakMiB - two.peakMiB).toFixed(0)} MiB more)`);
    const resume = await run(manifest, outs[1]!, 2, PAIRS);
    console.log(`resume on the finished ${PAIRS}-pair batch: ${(resume.seconds * 1000).toFixed(0)} ms (${resume.run.skipped} skipped, ${resume.run.ran} run)`);
  } finally {
    // Back to V8's default for the benches that run after this one in the same process.
    setTurboInlining(true);
    rmSync(dir, { recursive: true, force: true });
  }
}
