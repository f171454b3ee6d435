import { defineConfig } from 'vitest/config';
import { watPlugin } from './scripts/wat-plugin.mjs';

export default defineConfig({
  plugins: [watPlugin()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    globalSetup: ['test/unit/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
