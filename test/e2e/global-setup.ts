import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths';
import { EXPORTS_DIR } from './keep-exports';

/**
 * Checks the build is there, and empties test-results/exports for this run's exports. (Whether the
 * Electron-launch test runs, and why not, is its skip annotation.)
 */
export default function globalSetup(): void {
  if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html')))
    throw new Error('out/ is missing: run "npm run build" first');
  rmSync(EXPORTS_DIR, { recursive: true, force: true });
}
