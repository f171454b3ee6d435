import type { Table } from 'apache-arrow';
import type { QualityReport } from '../../shared/quality';
import type { DatasetKind, RoleMapping } from '../../shared/roles';
import type { ColumnInfo, DatasetInfo, SourceInfo } from '../../shared/schemas';
import { toChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { writeTransaction } from './storage-error';
import { datasetFromRow, type DatasetRow } from './rows';

export interface NewDataset {
  name: string;
  sourceName: string;
  source: SourceInfo;
  columns: ColumnInfo[];
  table: Table;
  kind: DatasetKind;
  roles: RoleMapping;
  quality: QualityReport;
  currency: string;
  /** Settings kept with the dataset from the start (dataset_settings: key → a JSON value). */
  settings?: Record<string, unknown>;
}

/**
 * Writes a dataset and its Arrow stream in one transaction. `afterChunk` runs after each
 * stored piece and may throw (cancel): the whole dataset is then rolled back.
 */
export async function insertDataset(
  db: Db,
  dataset: NewDataset,
  afterChunk?: (done: number, total: number) => void,
): Promise<DatasetInfo> {
  const chunks = await toChunks(dataset.table);
  const insertInfo = db.prepare(
    'INSERT INTO datasets (name, source_name, row_count, columns_json, source_json, kind, roles_json, quality_json, currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertChunk = db.prepare('INSERT INTO dataset_chunks (dataset_id, seq, bytes) VALUES (?, ?, ?)');
  return writeTransaction(db, () => {
    const { lastInsertRowid } = insertInfo.run(
      dataset.name,
      dataset.sourceName,
      dataset.table.numRows,
      JSON.stringify(dataset.columns),
      JSON.stringify(dataset.source),
      dataset.kind,
      JSON.stringify(dataset.roles),
      JSON.stringify(dataset.quality),
      dataset.currency,
      new Date().toISOString(),
    );
    const setting = db.prepare('INSERT INTO dataset_settings (dataset_id, key, value) VALUES (?, ?, ?)');
    for (const [key, value] of Object.entries(dataset.settings ?? {}))
      setting.run(lastInsertRowid, key, JSON.stringify(value));
    chunks.forEach((bytes, seq) => {
      insertChunk.run(lastInsertRowid, seq, bytes);
      afterChunk?.(seq + 1, chunks.length);
    });
    return datasetFromRow(db.prepare('SELECT * FROM datasets WHERE id = ?').get(lastInsertRowid) as DatasetRow);
  });
}
