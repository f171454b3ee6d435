import { AppError } from '../../shared/errors';
import { CURRENT_SCHEMA_VERSION, schemaVersion } from './migrations';
import { openDatabase, type Db } from './open-database';
import type { StoreOptions } from './workspace-store';

/** For connections other than the service's own (the worker): checks the version it was migrated to. */
export function openWorkspaceConnection(file: string, options: StoreOptions = {}): Db {
  const db = openDatabase(file, { nativeBinding: options.nativeBinding });
  if (schemaVersion(db) !== CURRENT_SCHEMA_VERSION) {
    db.close();
    throw new AppError('E_WORKSPACE_CORRUPT', 'The workspace schema changed while a job was starting.');
  }
  return db;
}
