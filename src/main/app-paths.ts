import { join, resolve } from 'node:path';
import { unpackedRoot } from './store/native-binding';

/**
 * Where the built app finds its parts: the bundle sits in out/main, so the app root is two
 * levels up; resources/ and native/ hang off the root.
 */
export function appPaths(mainDir: string): {
  appRoot: string;
  resourcesDir: string;
  workerPath: string;
  preloadPath: string;
} {
  const appRoot = resolve(mainDir, '..', '..');
  return {
    appRoot,
    // Installed, resources/ (the demo data) is unpacked beside app.asar: plain files for the worker.
    resourcesDir: join(unpackedRoot(appRoot), 'resources'),
    workerPath: join(mainDir, 'worker.js'),
    preloadPath: join(mainDir, '..', 'preload', 'index.js'),
  };
}
