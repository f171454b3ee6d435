import { join, resolve } from 'node:path';

/**
 * Where the built app finds its parts: the bundle sits in out/main, so the app root is two
 * levels up; resources/ and native/ hang off the root.
 */
export function appPaths(mainDir: string): { appRoot: string; resourcesDir: string; workerPath: string; preloadPath: string } {
  const appRoot = resolve(mainDir, '..', '..');
  return {
    appRoot,
    resourcesDir: join(appRoot, 'resources'),
    workerPath: join(mainDir, 'worker.js'),
    preloadPath: join(mainDir, '..', 'preload', 'index.js'),
  };
}
