import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: every test but the slow hang guards (`*.slow.test.ts`, see vitest.slow.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.slow.test.ts', '**/node_modules/**'],
    setupFiles: ['test/setup/console-guard.ts', 'test/setup/state-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One worker per core (vitest's default leaves one core free: a single worker on a 2-core machine).
    maxWorkers: availableParallelism(),
    minWorkers: 1,
    // Files share a worker's module cache: the source is imported once per worker, not once per file.
    // Safe because no test mocks modules, fakes timers or leaves globals changed (the console guard
    // restores its spies; the state guard fails a test that leaves the environment or cwd changed).
    isolate: false,
  },
});
