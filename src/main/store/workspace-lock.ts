import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { AppError } from '../../shared/errors';
import { DISK_FULL_ON_OPEN, diskFullError } from './storage-error';

/**
 * Who has a workspace open for writing: `<file>-lock` beside it (like SQLite's `-wal`), holding
 * the process id and host. SQLite's own locks last only a transaction, so without this two
 * programs (the app and the CLI) could both write one workspace between each other's
 * transactions. A lock whose process is gone (a crash, a kill) is stale and taken over.
 */
export interface LockOwner {
  pid: number;
  host: string;
  /** 'app' or 'cli': named in the message. */
  program: string;
  since: string;
  /** When the machine last started (UTC ms): a lock from before a restart is stale even if its process id is in use again. */
  boot?: number;
}

/** The machine's start time; uptime is read in whole seconds, so two readings agree within a few. */
const bootTime = () => Date.now() - uptime() * 1000;
const SAME_BOOT_MS = 60_000;

export const lockPath = (file: string) => `${file}-lock`;

/** What the lock needs of the process and the machine; tests play two processes and interleave them. */
export interface LockSystem {
  pid: number;
  host: string;
  alive(pid: number): boolean;
  bootTime(): number;
  writeFile(path: string, data: string, flag: 'w' | 'wx'): void;
  /** Called between the steps of taking over a stale lock (tests run another process there). */
  step?(name: 'stale-read' | 'claimed'): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function readOwner(file: string, path = lockPath(file)): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? {
          pid: owner.pid,
          host: owner.host,
          program: String(owner.program ?? ''),
          since: String(owner.since ?? ''),
          boot: typeof owner.boot === 'number' ? owner.boot : undefined,
        }
      : null;
  } catch {
    return null; // no lock, or one cut short by a crash while it was written: not a live owner
  }
}

export const processLockSystem: LockSystem = {
  pid: process.pid,
  host: hostname(),
  alive,
  bootTime,
  writeFile: (path, data, flag) => writeFileSync(path, data, { flag }),
};

const isOwn = (owner: LockOwner, sys: LockSystem) => owner.pid === sys.pid && owner.host === sys.host;

/** A lock on this host whose process is gone, or that was written before the machine last started. */
const isStale = (owner: LockOwner, sys: LockSystem) =>
  owner.host === sys.host &&
  (!sys.alive(owner.pid) || (owner.boot !== undefined && Math.abs(owner.boot - sys.bootTime()) > SAME_BOOT_MS));

/** The other live process that has this workspace open, if any (this process's own lock does not count). */
export function lockOwner(file: string, sys: LockSystem = processLockSystem): LockOwner | null {
  const owner = readOwner(file);
  // On another host (a shared folder) liveness cannot be checked: the lock holds.
  return !owner || isOwn(owner, sys) || isStale(owner, sys) ? null : owner;
}

/** Refuses with E_WORKSPACE_LOCKED when another live process has the file open. */
export function assertNotLocked(file: string, sys: LockSystem = processLockSystem): void {
  const owner = lockOwner(file, sys);
  if (owner) throw lockedError(file, owner);
}

function lockedError(file: string, owner: LockOwner): AppError {
  return new AppError(
    'E_WORKSPACE_LOCKED',
    `This workspace is open in another program (${owner.program || 'SegmentDesk'}, process ${owner.pid} on ${owner.host}). Close it there first.`,
    { ...owner, lockFile: lockPath(file) },
  );
}

function lockWriteError(err: unknown, file: string): AppError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const details = { lockFile: lockPath(file), code };
  const full = diskFullError(err, DISK_FULL_ON_OPEN, details);
  if (full) return full;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    // The caller opens the workspace read-only instead; `details` is the system's code.
    return new AppError('E_WORKSPACE_READ_ONLY', `The workspace's folder is write-protected (${code}).`, code);
  }
  return new AppError('E_WRITE_FAILED', `The workspace's lock file could not be written beside it (${code}).`, details);
}

/**
 * Replaces the stale lock `seen` by ours (`temp`, complete) under a claim file that only one
 * process can create: of two that both read the same stale lock, only the claim's holder checks
 * that the lock is still that one and renames its own over it. False: start again.
 */
function takeOver(file: string, seen: string, temp: string, sys: LockSystem): boolean {
  const claim = `${lockPath(file)}.takeover`;
  try {
    sys.writeFile(claim, JSON.stringify({ pid: sys.pid, host: sys.host }), 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw lockWriteError(err, file);
    const claimant = readOwner(file, claim);
    // Another live process is taking over right now: it will hold the lock.
    if (claimant && !isStale(claimant, sys) && !isOwn(claimant, sys)) throw lockedError(file, claimant);
    rmSync(claim, { force: true }); // left by a process that died while taking over
    return false;
  }
  try {
    sys.step?.('claimed');
    if (readText(lockPath(file)) !== seen) return false;
    renameSync(temp, lockPath(file));
    return true;
  } finally {
    rmSync(claim, { force: true });
  }
}

/**
 * Takes the lock, or throws E_WORKSPACE_LOCKED when a live process holds it. The lock is written
 * whole to a temporary file first and linked into place (create-if-absent, so of two programs
 * opening at once one wins, and a full disk leaves no empty lock); a stale one is taken over under
 * a claim (`takeOver`), and the lock is read back to check it is ours.
 */
export function acquireLock(file: string, program: string, sys: LockSystem = processLockSystem): void {
  const owner: LockOwner = {
    pid: sys.pid,
    host: sys.host,
    program,
    since: new Date().toISOString(),
    boot: sys.bootTime(),
  };
  const temp = `${lockPath(file)}.${sys.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    sys.writeFile(temp, JSON.stringify(owner), 'wx');
  } catch (err) {
    rmSync(temp, { force: true });
    throw lockWriteError(err, file);
  }
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(temp, lockPath(file));
        break;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw lockWriteError(err, file);
      }
      const seen = readText(lockPath(file));
      if (seen === null) continue; // released meanwhile: link again
      assertNotLocked(file, sys);
      sys.step?.('stale-read');
      if (takeOver(file, seen, temp, sys)) break;
    }
  } finally {
    rmSync(temp, { force: true });
  }
  const now = readOwner(file);
  if (!now || !isOwn(now, sys)) {
    if (now) throw lockedError(file, now);
    throw new AppError('E_WRITE_FAILED', 'The workspace’s lock could not be taken.', { lockFile: lockPath(file) });
  }
}

/** Releases the lock if it is this process's. */
export function releaseLock(file: string, sys: LockSystem = processLockSystem): void {
  const owner = readOwner(file);
  if (owner && isOwn(owner, sys)) rmSync(lockPath(file), { force: true });
}
