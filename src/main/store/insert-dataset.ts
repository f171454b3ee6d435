import type { Table } from 'apache-arrow';
import type { ColumnInfo, DatasetInfo, SourceInfo } from '../../shared/schemas';
import { toChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { datasetFromRow, type DatasetRow } from './rows';

export interface NewDataset {
  name: string;
  sourceName: string;
  source: SourceInfo;
  columns: ColumnInfo[];
  table: Table;
}

/**
 * Writes a dataset and its Arrow stream in one transaction. `afterChunk` runs after each
 * stored piece and may throw (cancel): the whole dataset is then rolled back.
 */
export function insertDataset(db: Db, dataset: NewDataset, afterChunk?: (done: number, total: number) => void): DatasetInfo {
  const chunks = toChunks(dataset.table);
  const insertInfo = db.prepare(
    'INSERT INTO datasets (name, source_name, row_count, columns_json, source_json, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertChunk = db.prepare('INSERT INTO dataset_chunks (dataset_id, seq, bytes) VALUES (?, ?, ?)');
  return db.transaction(() => {
    const { lastInsertRowid } = insertInfo.run(
      dataset.name,
      dataset.sourceName,
      dataset.table.numRows,
      JSON.stringify(dataset.columns),
      JSON.stringify(dataset.source),
      new Date().toISOString(),
    );
    chunks.forEach((bytes, seq) => {
      insertChunk.run(lastInsertRowid, seq, bytes);
      afterChunk?.(seq + 1, chunks.length);
    });
    return datasetFromRow(db.prepare('SELECT * FROM datasets WHERE id = ?').get(lastInsertRowid) as DatasetRow);
  })();
}
