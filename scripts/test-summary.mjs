#!/usr/bin/env node
// Prints one closing line for the whole `npm test` run from the vitest and Playwright JSON
// reports: "unit+e2e: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const vitest = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
const e2e = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats;
const passed = vitest.numPassedTests + e2e.expected + e2e.flaky;
const failed = vitest.numFailedTests + e2e.unexpected;
const skipped = vitest.numPendingTests + vitest.numTodoTests + e2e.skipped;
console.log(`unit: ${vitest.numPassedTests} passed; e2e: ${e2e.expected + e2e.flaky} passed, ${e2e.skipped} skipped`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
