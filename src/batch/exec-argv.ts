// The Node.js flags a batch worker thread starts with: the process's own, less the ones a worker
// refuses and, when the worker is the bundle built from source, the tsx loader.

/** Flags that load a module before the program (`--import tsx`, `--import=tsx`, `-r tsx`…). */
const PRELOAD_FLAGS = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/** A preload of tsx: the package itself or one of its entry points (`tsx`, `tsx/esm`, `…/node_modules/tsx/…`). */
const isTsx = (value: string): boolean => /^tsx(?:\/|$)/.test(value) || /[\\/]node_modules[\\/]tsx[\\/]/.test(value);

/**
 * The flags for a worker thread, from the process's `execArgv`:
 * - left out always: `--input-type` (applies only to `node -e` input; a worker refuses it) and V8's
 *   `--expose-gc` (process-wide; a worker refuses it too);
 * - left out when `bundled` (the worker is the plain-JavaScript bundle built from the TypeScript
 *   source, see worker-bundle.ts): tsx preloads. The bundle needs no loader, and tsx in each worker
 *   costs that worker its own loader set-up.
 *
 * Every other flag, a user's own preloads included, is passed on as given.
 * @example workerExecArgv(['--import', 'tsx', '--expose-gc', '--max-old-space-size=4096'], true) // → ['--max-old-space-size=4096']
 */
export function workerExecArgv(execArgv: readonly string[], bundled: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const flag = execArgv[i]!;
    if (flag.startsWith('--input-type') || /^--expose[-_]gc$/.test(flag)) continue;
    if (bundled) {
      const eq = flag.indexOf('=');
      const name = eq < 0 ? flag : flag.slice(0, eq);
      if (PRELOAD_FLAGS.has(name)) {
        const value = eq < 0 ? execArgv[i + 1] : flag.slice(eq + 1);
        if (value !== undefined && isTsx(value)) {
          if (eq < 0) i++;
          continue;
        }
      }
    }
    out.push(flag);
  }
  return out;
}
