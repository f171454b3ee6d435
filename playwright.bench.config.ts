import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run bench` only (scripts/bench.mjs): UI timings, never part of npm test. */
export default defineConfig({
  ...base,
  testDir: 'test/bench',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 600_000,
  reporter: [['list']],
});
