import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** The Electron executable, or why there is none (its download is skipped on offline machines). */
export function findElectron(): { path: string | null; why: string } {
  try {
    const path = createRequire(join(repoRoot, 'package.json'))('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path, why: '' };
    return { path: null, why: 'the electron package points at a binary that is not there' };
  } catch (err) {
    return { path: null, why: `${(err as Error).message} (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?)` };
  }
}
