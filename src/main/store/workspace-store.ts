import { existsSync, renameSync, rmSync } from 'node:fs';
import { readDatasetInfo } from './read-dataset';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { DamagedDataset, DatasetInfo, ReadOnlyReason, RunInfo, WorkspaceInfo } from '../../shared/schemas';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';
import { openDatabase, type Db } from './open-database';
import { datasetFromRow, RUN_SELECT, runFromRow, type DatasetRow, type RunRow } from './rows';
import { validateWorkspaceFile } from './validate-workspace';
import { acquireLock, assertNotLocked, releaseLock } from './workspace-lock';
import { openForReading } from './open-for-reading';
import { DISK_FULL_ON_OPEN, diskFullError, writeError } from './storage-error';
import { writeBlocker, type WriteBlocker } from './write-blocker';

export const WORKSPACE_EXTENSION = '.segdesk';

export interface StoreOptions {
  nativeBinding?: string;
  /** Named in the lock, so another program can say who has the workspace open. */
  program?: string;
  /** Whether the file or its folder is write-protected (tests stand in for a protected disk). */
  writeBlocker?: WriteBlocker;
}

const DEFAULT_PROGRAM = 'SegmentDesk';

export function workspaceName(file: string): string {
  return basename(file, extname(file));
}

/** Removes a file together with SQLite's side files. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * One open workspace file. WAL while open; on close the WAL is checkpointed and the file
 * goes back to rollback-journal mode, so the .segdesk file alone is complete and portable.
 */
export class WorkspaceStore {
  private constructor(
    readonly path: string,
    readonly db: Db,
    /** Open read-only: because it is write-protected (why), or because the caller only reads ('asked'). */
    readonly readOnly: ReadOnlyReason | 'asked' | null = null,
  ) {}

  static create(file: string, options: StoreOptions & { overwrite?: boolean } = {}): WorkspaceStore {
    if (existsSync(file) && !options.overwrite)
      throw new AppError('E_WORKSPACE_EXISTS', `A file already exists at ${file}`);
    acquireLock(file, options.program ?? DEFAULT_PROGRAM);
    if (options.overwrite) removeDatabaseFiles(file);
    let db: Db;
    try {
      db = openDatabase(file, options);
    } catch (err) {
      releaseLock(file);
      throw err;
    }
    try {
      // Big pages: datasets are stored as large BLOBs, which then need 16× fewer overflow pages.
      // First of all: any write to the header (application_id too) creates the file with the default size.
      db.pragma('page_size = 65536');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma('journal_mode = WAL');
      migrate(db);
      const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      db.transaction(() => {
        insert.run('app', 'segmentdesk');
        insert.run('created_at', new Date().toISOString());
      })();
    } catch (err) {
      db.close();
      removeDatabaseFiles(file);
      releaseLock(file);
      throw (
        diskFullError(
          err,
          'The disk is full, so the workspace could not be created. No partial file was left. Free some space and try again.',
        ) ?? err
      );
    }
    return new WorkspaceStore(file, db);
  }

  /**
   * Validates the file read-only first: a file that is refused is never modified. A file
   * another live process has open is refused with E_WORKSPACE_LOCKED. Before a schema
   * migration the file is copied whole beside itself (see `migrationBackupPath`).
   */
  static open(file: string, options: StoreOptions & { readOnly?: boolean } = {}): WorkspaceStore {
    const blocked = (options.writeBlocker ?? writeBlocker)(file);
    const reading = blocked || options.readOnly ? WorkspaceStore.openForReading(file, options, blocked) : null;
    if (reading) return reading;
    try {
      acquireLock(file, options.program ?? DEFAULT_PROGRAM);
    } catch (err) {
      // The folder refuses the lock: the workspace can still be read.
      const code = (err as AppError).code === 'E_WORKSPACE_READ_ONLY' ? String((err as AppError).details) : null;
      const store = code ? WorkspaceStore.openForReading(file, options, { reason: 'folder', code }) : null;
      if (store) return store;
      throw err;
    }
    let db: Db | undefined;
    try {
      const { schemaVersion: fileVersion } = validateWorkspaceFile(file, options.nativeBinding);
      db = openDatabase(file, options);
      if (fileVersion < CURRENT_SCHEMA_VERSION) backUpBeforeMigration(db, file, fileVersion);
      db.pragma('journal_mode = WAL');
      migrate(db);
    } catch (err) {
      db?.close();
      releaseLock(file);
      if (err instanceof AppError) throw err;
      // A migration on a full disk is rolled back: the workspace is as it was, not damaged.
      throw (
        diskFullError(err, DISK_FULL_ON_OPEN) ??
        new AppError('E_WORKSPACE_CORRUPT', 'The workspace could not be opened for writing.', {
          cause: (err as Error).message,
        })
      );
    }
    return new WorkspaceStore(file, db);
  }

  /** A read-only store without a lock (see openForReading); null when the caller only asked and the file needs writing. */
  private static openForReading(file: string, options: StoreOptions, blocked: ReadOnlyReason | null) {
    const db = openForReading(file, options.nativeBinding, blocked);
    return db ? new WorkspaceStore(file, db, blocked ?? 'asked') : null;
  }

  info(): WorkspaceInfo {
    const createdAt = this.db.prepare("SELECT value FROM meta WHERE key = 'created_at'").pluck().get() as string;
    return {
      schemaVersion: schemaVersion(this.db),
      name: workspaceName(this.path),
      path: this.path,
      createdAt,
      ...this.readDatasets(),
      runs: this.listRuns(),
      readOnly: this.readOnly === 'asked' ? null : this.readOnly,
    };
  }

  /** The datasets that can be read; those that cannot are listed as damaged, and the rest works. */
  readDatasets(): { datasets: DatasetInfo[]; damagedDatasets: DamagedDataset[] } {
    const rows = this.db.prepare('SELECT * FROM datasets ORDER BY id').all() as DatasetRow[];
    const datasets: DatasetInfo[] = [];
    const damagedDatasets: DamagedDataset[] = [];
    for (const row of rows) {
      try {
        datasets.push(datasetFromRow(row));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        const { id, name, source_name: sourceName, row_count: rowCount, created_at: createdAt } = row;
        damagedDatasets.push({ id, name, sourceName, rowCount, createdAt, problem: err.message });
      }
    }
    return { datasets, damagedDatasets };
  }

  listDatasets(): DatasetInfo[] {
    return this.readDatasets().datasets;
  }

  dataset(id: number): DatasetInfo {
    return readDatasetInfo(this.db, id);
  }

  renameDataset(id: number, name: string): DatasetInfo {
    const changes = this.db.prepare('UPDATE datasets SET name = ? WHERE id = ?').run(name, id).changes;
    if (changes === 0) throw new AppError('E_NOT_FOUND', `Dataset ${id} does not exist`);
    return this.dataset(id);
  }

  /** The user's currency for a dataset: the reason recorded with it becomes their choice. */
  setDatasetCurrency(id: number, currency: string): DatasetInfo {
    const chosen = JSON.stringify({ reason: 'chosen', column: null, value: null });
    const changes = this.db
      .prepare(
        "UPDATE datasets SET currency = ?, source_json = json_set(source_json, '$.currencyDecision', json(?)) WHERE id = ?",
      )
      .run(currency, chosen, id).changes;
    if (changes === 0) throw new AppError('E_NOT_FOUND', `Dataset ${id} does not exist`);
    return this.dataset(id);
  }

  /** Joins a transactions dataset to a customers dataset (null: no join). */
  linkCustomers(id: number, customersId: number | null): DatasetInfo {
    this.db.prepare('UPDATE datasets SET customers_dataset_id = ? WHERE id = ?').run(customersId, id);
    return this.dataset(id);
  }

  /** Deletes a dataset with its column batches and every run made from it. */
  deleteDataset(id: number): void {
    const changes = this.db.prepare('DELETE FROM datasets WHERE id = ?').run(id).changes;
    if (changes === 0) throw new AppError('E_NOT_FOUND', `Dataset ${id} does not exist`);
  }

  listRuns(): RunInfo[] {
    const rows = this.db.prepare(`${RUN_SELECT} ORDER BY id`).all() as RunRow[];
    return rows.map(runFromRow);
  }

  run(id: number): RunInfo {
    const row = this.db.prepare(`${RUN_SELECT} WHERE id = ?`).get(id) as RunRow | undefined;
    if (!row) throw new AppError('E_NOT_FOUND', `Run ${id} does not exist`);
    return runFromRow(row);
  }

  renameRun(id: number, name: string): RunInfo {
    const changes = this.db.prepare('UPDATE runs SET name = ? WHERE id = ?').run(name, id).changes;
    if (changes === 0) throw new AppError('E_NOT_FOUND', `Run ${id} does not exist`);
    return this.run(id);
  }

  deleteRun(id: number): void {
    const changes = this.db.prepare('DELETE FROM runs WHERE id = ?').run(id).changes;
    if (changes === 0) throw new AppError('E_NOT_FOUND', `Run ${id} does not exist`);
  }

  /**
   * Copies the workspace into `target` through SQLite's online backup API: one consistent
   * snapshot even while a job writes (the copy restarts if another connection changes a page
   * under it). Written to a temporary file, made a standalone rollback-journal file, then
   * renamed over the target, so a failed copy leaves no half-written file.
   */
  async copyTo(target: string, options: StoreOptions = {}): Promise<void> {
    if (resolve(target) === resolve(this.path)) {
      throw new AppError('E_INVALID_INPUT', 'Choose another file: this is the open workspace itself.');
    }
    assertNotLocked(target);
    const temp = `${target}.${process.pid}.tmp`;
    try {
      await this.db.backup(temp);
      const copy = openDatabase(temp, { nativeBinding: options.nativeBinding });
      copy.pragma('journal_mode = DELETE');
      copy.close();
      removeDatabaseFiles(target);
      renameSync(temp, target);
    } catch (err) {
      removeDatabaseFiles(temp);
      const full = `The disk is full, so the workspace could not be copied to ${target}. No partial file was left; the original is intact. Free some space and try again.`;
      throw writeError(err, { full, failed: `The workspace could not be copied to ${target}` }, { path: target });
    }
  }

  close(): void {
    if (!this.db.open) return;
    if (this.readOnly) {
      this.db.close(); // nothing was written, and no lock is held
      return;
    }
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      this.db.pragma('journal_mode = DELETE');
      this.db.close();
    } finally {
      releaseLock(this.path);
    }
  }
}

/** Where the copy made before a schema migration goes: beside the workspace, named by the version it keeps. */
export function migrationBackupPath(file: string, fromVersion: number): string {
  return join(dirname(file), `${workspaceName(file)} (schema ${fromVersion} backup)${WORKSPACE_EXTENSION}`);
}

/**
 * A complete, consistent copy of the workspace as it was (VACUUM INTO reads one snapshot and
 * writes a fresh single file), made before migrating it; an existing backup of the same version is kept.
 */
function backUpBeforeMigration(db: Db, file: string, fromVersion: number): void {
  const target = migrationBackupPath(file, fromVersion);
  if (existsSync(target)) return;
  const temp = `${target}.${process.pid}.tmp`;
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    renameSync(temp, target);
  } catch (err) {
    rmSync(temp, { force: true });
    const words = {
      full: 'The disk is full, so the backup made before updating the workspace could not be written. No partial file was left; the workspace was not changed. Free some space and open it again.',
      failed: 'A backup could not be written before updating the workspace',
    };
    throw writeError(err, words, { backup: target });
  }
}
