import { renameSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { writeError } from '../store/storage-error';

/**
 * Writes a file through a temporary one renamed into place: a failed or cancelled export leaves
 * no half-written file, and a file already there is replaced only when the new one is complete.
 * A full disk is E_DISK_FULL, any other failure of the file system E_WRITE_FAILED.
 */
export async function writeAtomically(
  filePath: string,
  write: (tempPath: string) => Promise<void> | void,
): Promise<void> {
  const temp = `${filePath}.${process.pid}.part`;
  try {
    await write(temp);
    renameSync(temp, filePath);
  } catch (err) {
    rmSync(temp, { force: true });
    if (err instanceof AppError) throw err;
    if (!(err as NodeJS.ErrnoException).code) throw err;
    const full = `The disk is full, so ${filePath} could not be written. No partial file was left; the workspace and any file already there are intact. Free some space and try again.`;
    throw writeError(err, { full, failed: `Could not write ${filePath}` }, { path: filePath });
  }
}
