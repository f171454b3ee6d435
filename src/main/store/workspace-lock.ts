import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { AppError } from '../../shared/errors';

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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(lockPath(file), 'utf8')) as Partial<LockOwner>;
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

const isOwn = (owner: LockOwner) => owner.pid === process.pid && owner.host === hostname();

/** A lock on this host whose process is gone, or that was written before the machine last started. */
const isStale = (owner: LockOwner) =>
  owner.host === hostname() &&
  (!alive(owner.pid) || (owner.boot !== undefined && Math.abs(owner.boot - bootTime()) > SAME_BOOT_MS));

/** The other live process that has this workspace open, if any (this process's own lock does not count). */
export function lockOwner(file: string): LockOwner | null {
  const owner = readOwner(file);
  // On another host (a shared folder) liveness cannot be checked: the lock holds.
  return !owner || isOwn(owner) || isStale(owner) ? null : owner;
}

/** Refuses with E_WORKSPACE_LOCKED when another live process has the file open. */
export function assertNotLocked(file: string): void {
  const owner = lockOwner(file);
  if (!owner) return;
  throw new AppError(
    'E_WORKSPACE_LOCKED',
    `This workspace is open in another program (${owner.program || 'SegmentDesk'}, process ${owner.pid} on ${owner.host}). Close it there first.`,
    { ...owner, lockFile: lockPath(file) },
  );
}

/** Takes the lock (replacing a stale one); throws E_WORKSPACE_LOCKED when a live process holds it. */
export function acquireLock(file: string, program: string): void {
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    program,
    since: new Date().toISOString(),
    boot: bootTime(),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      // 'wx' creates only if absent: of two programs opening at once, one wins.
      writeFileSync(lockPath(file), JSON.stringify(owner), { flag: 'wx' });
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && attempt > 0) assertNotLocked(file);
      if (code !== 'EEXIST' || attempt > 0) {
        throw new AppError('E_WRITE_FAILED', `The workspace's lock file could not be written beside it (${code}).`, {
          lockFile: lockPath(file),
        });
      }
    }
    assertNotLocked(file);
    rmSync(lockPath(file), { force: true }); // stale, or this process's own
  }
}

/** Releases the lock if it is this process's. */
export function releaseLock(file: string): void {
  const owner = readOwner(file);
  if (owner && isOwn(owner)) rmSync(lockPath(file), { force: true });
}
