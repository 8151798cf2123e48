// Small helpers shared by the benchmarks: timing, peak memory, CPU time by thread, deterministic pseudo-random text.
import { readdirSync, readFileSync } from 'node:fs';

/** Runs `fn` and returns its result with the wall time in milliseconds. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/** Samples RSS every few ms while `fn` runs; returns the peak RSS in MiB above the starting RSS, and the absolute peak. */
export async function peakMemory<T>(fn: () => Promise<T> | T): Promise<{ value: T; peakMiB: number; deltaMiB: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => {
    // rss() alone: memoryUsage() also walks the heap, a cost the measured code would pay.
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, peakMiB: peak / 2 ** 20, deltaMiB: (peak - base) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** CPU time in ms of the threads named (all of this process's threads when none are), by thread id (Linux `/proc`; empty elsewhere). */
export function threadCpuMs(only?: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  let tids: Iterable<string>;
  try {
    tids = only ?? readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name: state is the 3rd field, utime and stime the 14th and 15th (clock ticks, 100 a second).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/**
 * Runs `fn` and returns the CPU time (ms) each thread spent meanwhile: the main thread, the other
 * threads that were already there (V8's compiler and garbage-collector helpers, shared by every
 * thread of the process, and libuv's) and threads started during `fn` (worker threads). Started
 * threads are sampled every 50 ms since a thread's count is gone once it ends; the threads that were
 * there are read at the start and the end only, so the sampling itself costs the main thread little.
 * Zeros and empty lists where `/proc` is missing.
 */
export async function cpuByThread<T>(fn: () => Promise<T> | T): Promise<{ value: T; main: number; helpers: number[]; started: number[] }> {
  const start = threadCpuMs();
  const seen = new Map<string, number>();
  const sample = () => {
    let tids: string[];
    try {
      tids = readdirSync('/proc/self/task').filter((tid) => !start.has(tid));
    } catch {
      return;
    }
    threadCpuMs(tids).forEach((ms, tid) => seen.set(tid, ms));
  };
  const timer = setInterval(sample, 50);
  try {
    const value = await fn();
    sample();
    const end = threadCpuMs(start.keys());
    const main = String(process.pid);
    const helpers: number[] = [];
    end.forEach((ms, tid) => tid !== main && helpers.push(ms - start.get(tid)!));
    return { value, main: (end.get(main) ?? 0) - (start.get(main) ?? 0), helpers, started: [...seen.values()] };
  } finally {
    clearInterval(timer);
  }
}

/** Deterministic PRNG (mulberry32) so benchmarks are repeatable. */
export { seededRandom as rng } from '../src/align/random.js';
