import { AppError } from '../../shared/errors';
import type { ReadOnlyReason } from '../../shared/schemas';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { openDatabase, type Db } from './open-database';
import { validateWorkspaceFile } from './validate-workspace';
import { assertNotLocked } from './workspace-lock';

/**
 * Opens a workspace with a read-only connection and takes no lock, so nothing is written: no WAL
 * switch, no migration, no header change. For a write-protected file (`blocked` says why), and for
 * commands that only read. A file that needs a migration or a WAL recovery cannot be read so: null
 * when the caller only asked (it is then opened for writing), else E_WORKSPACE_READ_ONLY.
 */
export function openForReading(
  file: string,
  nativeBinding: string | undefined,
  blocked: ReadOnlyReason | null,
): Db | null {
  assertNotLocked(file);
  const { schemaVersion, walMode } = validateWorkspaceFile(file, nativeBinding);
  if (schemaVersion < CURRENT_SCHEMA_VERSION || walMode) {
    if (!blocked) return null;
    throw new AppError(
      'E_WORKSPACE_READ_ONLY',
      schemaVersion < CURRENT_SCHEMA_VERSION
        ? 'This workspace must be updated to this version of SegmentDesk, which its write protection does not allow. Copy it somewhere you may write and open the copy.'
        : 'This workspace was not closed properly and must be recovered, which its write protection does not allow. Copy it with its -wal file somewhere you may write and open the copy.',
      blocked,
    );
  }
  return openDatabase(file, { readonly: true, nativeBinding });
}
