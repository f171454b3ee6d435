import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, matchesGlob, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../src/main/app-paths';
import { electronBindingDir, resolveNativeBinding } from '../../../src/main/store/native-binding';
import { repoRoot } from '../../helpers/paths';

/**
 * What can be checked of the installers on a machine without Electron's binary: the builder
 * configuration is valid by electron-builder's own schema, names the targets and the file type,
 * and every file it names exists; what the app needs at run time is packed, and what must be a
 * real file is unpacked from asar.
 */
const config = JSON.parse(readFileSync(join(repoRoot, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const buildResources = join(repoRoot, config.directories.buildResources);
const electronVersion = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8'))
  .version as string;

/** Whether a path inside the app is matched by a list of electron-builder patterns (later `!` patterns exclude). */
function matched(path: string, patterns: string[]): boolean {
  let hit = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (matchesGlob(path, p.slice(1))) hit = false;
    } else if (matchesGlob(path, p)) hit = true;
  }
  return hit;
}

describe('installers (electron-builder.json)', () => {
  it('is valid by electron-builder’s own configuration schema (and a misspelt key is not)', async () => {
    const require = createRequire(import.meta.url);
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: false } }, new DebugLogger(false)),
    ).rejects.toThrow(/configuration/);
  });

  it('builds a per-user NSIS installer in English and Chinese, a dmg, an AppImage and a deb', () => {
    expect([config.appId, config.productName]).toEqual(['com.segmentdesk.app', 'SegmentDesk']);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowElevation: false,
      multiLanguageInstaller: true,
      installerLanguages: ['en_US', 'zh_CN'],
      deleteAppDataOnUninstall: false,
    });
    expect(config.mac.target).toEqual(['dmg']); // the machine's own arch: the native build is made for it
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    // Nothing to fetch at first start or later: no update feed, no auto-updater.
    expect(config.publish).toBeNull();
    expect(Object.keys(pkg.dependencies).filter((d) => /updater/i.test(d))).toEqual([]);
    expect(pkg.scripts.dist).toMatch(/electron-builder/);
  });

  it('registers .segdesk with its own icon on Windows and macOS, and a MIME type on Linux', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'segdesk',
        name: 'SegmentDesk Workspace',
        description: 'SegmentDesk workspace',
        mimeType: 'application/x-segmentdesk-workspace',
        role: 'Editor',
        icon: 'segdesk',
      },
    ]);
    // electron-builder looks for <icon>.icns (macOS) and <icon>.ico (Windows) in buildResources.
    for (const ext of ['icns', 'ico'])
      expect(existsSync(join(buildResources, `segdesk.${ext}`)), `segdesk.${ext}`).toBe(true);
  });

  it('names only files that exist: icons made from one source image, the installer icons, the licence', () => {
    const named = [
      config.icon,
      config.win.icon,
      config.mac.icon,
      config.linux.icon,
      join(config.directories.buildResources, config.nsis.installerIcon),
      join(config.directories.buildResources, config.nsis.uninstallerIcon),
      'LICENSE',
      'resources/icon.svg',
      'resources/file-icon.svg',
    ];
    for (const file of named) expect(existsSync(join(repoRoot, file)), file).toBe(true);
    // .icns starts with its magic; .ico with reserved 0 and type 1; the PNG is 1024 px square.
    expect(readFileSync(join(buildResources, 'icon.icns')).subarray(0, 4).toString('latin1')).toBe('icns');
    expect([...readFileSync(join(buildResources, 'icon.ico')).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const png = readFileSync(join(repoRoot, config.icon));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('packs the built app, the demo data, the font and the Electron build of better-sqlite3 — the native parts unpacked from asar', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false); // the Electron-ABI build comes from scripts/electron-native.mjs, not a rebuild
    const binding = join(
      electronBindingDir({ electronVersion, platform: 'win32', arch: 'x64' }),
      'better_sqlite3.node',
    );
    const inApp = [
      pkg.main,
      'out/main/worker.js',
      'out/main/part-thread.js',
      'out/main/kernel-thread.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'resources/demo/orders.csv',
      binding,
      'package.json',
      'LICENSE',
    ];
    for (const path of inApp) expect(matched(path.replaceAll('\\', '/'), config.files), path).toBe(true);
    for (const path of [
      'test/fixtures/bad/empty.csv',
      'src/main/index.ts',
      'out/main/index.js.map',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
    ])
      expect(matched(path, config.files), path).toBe(false);
    // Runtime dependencies (the font among them) come from package.json's dependencies.
    expect(pkg.dependencies['@fontsource/noto-sans-sc']).toBeDefined();
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    const unpacked = [
      binding,
      'resources/demo/orders.csv',
      'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-100-400-normal.woff2',
    ];
    for (const path of unpacked) expect(matched(path.replaceAll('\\', '/'), config.asarUnpack), path).toBe(true);
    expect(matched('out/main/index.js', config.asarUnpack)).toBe(false);
  });

  it('finds, installed, the unpacked binding and demo data where the installer puts them', () => {
    const mainDir = join('/opt', 'SegmentDesk', 'resources', 'app.asar', 'out', 'main');
    const paths = appPaths(mainDir);
    expect(paths.resourcesDir).toBe(join('/opt', 'SegmentDesk', 'resources', 'app.asar.unpacked', 'resources'));
    const binding = resolveNativeBinding({ electronVersion, platform: 'linux', arch: 'x64' }, paths.appRoot)!;
    expect(relative(join('/opt', 'SegmentDesk', 'resources', 'app.asar.unpacked'), binding)).toBe(
      join(electronBindingDir({ electronVersion, platform: 'linux', arch: 'x64' }), 'better_sqlite3.node'),
    );
    // From the source tree (npm start) nothing changes.
    expect(appPaths(join(repoRoot, 'out', 'main')).resourcesDir).toBe(join(repoRoot, 'resources'));
    // The file pattern names a font file that exists.
    expect(
      existsSync(join(repoRoot, 'node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-100-400-normal.woff2')),
    ).toBe(true);
  });
});
