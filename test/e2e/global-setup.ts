import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths';

/** Checks the build is there. (Whether the Electron-launch test runs, and why not, is its skip annotation.) */
export default function globalSetup(): void {
  if (!existsSync(join(repoRoot, 'out', 'renderer', 'index.html')))
    throw new Error('out/ is missing: run "npm run build" first');
}
