import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths';
import { MOCKING } from './mocking-files';

/** Every test file under a folder, as a path from the repository's root. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative(repoRoot, path).replaceAll('\\', '/')] : [];
  });
}

describe('the test files that replace or spy on modules', () => {
  it('are exactly the ones vitest isolates (a mock in a shared module graph would reach other files)', () => {
    // Split so this file does not name the calls it looks for.
    const calls = ['mock', 'doMock', 'spyOn'].map((name) => `vi.${name}(`);
    const mocking = testFiles(join(repoRoot, 'test', 'unit')).filter((file) => {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      return calls.some((call) => text.includes(call));
    });
    expect(mocking.sort()).toEqual([...MOCKING].sort());
  });
});
