import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { watPlugin } from './scripts/wat-plugin.mjs';

export default defineConfig({
  plugins: [watPlugin()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    globalSetup: ['test/unit/global-setup.ts'],
    // One test file per core (vitest's default leaves one core idle): most files wait on the worker
    // threads and CLI processes they start; the run takes 10 min instead of 15 on 2 cores.
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
