import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the hang guards on big inputs (real binary, killable), run by CI after `npm test`.
export default defineConfig({
  test: {
    include: ['test/**/*.slow.test.ts'],
    setupFiles: ['test/setup/console-guard.ts'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
