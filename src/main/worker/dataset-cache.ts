import type { Table } from 'apache-arrow';
import type { DatasetInfo } from '../../shared/schemas';
import { openDatabase } from '../store/open-database';
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
    const info = readDatasetInfo(db, datasetId);
    const entry = cached(`${workspacePath}#${datasetVersion(info)}`, () => ({
      info,
      table: readDatasetTable(db, datasetId),
      orders: new Map(),
    }));
    entry.info = info; // names may have changed
    return entry;
  } finally {
    db.close();
  }
}

/**
 * Keeps a dataset just stored, its typed columns as written, so the grid page or run that follows
 * an import (the app opens the dataset; `analyze` segments it) does not read it back from the file.
 */
export function keepDataset(workspacePath: string, info: DatasetInfo, table: Table): void {
  cached(`${workspacePath}#${datasetVersion(info)}`, () => ({ info, table, orders: new Map() }));
}

/**
 * The first `rows` rows of a dataset the worker has not loaded (the grid's first page after
 * opening a workspace), read without decoding the rest; null when it is loaded (the caller
 * serves from it) or its stream cannot be read that way (the caller loads it whole, which
 * reports any damage).
 */
export function datasetHead(
  workspacePath: string,
  datasetId: number,
  config: WorkerConfig,
  rows: number,
): { info: DatasetInfo; table: Table } | null {
  const db = openDatabase(workspacePath, { readonly: true, nativeBinding: config.nativeBinding });
  try {
    const info = readDatasetInfo(db, datasetId);
    if (cached.has(`${workspacePath}#${datasetVersion(info)}`)) return null;
    const table = readDatasetHead(db, datasetId, rows);
    return table && table.numRows === Math.min(rows, info.rowCount) ? { info, table } : null;
  } catch {
    return null;
  } finally {
    db.close();
  }
}
