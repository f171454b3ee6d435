import type { ArrowBatch } from '../engine/io/to-arrow-batches';
import type { ColumnInfo, DatasetInfo } from '../../shared/schemas';
import type { Db } from './open-database';
import { datasetFromRow, type DatasetRow } from './rows';

export interface NewDataset {
  name: string;
  sourceName: string;
  rowCount: number;
  columns: ColumnInfo[];
  batches: ArrowBatch[];
}

/**
 * Writes a dataset and its column batches in one transaction. `afterBatch` runs after each
 * batch and may throw (cancel): the whole dataset is then rolled back.
 */
export function insertDataset(db: Db, dataset: NewDataset, afterBatch?: (done: number) => void): DatasetInfo {
  const insertInfo = db.prepare(
    'INSERT INTO datasets (name, source_name, row_count, columns_json, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertBatch = db.prepare('INSERT INTO dataset_batches (dataset_id, seq, row_count, ipc) VALUES (?, ?, ?, ?)');
  return db.transaction(() => {
    const { lastInsertRowid } = insertInfo.run(
      dataset.name,
      dataset.sourceName,
      dataset.rowCount,
      JSON.stringify(dataset.columns),
      new Date().toISOString(),
    );
    dataset.batches.forEach((batch, seq) => {
      insertBatch.run(lastInsertRowid, seq, batch.rowCount, batch.ipc);
      afterBatch?.(seq + 1);
    });
    return datasetFromRow(db.prepare('SELECT * FROM datasets WHERE id = ?').get(lastInsertRowid) as DatasetRow);
  })();
}
