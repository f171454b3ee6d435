import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { openDatabase, type Db } from './open-database';
import { AppError } from '../../shared/errors';
import { APPLICATION_ID, CURRENT_SCHEMA_VERSION } from './migrations';
import { hasSqliteMagic, isValidPageSize, parseSqliteHeader, SQLITE_HEADER_SIZE } from './sqlite-header';

export interface ValidatedWorkspace {
  schemaVersion: number;
  walMode: boolean;
}

function readHead(file: string): { head: Buffer; size: number } {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new AppError('E_NOT_A_WORKSPACE', `${file} is not a file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('E_FILE_NOT_FOUND', `File not found: ${file}`);
  }
  const head = Buffer.alloc(Math.min(size, SQLITE_HEADER_SIZE));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return { head, size };
}

/**
 * Checks a file before it is opened for writing, without ever writing to it: the header is
 * read with plain fs (a foreign or damaged file never reaches SQLite), then SQLite reads it read-only.
 * Throws E_NOT_A_WORKSPACE, E_WORKSPACE_CORRUPT or E_WORKSPACE_TOO_NEW.
 */
export function validateWorkspaceFile(file: string, nativeBinding?: string): ValidatedWorkspace {
  const { head, size } = readHead(file);
  if (!hasSqliteMagic(head)) {
    throw new AppError('E_NOT_A_WORKSPACE', 'This file is not a SegmentDesk workspace (it is not a SQLite database).');
  }
  if (head.length < SQLITE_HEADER_SIZE) {
    throw new AppError('E_WORKSPACE_CORRUPT', 'The workspace file is cut short: its header is incomplete.');
  }
  const header = parseSqliteHeader(head);
  if (!isValidPageSize(header.pageSize) || size % header.pageSize !== 0) {
    throw new AppError('E_WORKSPACE_CORRUPT', 'The workspace file is damaged: its size does not match its page size.');
  }
  if (header.pageCount !== null && size < header.pageCount * header.pageSize) {
    throw new AppError('E_WORKSPACE_CORRUPT', 'The workspace file is cut short: pages are missing.', {
      expectedBytes: header.pageCount * header.pageSize,
      actualBytes: size,
    });
  }
  if (header.applicationId !== APPLICATION_ID) {
    throw new AppError('E_NOT_A_WORKSPACE', 'This file is a SQLite database, but not a SegmentDesk workspace.');
  }
  if (header.userVersion > CURRENT_SCHEMA_VERSION) {
    throw new AppError(
      'E_WORKSPACE_TOO_NEW',
      `This workspace was made by a newer SegmentDesk (schema ${header.userVersion}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update SegmentDesk to open it.`,
      { fileVersion: header.userVersion, supportedVersion: CURRENT_SCHEMA_VERSION },
    );
  }
  checkContents(file, header.userVersion, nativeBinding);
  return { schemaVersion: header.userVersion, walMode: header.walMode };
}

/** The schema version a workspace's tables and columns show, whatever its header says. */
function contentsVersion(db: Db): number {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  const runColumns = new Set((db.pragma('table_info(runs)') as { name: string }[]).map((c) => c.name));
  const signs: [number, boolean][] = [
    [9, tables.has('run_lists')],
    [8, tables.has('dataset_changes')],
    [7, tables.has('run_reports')],
    [6, tables.has('run_campaigns')],
    [5, runColumns.has('revision')],
    [4, tables.has('segment_notes')],
    [3, tables.has('run_chunks') || runColumns.has('result_json')],
    [2, tables.has('dataset_chunks')],
    [1, tables.has('datasets')],
  ];
  return signs.find(([, present]) => present)?.[0] ?? 0;
}

/**
 * Reads the metadata read-only, and checks the header's schema version is not lower than what the
 * tables show (E_WORKSPACE_VERSION_MISMATCH). Only a file whose header already carries SegmentDesk's
 * application id gets here; a closed workspace is in rollback-journal mode, so a read-only
 * connection creates no side files.
 */
function checkContents(file: string, headerVersion: number, nativeBinding?: string): void {
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true, nativeBinding });
    const app = db.prepare("SELECT value FROM meta WHERE key = 'app'").pluck().get();
    if (app !== 'segmentdesk') throw new AppError('E_NOT_A_WORKSPACE', 'This database has no SegmentDesk metadata.');
    db.prepare('SELECT count(*) FROM datasets').get();
    db.prepare('SELECT count(*) FROM runs').get();
    // A lowered version would make the file be backed up and migrated again over what it holds.
    const holds = contentsVersion(db);
    if (holds > headerVersion) {
      throw new AppError(
        'E_WORKSPACE_VERSION_MISMATCH',
        `This workspace's header says schema version ${headerVersion}, but it holds version ${holds}: the header was changed. It was not opened, and the file was not changed.`,
        { fileVersion: headerVersion, contentsVersion: holds },
      );
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (/NO SUCH TABLE/i.test((err as Error).message)) {
      throw new AppError('E_NOT_A_WORKSPACE', 'This database has no SegmentDesk metadata.');
    }
    throw new AppError('E_WORKSPACE_CORRUPT', 'The workspace file is damaged and cannot be read.', { sqlite: code });
  } finally {
    db?.close();
  }
}
