import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths';
import { EXPORTS_DIR } from './keep-exports';

/**
 * Checks the build is there, and empties test-results/exports for this run's exports. (Whether the
 * Electron-launch test runs, and why not, is its skip annotation.) Temporary files of the run go
 * under one folder (TMPDIR, inherited by the workers), removed when the run ends.
 */
export default function globalSetup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'segdesk-e2e-'));
  process.env.TMPDIR = runDir;
  if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html')))
    throw new Error('out/ is missing: run "npm run build" first');
  rmSync(EXPORTS_DIR, { recursive: true, force: true });
  return () => rmSync(runDir, { recursive: true, force: true });
}
