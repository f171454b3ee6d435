import { realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { AppError } from '../../shared/errors';

/** The files a workspace consists of while open: itself and SQLite's and SegmentDesk's side files. */
export const workspaceFiles = (workspace: string) =>
  ['', '-wal', '-shm', '-journal', '-lock'].map((suffix) => workspace + suffix);

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The path with its folder's symbolic links resolved (the file itself may not exist yet). */
function canonical(path: string): string {
  try {
    return resolve(realpathSync(dirname(path)), basename(path));
  } catch {
    return resolve(path);
  }
}

const sameFile = (a: Stats | null, b: Stats | null) => a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;

/**
 * Refuses an export target that would destroy data or cannot hold a file: the open workspace or
 * one of its side files (by name, through a symbolic link or a hard link), a device, a folder or
 * anything else that is not an ordinary file (E_BAD_TARGET); an existing file unless `replace`
 * (E_FILE_EXISTS; the app's save dialog has asked already, the CLI needs --force).
 */
export function assertExportTarget(filePath: string, workspace: string | null, options: { replace: boolean }): void {
  const target = canonical(filePath);
  const stat = statOrNull(filePath);
  const refuse = (why: string) => {
    throw new AppError('E_BAD_TARGET', `Cannot export to ${filePath}: ${why}. Choose another file.`, {
      path: filePath,
    });
  };
  if (workspace) {
    for (const file of workspaceFiles(workspace)) {
      if (canonical(file) === target || sameFile(stat, statOrNull(file))) {
        refuse(file === workspace ? 'it is the open workspace' : 'it is one of the open workspace’s own files');
      }
    }
  }
  if (stat && !stat.isFile()) refuse(stat.isDirectory() ? 'it is a folder' : 'it is not an ordinary file');
  if (stat && !options.replace) {
    throw new AppError('E_FILE_EXISTS', `${filePath} already exists; pass --force to replace it.`, { path: filePath });
  }
}
