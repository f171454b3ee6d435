import type { Table } from 'apache-arrow';
import type { DatasetInfo } from '../../shared/schemas';
import { openDatabase, type Db } from '../store/open-database';
import { readDatasetInfo, readDatasetTable } from '../store/read-dataset';
import { readDatasetHead } from '../store/read-dataset-head';
import type { WorkerConfig } from './protocol';
import { datasetVersion } from './dataset-version';
import { recentCache } from './recent-cache';

interface Entry {
  info: DatasetInfo;
  table: Table;
  orders: Map<string, Int32Array>;
}

/** The worker keeps the last datasets it served in memory, so grid pages and sorts are fast. */
const cached = recentCache<Entry>(2);

/** A dataset's info and typed columns, from the cache or the workspace file (read-only connection). */
export function loadDataset(workspacePath: string, datasetId: number, config: WorkerConfig): Entry {
  const db = openDatabase(workspacePath, { readonly: true, nativeBinding: config.nativeBinding });
  try {
    return kept(db, workspacePath, readDatasetInfo(db, datasetId));
  } finally {
    db.close();
  }
}

function kept(db: Db, workspacePath: string, info: DatasetInfo): Entry {
  const entry = cached(`${workspacePath}#${datasetVersion(info)}`, () => ({
    info,
    table: readDatasetTable(db, info.id),
    orders: new Map(),
  }));
  entry.info = info; // names may have changed
  return entry;
}

/**
 * Keeps a dataset just stored, its typed columns as written, so the grid page or run that follows
 * an import (the app opens the dataset; `analyze` segments it) does not read it back from the file.
 */
export function keepDataset(workspacePath: string, info: DatasetInfo, table: Table): void {
  cached(`${workspacePath}#${datasetVersion(info)}`, () => ({ info, table, orders: new Map() }));
}

/**
 * What the grid's first pages are served from: the dataset when the worker has it, else its first
 * `rows` rows read without decoding the rest (`whole` false: the first page after opening a
 * workspace), else the whole dataset read now (a stream that cannot be read that way; any damage
 * is then reported as by loadDataset).
 */
export function datasetStart(
  workspacePath: string,
  datasetId: number,
  config: WorkerConfig,
  rows: number,
): { info: DatasetInfo; table: Table; whole: boolean } {
  const db = openDatabase(workspacePath, { readonly: true, nativeBinding: config.nativeBinding });
  try {
    const info = readDatasetInfo(db, datasetId);
    if (!cached.has(`${workspacePath}#${datasetVersion(info)}`)) {
      const head = headOf(db, info, rows);
      if (head) return { info, table: head, whole: false };
    }
    const { table } = kept(db, workspacePath, info);
    return { info, table, whole: true };
  } finally {
    db.close();
  }
}

function headOf(db: Db, info: DatasetInfo, rows: number): Table | null {
  try {
    const head = readDatasetHead(db, info.id, rows);
    return head && head.numRows === Math.min(rows, info.rowCount) ? head : null;
  } catch {
    return null; // read whole instead, which reports what is wrong
  }
}
