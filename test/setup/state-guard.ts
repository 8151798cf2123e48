// The test files of a worker share its modules and its process (`isolate: false` in vitest.config.ts),
// so a test must leave the process as it found it: a test that changes an environment variable or the
// working directory without restoring it fails, naming what it changed (`runCli` restores the
// variables it sets).
import { afterEach, beforeEach } from 'vitest';

/** Set by a dependency when it loads, not by a test: libvips (sharp, which transformers.js loads). */
const SET_BY_DEPENDENCIES = new Set(['VIPSHOME']);

let env: Record<string, string | undefined> = {};
let cwd = '';

beforeEach(() => {
  env = { ...process.env };
  cwd = process.cwd();
});

afterEach(() => {
  const keys = new Set([...Object.keys(env), ...Object.keys(process.env)]);
  const changed = [...keys].filter((key) => env[key] !== process.env[key] && !SET_BY_DEPENDENCIES.has(key)).sort();
  const problems = [
    ...(changed.length > 0 ? [`environment variables ${changed.join(', ')}`] : []),
    ...(process.cwd() !== cwd ? [`the working directory (${cwd} → ${process.cwd()})`] : []),
  ];
  if (problems.length > 0) {
    throw new Error(`The test left ${problems.join(' and ')} changed; restore them before it ends (the next test file in this worker shares the process).`);
  }
});
