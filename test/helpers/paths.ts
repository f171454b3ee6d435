import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(process.cwd());
/** The real datasets beside the clone (../shared/data); never copied into the repo. */
export const sharedData = (name: string) => resolve(repoRoot, '..', 'shared', 'data', name);
export const builtMain = join(repoRoot, 'out', 'main');
export const workerPath = join(builtMain, 'worker.js');
export const resourcesDir = join(repoRoot, 'resources');

export function tempDir(prefix = 'segdesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
