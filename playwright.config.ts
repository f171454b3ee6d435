import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/helpers/chromium';

/**
 * End-to-end tests drive the built renderer (out/renderer) in Debian's Chromium, served on
 * 127.0.0.1, with window.api answered by the real workspace service through a host bridge
 * (test/e2e/harness.ts). Build first: `npm run build` (npm test does).
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results/playwright',
  timeout: 120_000,
  // Budgets for a loaded 2-core machine (a worker thread's first job starts it); every wait is on a state.
  expect: { timeout: 30_000 },
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    // As a user who set "reduce motion" in the OS: the app then opens dialogs and lists without
    // animating (app-theme.ts), so no click waits for an animation to end.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    viewport: { width: 1280, height: 820 },
    // No trace while recording: its screencast and DOM snapshots at every action more than doubled
    // a test's time on 2 cores with two browsers (calculated-columns: 57 s → over 120 s). A failure
    // keeps a screenshot and error-context.md; for a trace run again with --trace retain-on-failure.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
