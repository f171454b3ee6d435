import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acquireLock,
  lockOwner,
  lockPath,
  processLockSystem,
  type LockSystem,
} from '../../../../src/main/store/workspace-lock';
import { tempDir } from '../../../helpers/paths';

const HOST = 'host-a';
/** Processes 101 and 102 are alive; 999 (the stale lock's) is gone. */
function processOf(pid: number, step?: LockSystem['step']): LockSystem {
  return {
    ...processLockSystem,
    pid,
    host: HOST,
    alive: (p) => p === 101 || p === 102,
    bootTime: () => 1_700_000_000_000,
    step,
  };
}

/** A workspace path whose lock was left by process 999, which is gone. */
function staleLock(): string {
  const file = join(tempDir('segdesk-lock-'), 'w.segdesk');
  writeFileSync(lockPath(file), JSON.stringify({ pid: 999, host: HOST, program: 'SegmentDesk', since: '' }));
  return file;
}

const holder = (file: string) => (JSON.parse(readFileSync(lockPath(file), 'utf8')) as { pid: number }).pid;
const codeOf = (fn: () => void) => {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return (err as { code: string }).code;
  }
};

describe('taking over a stale lock: two live processes never both hold it', () => {
  for (const step of ['stale-read', 'claimed'] as const) {
    it(`B takes the lock while A is between its steps (${step}): exactly one of them holds it`, () => {
      const file = staleLock();
      const outcome: Record<number, string> = {};
      const b = processOf(102);
      const a = processOf(101, (at) => {
        if (at === step && outcome[102] === undefined) outcome[102] = codeOf(() => acquireLock(file, 'B', b));
      });
      outcome[101] = codeOf(() => acquireLock(file, 'A', a));
      const winner = holder(file);
      expect([101, 102]).toContain(winner);
      expect(outcome[winner]).toBe('ok');
      expect(outcome[winner === 101 ? 102 : 101]).toBe('E_WORKSPACE_LOCKED');
      // Each sees the other as the owner, or itself.
      expect(lockOwner(file, a)?.pid ?? 101).toBe(winner);
      expect(lockOwner(file, b)?.pid ?? 102).toBe(winner);
      expect(readdirSync(join(file, '..')).sort()).toEqual(['w.segdesk-lock']);
    });
  }

  it('a full disk while the lock is written leaves no lock behind (not a 0-byte one) and says E_DISK_FULL', () => {
    const file = join(tempDir('segdesk-lock-'), 'w.segdesk');
    const full: LockSystem = {
      ...processOf(101),
      writeFile(path) {
        writeFileSync(path, ''); // the file is made, then the disk is full
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(codeOf(() => acquireLock(file, 'A', full))).toBe('E_DISK_FULL');
    expect(existsSync(lockPath(file))).toBe(false);
    expect(readdirSync(join(file, '..'))).toEqual([]);
  });
});
