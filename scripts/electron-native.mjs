#!/usr/bin/env node
// Builds the second copy of better-sqlite3 that Electron loads.
//
// One .node file serves one ABI: npm install builds better-sqlite3 for Node (tests, CLI);
// Electron's main process and worker need a build for Electron's ABI. This script makes it
// in native/electron-v<version>-<platform>-<arch>/better_sqlite3.node, which the app loads
// through better-sqlite3's `nativeBinding` option (src/main/store/native-binding.ts), so the
// Node build stays untouched and both runtimes work side by side.
//
//   node scripts/electron-native.mjs postinstall  after npm install; skips (exit 0) without the Electron binary
//   node scripts/electron-native.mjs ensure       before npm start; builds when missing, fails loudly if it cannot
//   node scripts/electron-native.mjs build        rebuild now (npm run native:electron)
//   node scripts/electron-native.mjs path         print where the binding belongs
//
// How it builds: first the official Electron prebuild of this better-sqlite3 version
// (prebuild-install --runtime electron), else a source build with node-gyp against
// Electron's headers (--runtime=electron --target=<version> --dist-url=electron headers).
// npm's `nodedir` setting (npm_config_nodedir) is removed from the child's environment: left
// in place it makes node-gyp compile against Node's headers, which gives a module that
// Electron refuses to load. The result is checked by loading it in Electron
// (ELECTRON_RUN_AS_NODE) before it is put in place.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_HEADERS = 'https://electronjs.org/headers';

/** Same formula as electronBindingDir() in src/main/store/native-binding.ts (a unit test keeps them equal). */
export function bindingPath(appRoot, electronVersion, platform = process.platform, arch = process.arch) {
  return join(appRoot, 'native', `electron-v${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

function electronVersion() {
  return require('electron/package.json').version;
}

/** The Electron executable, or null when its download was skipped. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(key)) delete env[key];
  }
  return env;
}

function nodeGypBin() {
  const candidates = [process.env.npm_config_node_gyp];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    /* not a dependency of ours */
  }
  const npmDir = dirname(dirname(process.env.npm_execpath ?? ''));
  candidates.push(join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((c) => c && existsSync(c)) ?? null;
}

function run(cmd, args, cwd) {
  execFileSync(cmd, args, { cwd, env: cleanEnv(), stdio: 'inherit' });
}

function build(electron) {
  const version = electronVersion();
  const target = bindingPath(root, version);
  const src = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'segmentdesk-sqlite-'));
  const copy = join(work, 'better-sqlite3');
  try {
    cpSync(src, copy, { recursive: true, filter: (p) => !p.includes(`${join(src, 'build')}`) });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    const prebuild = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
    try {
      run(
        process.execPath,
        [prebuild, '--runtime', 'electron', '--target', version, '--arch', process.arch, '--verbose'],
        copy,
      );
    } catch {
      console.log(
        'segmentdesk: no Electron prebuild could be fetched; compiling better-sqlite3 against Electron headers',
      );
    }
    if (!existsSync(built)) {
      const gyp = nodeGypBin();
      if (!gyp) throw new Error('node-gyp was not found (it ships with npm)');
      run(
        process.execPath,
        [
          gyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${version}`,
          `--dist-url=${ELECTRON_HEADERS}`,
          `--arch=${process.arch}`,
        ],
        copy,
      );
    }
    // Prove Electron can load it before it is put where the app looks.
    const check = `const D=require(${JSON.stringify(join(copy, 'lib'))});new D(':memory:',{nativeBinding:${JSON.stringify(built)}}).prepare('select 1').get();`;
    execFileSync(electron, ['-e', check], { env: { ...cleanEnv(), ELECTRON_RUN_AS_NODE: '1' }, stdio: 'inherit' });
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    console.log(`segmentdesk: Electron ${version} build of better-sqlite3 ready at ${target}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main() {
  const mode = process.argv[2] ?? 'ensure';
  const version = electronVersion();
  const target = bindingPath(root, version);
  if (mode === 'path') {
    console.log(target);
    return;
  }
  const electron = electronBinary();
  if (!electron) {
    const why = `the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set, or its download failed)`;
    if (mode === 'postinstall') {
      console.log(
        `segmentdesk: skipping the Electron build of better-sqlite3: ${why}. Tests and the CLI use the Node build.`,
      );
      return;
    }
    throw new Error(
      `cannot start the app: ${why}. Run "npm install" with network access (without ELECTRON_SKIP_BINARY_DOWNLOAD).`,
    );
  }
  if (mode === 'ensure' && existsSync(target)) return;
  try {
    build(electron);
  } catch (err) {
    if (mode === 'postinstall') {
      console.log(
        `segmentdesk: warning: the Electron build of better-sqlite3 failed (${err.message}); "npm start" will try again.`,
      );
      return;
    }
    throw err;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`error: ${err.message}`);
    process.exit(1);
  });
}
