import { join } from 'node:path';

export interface BindingTarget {
  /** `process.versions.electron`; undefined in plain Node. */
  electronVersion: string | undefined;
  platform: string;
  arch: string;
}

/** Folder, relative to the app root, that holds the Electron-ABI build of better-sqlite3. */
export function electronBindingDir(target: { electronVersion: string; platform: string; arch: string }): string {
  return join('native', `electron-v${target.electronVersion}-${target.platform}-${target.arch}`);
}

/**
 * Which better-sqlite3 binary to load. Plain Node (tests, CLI) uses the package's own build
 * (undefined = better-sqlite3's default lookup); Electron uses the second build made for its
 * ABI by scripts/electron-native.mjs, because one .node file cannot serve both runtimes.
 */
export function resolveNativeBinding(target: BindingTarget, appRoot: string): string | undefined {
  if (!target.electronVersion) return undefined;
  const { electronVersion, platform, arch } = target;
  return join(unpackedRoot(appRoot), electronBindingDir({ electronVersion, platform, arch }), 'better_sqlite3.node');
}

/**
 * In an installed app the code sits in `app.asar`, but a native module must be a real file:
 * the installer unpacks native/ next to it (`asarUnpack`), into `app.asar.unpacked`.
 */
export function unpackedRoot(appRoot: string): string {
  return appRoot.replace(/([\\/])app\.asar(?=$|[\\/])/, '$1app.asar.unpacked');
}
