import { AppError } from '../../shared/errors';
import type { Db } from './open-database';

/** SQLite's and the file system's codes for a full disk or a full quota. */
const DISK_FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);

const codeOf = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;

/**
 * E_DISK_FULL when `err` is a full disk as SQLite (SQLITE_FULL, "database or disk is full", also
 * from a backup or VACUUM INTO) or the file system (ENOSPC, EDQUOT) says it, else null: the one
 * place a full disk is recognised. `message` says what was not written and what is intact; the
 * details carry the system's code.
 */
export function diskFullError(err: unknown, message: string, details: Record<string, unknown> = {}): AppError | null {
  const code = codeOf(err);
  if (err instanceof AppError || typeof code !== 'string' || !DISK_FULL.has(code)) return null;
  return new AppError('E_DISK_FULL', message, { ...details, code });
}

/**
 * A file beside the workspace that could not be written (a copy, an export, a backup), its
 * temporary file already removed: E_DISK_FULL saying `words.full` on a full disk, else
 * E_WRITE_FAILED saying `words.failed` with the system's words. The details name the file and
 * carry the system's code.
 */
export function writeError(
  err: unknown,
  words: { full: string; failed: string },
  details: Record<string, unknown>,
): AppError {
  return (
    diskFullError(err, words.full, details) ??
    new AppError('E_WRITE_FAILED', `${words.failed}: ${(err as Error).message}`, { ...details, code: codeOf(err) })
  );
}

/** A full disk while a workspace is opened for writing (its lock, its migration). */
export const DISK_FULL_ON_OPEN = 'The disk is full: the workspace could not be opened for writing. It is intact.';

/**
 * SQLite's and the file system's own errors for a full disk or a write-protected file, as the
 * codes people can act on (E_DISK_FULL, E_WORKSPACE_READ_ONLY); anything else is returned as it is.
 * A write that fails so is rolled back: the workspace is as it was.
 */
export function storageError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const code = codeOf(err);
  if (typeof code !== 'string') return err;
  const full = diskFullError(err, 'The disk is full, so nothing was saved. The workspace is intact.');
  if (full) return full;
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
