/**
 * Test files that replace modules (vi.mock, vi.doMock) or spy on them (vi.spyOn): vitest runs
 * each in a module graph of its own; every other file shares one per test process
 * (vitest.config.mts). test/unit/mocking-files.test.ts fails when a file doing so is not listed.
 */
export const MOCKING = [
  'test/unit/main/hostile-ipc.test.ts',
  'test/unit/main/io/write-atomically.test.ts',
  'test/unit/main/store/disk-full.test.ts',
];
