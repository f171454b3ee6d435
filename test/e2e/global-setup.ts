import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findElectron } from '../helpers/find-electron';
import { repoRoot } from '../helpers/paths';

/** Checks the build is there and says up front whether the Electron-launch test can run. */
export default function globalSetup(): void {
  if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html')))
    throw new Error('out/ is missing: run "npm run build" first');
  const electron = findElectron();
  console.log(
    electron.path
      ? `Electron binary found: ${electron.path}; the Electron-launch test runs.`
      : `Electron-launch test will be SKIPPED: no Electron binary on this machine: ${electron.why}`,
  );
}
