import { defineConfig } from 'vitest/config';

// `npm test`: every test but the slow hang guards (`*.slow.test.ts`, see vitest.slow.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.slow.test.ts', '**/node_modules/**'],
    setupFiles: ['test/setup/console-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
