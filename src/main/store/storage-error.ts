import { AppError } from '../../shared/errors';
import type { Db } from './open-database';

/**
 * SQLite's and the file system's own errors for a full disk or a write-protected file, as the
 * codes people can act on (E_DISK_FULL, E_WORKSPACE_READ_ONLY); anything else is returned as it is.
 * A write that fails so is rolled back: the workspace is as it was.
 */
export function storageError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('E_DISK_FULL', 'The disk is full, so nothing was saved. The workspace is intact.', {
      cause: code,
    });
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') {
    return new AppError(
      'E_WORKSPACE_READ_ONLY',
      'The workspace cannot be changed: its file or folder is write-protected. It is intact.',
      { cause: code },
    );
  }
  return err;
}

/** Runs `fn` as one transaction; a full disk or a write-protected file is said as such (see storageError). */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  try {
    return db.transaction(fn)();
  } catch (err) {
    throw storageError(err);
  }
}
