// Small helpers shared by the benchmarks: timing, peak memory, deterministic pseudo-random text.

/** Runs `fn` and returns its result with the wall time in milliseconds. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

/** Samples RSS every few ms while `fn` runs; returns the peak RSS in MiB above the starting RSS, and the absolute peak. */
export async function peakMemory<T>(fn: () => Promise<T> | T): Promise<{ value: T; peakMiB: number; deltaMiB: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMiB: peak / 2 ** 20, deltaMiB: (peak - base) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** Deterministic PRNG (mulberry32) so benchmarks are repeatable. */
export { seededRandom as rng } from '../src/align/random.js';
