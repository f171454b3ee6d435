import { join, resolve } from 'node:path';
import { unpackedRoot } from './store/native-binding';
import { threadPaths } from './worker/thread-paths';
import { DEMO_DATA_FILE } from './workspace/workspace-session';

/**
 * Where the built app finds its parts: the bundle sits in out/main, so the app root is two
 * levels up; resources/ and native/ hang off the root. The one place these paths are made:
 * test/unit/main/packaging.test.ts checks each against the build and the installer's layout.
 */
export function appPaths(mainDir: string): {
  appRoot: string;
  resourcesDir: string;
  demoDataPath: string;
  workerPath: string;
  partThreadPath: string;
  kernelThreadPath: string;
  preloadPath: string;
  rendererIndex: string;
} {
  const appRoot = resolve(mainDir, '..', '..');
  // Installed, resources/ (the demo data) is unpacked beside app.asar: plain files for the worker.
  const resourcesDir = join(unpackedRoot(appRoot), 'resources');
  const workerPath = join(mainDir, 'worker.js');
  return {
    appRoot,
    resourcesDir,
    demoDataPath: join(resourcesDir, DEMO_DATA_FILE),
    workerPath,
    ...threadPaths(workerPath),
    preloadPath: join(mainDir, '..', 'preload', 'index.js'),
    rendererIndex: join(mainDir, '..', 'renderer', 'index.html'),
  };
}
