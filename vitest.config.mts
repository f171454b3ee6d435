import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { watPlugin } from './scripts/wat-plugin.mjs';
import { MOCKING } from './test/unit/mocking-files';

export default defineConfig({
  plugins: [watPlugin()],
  test: {
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    globalSetup: ['test/unit/global-setup.ts'],
    // One test file per core (vitest's default leaves one core idle): most files wait on the worker
    // threads and CLI processes they start; the run takes 10 min instead of 15 on 2 cores.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    projects: [
      // The engine's and the app's modules are loaded once per test process, not once per file
      // (2 min of the run's 10 went to loading them again); the files that mock or spy on modules
      // (listed in test/unit/mocking-files.ts, checked by a test) each get a graph of their own.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
  },
});
