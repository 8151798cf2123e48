/**
 * CPU time (user + system, in ms) that this process spends while `fn` runs, and what `fn` returned.
 * Used where a test guards against quadratic work with a generous bound: unlike wall-clock time it
 * barely grows when other processes load the machine (a loaded 2-core machine stretched wall time
 * 20-fold and failed such bounds). The worker runs one test at a time, so the process's CPU time
 * during `fn` is `fn`'s.
 */
export async function cpuTime<T>(fn: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const before = process.cpuUsage();
  const value = await fn();
  const { user, system } = process.cpuUsage(before);
  return { value, ms: (user + system) / 1000 };
}
