import { existsSync, mkdirSync, readFileSync, realpathSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute, join, matchesGlob, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from '../../../src/main/app-paths';
import { type BindingTarget, electronBindingDir, resolveNativeBinding } from '../../../src/main/store/native-binding';
import { reportFontFiles } from '../../../src/main/worker/report-fonts';
// @ts-expect-error plain ESM script without type declarations
import { bindingPath } from '../../../scripts/electron-native.mjs';
import { builtMain, repoRoot, tempDir } from '../../helpers/paths';

/**
 * What can be checked of the installers on a machine without Electron's binary: the builder
 * configuration is valid by electron-builder's own schema, names the targets and the file type,
 * and every file it names exists; every path the built app computes exists in the build and is
 * packed where the installed app looks for it: in app.asar, or unpacked from it.
 */
const config = JSON.parse(readFileSync(join(repoRoot, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const buildResources = join(repoRoot, config.directories.buildResources);
const electronVersion = JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8'))
  .version as string;
const INSTALLER_TARGETS = [
  { electronVersion, platform: 'win32', arch: 'x64' },
  { electronVersion, platform: 'darwin', arch: 'arm64' },
  { electronVersion, platform: 'linux', arch: 'x64' },
];
/** The computed paths that are folders. */
const FOLDERS = new Set(['resourcesDir']);

/** Whether a path inside the app is matched by a list of electron-builder patterns (later `!` patterns exclude). */
function matched(path: string, patterns: string[], initially = false): boolean {
  let hit = initially;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (matchesGlob(path, p.slice(1))) hit = false;
    } else if (matchesGlob(path, p)) hit = true;
  }
  return hit;
}

/** Whether electron-builder packs a path: named by `files`, or in a production dependency that `files` does not leave out. */
function packed(rel: string): boolean {
  const dependency = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(rel)?.[1];
  return matched(rel, config.files, dependency !== undefined && Object.hasOwn(pkg.dependencies, dependency));
}

/** Where a path of the installed app lies: inside app.asar or app.asar.unpacked, as a path relative to the app. */
function inInstalledApp(path: string): { unpacked: boolean; rel: string } {
  for (const unpacked of [true, false]) {
    const rel = relative(join(installed, unpacked ? 'app.asar.unpacked' : 'app.asar'), path);
    if (!rel.startsWith('..') && !isAbsolute(rel)) return { unpacked, rel: rel.replaceAll('\\', '/') };
  }
  throw new Error(`${path} is outside the installed app`);
}

/** How the built worker (out/main/worker.js) finds a package's file. */
const resolveFromBuild = (specifier: string) => createRequire(join(builtMain, 'worker.js')).resolve(specifier);
/** The folder packages resolve to (in a git worktree, node_modules may be a link to another clone's). */
const nodeModules = realpathSync(join(repoRoot, 'node_modules'));

/**
 * An installed app's resources folder (process.resourcesPath), which holds app.asar and
 * app.asar.unpacked: paths only, but for the packages' files, which report-fonts.ts reads to learn
 * its subsets; app.asar.unpacked/node_modules is a link to node_modules.
 */
const installed = join(tempDir('segdesk-installed-'), 'resources');
mkdirSync(join(installed, 'app.asar.unpacked'), { recursive: true });
symlinkSync(nodeModules, join(installed, 'app.asar.unpacked', 'node_modules'), 'junction');
/** How the worker in app.asar finds a package's file: in app.asar/node_modules, as in the build. */
const resolveInstalled = (specifier: string) =>
  join(installed, 'app.asar', 'node_modules', relative(nodeModules, resolveFromBuild(specifier)));

/**
 * Every path the app computes, named, for a main bundle in mainDir: appPaths(), the Electron build
 * of better-sqlite3 (as index.ts finds it) and each report font file (reportFontFiles, with the
 * worker's packages resolved by resolvePackage).
 */
function computedPaths(
  mainDir: string,
  target: BindingTarget,
  resolvePackage: (specifier: string) => string,
): [string, string][] {
  const { appRoot, ...paths } = appPaths(mainDir);
  const fonts = reportFontFiles(resolvePackage).map((file): [string, string] => [
    `font ${file.replaceAll('\\', '/').replace(/^.*\/node_modules\//, '')}`,
    file,
  ]);
  return [...Object.entries(paths), ['binding', resolveNativeBinding(target, appRoot)!], ...fonts];
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

  it('packs asar, from the Electron build of better-sqlite3 made beforehand, and leaves out sources, maps and C', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false); // the Electron-ABI build comes from scripts/electron-native.mjs, not a rebuild
    for (const path of ['package.json', 'LICENSE']) expect(packed(path), path).toBe(true);
    for (const path of [
      'test/fixtures/bad/empty.csv',
      'src/main/index.ts',
      'out/main/index.js.map',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c', // in a dependency, so left out by a `!` pattern
    ])
      expect(packed(path), path).toBe(false);
  });
});

describe('the paths the built main process computes (appPaths, resolveNativeBinding, reportFontFiles)', () => {
  it('all exist in the build (out/ after electron-vite build); the Electron binding is where scripts/electron-native.mjs makes it', () => {
    const target = { electronVersion, platform: process.platform, arch: process.arch };
    const paths = computedPaths(builtMain, target, resolveFromBuild);
    for (const [name, path] of paths) {
      if (name === 'binding') continue;
      expect(existsSync(path) && statSync(path).isDirectory() === FOLDERS.has(name), `${name}: ${path}`).toBe(true);
    }
    // Built by `npm start` and `npm run dist` (electron-native.mjs ensure), which needs Electron's binary.
    expect(paths.find(([name]) => name === 'binding')?.[1]).toBe(
      bindingPath(repoRoot, electronVersion, process.platform, process.arch),
    );
    // The fonts: Noto Sans's Latin subsets (regular and bold) and every subset of Noto Sans SC.
    const fonts = paths.filter(([name]) => name.startsWith('font ')).map(([name]) => name.slice(5));
    expect(fonts.filter((f) => f.startsWith('@fontsource/noto-sans/'))).toEqual(
      ['400', '700'].flatMap((w) => [
        `@fontsource/noto-sans/${w}.css`,
        `@fontsource/noto-sans/files/noto-sans-latin-ext-${w}-normal.woff2`,
        `@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff2`,
      ]),
    );
    expect(fonts.filter((f) => f.startsWith('@fontsource/noto-sans-sc/files/')).length).toBe(101);
  });

  for (const target of INSTALLER_TARGETS)
    it(`are packed where the installer puts them (${target.platform}-${target.arch}): in app.asar by files, in app.asar.unpacked by asarUnpack too`, () => {
      for (const [name, path] of computedPaths(join(installed, 'app.asar', 'out', 'main'), target, resolveInstalled)) {
        const { unpacked, rel } = inInstalledApp(path);
        if (FOLDERS.has(name)) continue; // its files are among the paths
        expect(packed(rel), `${name}: ${rel} is packed (files, or a production dependency)`).toBe(true);
        expect(matched(rel, config.asarUnpack), `${name}: ${rel} is${unpacked ? '' : ' not'} unpacked`).toBe(unpacked);
      }
    });

  it('finds, installed, the binding, the demo data and the fonts unpacked beside app.asar', () => {
    const paths = appPaths(join(installed, 'app.asar', 'out', 'main'));
    const unpacked = join(installed, 'app.asar.unpacked');
    expect(paths.resourcesDir).toBe(join(unpacked, 'resources'));
    expect(paths.demoDataPath).toBe(join(unpacked, 'resources', 'demo', 'orders.csv'));
    expect(paths.rendererIndex).toBe(join(installed, 'app.asar', 'out', 'renderer', 'index.html'));
    const target = { electronVersion, platform: 'linux', arch: 'x64' };
    expect(relative(unpacked, resolveNativeBinding(target, paths.appRoot)!)).toBe(
      join(electronBindingDir(target), 'better_sqlite3.node'),
    );
    const fonts = computedPaths(join(installed, 'app.asar', 'out', 'main'), target, resolveInstalled).filter(([n]) =>
      n.startsWith('font '),
    );
    expect(fonts[0]).toEqual([
      'font @fontsource/noto-sans/400.css',
      join(unpacked, 'node_modules/@fontsource/noto-sans/400.css'),
    ]);
    // From the source tree (npm start) nothing changes.
    expect(appPaths(builtMain).resourcesDir).toBe(join(repoRoot, 'resources'));
  });
});
