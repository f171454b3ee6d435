import Module from 'node:module';
import { join, sep } from 'node:path';
import { repoRoot } from '../helpers/paths';
import { StandIn } from './electron';
import type { AppOptions } from './electron-app';

/** The build under test: what `electron .` (npm start) runs. */
export const builtMainDir = join(repoRoot, 'out', 'main');
export const builtMain = join(builtMainDir, 'index.js');
/** The name `require('electron')` resolves to inside the built main process (never a real file). */
const STAND_IN_ID = join(repoRoot, 'test', 'electron-standin', '(electron stand-in)');

type Resolve = (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve; _cache: Record<string, unknown> };
let installed = false;

/** `electron` means the stand-in for code under out/ only: anything else asking for it (Playwright's Electron launcher) gets the real package. */
function installResolver(): void {
  if (installed) return;
  installed = true;
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request, parent, ...rest) {
    if (request === 'electron' && parent?.filename?.startsWith(join(repoRoot, 'out') + sep)) return STAND_IN_ID;
    return resolve.call(this, request, parent, ...rest);
  };
}

export interface LaunchOptions extends Partial<AppOptions> {
  /** The profile folder (SEGMENTDESK_USER_DATA, as the Electron-launch test sets it). */
  userData: string;
}

/**
 * Launches the app as Electron would run out/main/index.js: a fresh copy of the built main
 * process (its modules loaded anew, so a second launch is a second process's code) against a
 * new stand-in. Waits for nothing: the caller waits on what it expects (a window, a quit).
 */
export function launch(options: LaunchOptions): StandIn {
  installResolver();
  const standIn = new StandIn(options);
  for (const key of Object.keys(loader._cache)) if (key.startsWith(builtMainDir + sep)) delete loader._cache[key];
  const stub = new Module(STAND_IN_ID);
  Object.assign(stub, { filename: STAND_IN_ID, loaded: true, exports: standIn.module });
  loader._cache[STAND_IN_ID] = stub;
  const before = process.env.SEGMENTDESK_USER_DATA;
  process.env.SEGMENTDESK_USER_DATA = options.userData;
  try {
    require(builtMain);
  } finally {
    if (before === undefined) delete process.env.SEGMENTDESK_USER_DATA;
    else process.env.SEGMENTDESK_USER_DATA = before;
  }
  return standIn;
}
