import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveNativeBinding } from '../../../../src/main/store/native-binding';
// @ts-expect-error plain ESM script without type declarations
import { bindingPath } from '../../../../scripts/electron-native.mjs';

describe('resolveNativeBinding', () => {
  it('uses better-sqlite3’s own build in plain Node', () => {
    expect(
      resolveNativeBinding({ electronVersion: undefined, platform: 'linux', arch: 'x64' }, '/app'),
    ).toBeUndefined();
    expect(
      resolveNativeBinding(
        { electronVersion: process.versions.electron, platform: process.platform, arch: process.arch },
        '/app',
      ),
    ).toBeUndefined();
  });

  it('uses the Electron-ABI build under Electron, per version, platform and arch', () => {
    expect(
      resolveNativeBinding({ electronVersion: '41.7.1', platform: 'win32', arch: 'x64' }, join('/opt', 'SegmentDesk')),
    ).toBe(join('/opt', 'SegmentDesk', 'native', 'electron-v41.7.1-win32-x64', 'better_sqlite3.node'));
    expect(resolveNativeBinding({ electronVersion: '41.7.1', platform: 'darwin', arch: 'arm64' }, '/a')).toBe(
      join('/a', 'native', 'electron-v41.7.1-darwin-arm64', 'better_sqlite3.node'),
    );
  });

  it('agrees with the path scripts/electron-native.mjs builds to', () => {
    for (const [platform, arch] of [
      ['linux', 'x64'],
      ['win32', 'arm64'],
      ['darwin', 'x64'],
    ]) {
      expect(bindingPath('/r', '41.7.1', platform, arch)).toBe(
        resolveNativeBinding({ electronVersion: '41.7.1', platform, arch }, '/r'),
      );
    }
  });
});
