import { renameSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/errors';

/**
 * Writes a file through a temporary one renamed into place: a failed or cancelled export leaves
 * no half-written file, and a file already there is replaced only when the new one is complete.
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
    const code = (err as NodeJS.ErrnoException).code;
    if (code)
      throw new AppError('E_WRITE_FAILED', `Could not write ${filePath}: ${(err as Error).message}`, {
        path: filePath,
        code,
      });
    throw err;
  }
}
