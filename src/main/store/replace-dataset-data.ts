import type { Table } from 'apache-arrow';
import type { QualityReport } from '../../shared/quality';
import type { ColumnInfo, DatasetInfo } from '../../shared/schemas';
import { toChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { writeTransaction } from './storage-error';
import { readDatasetInfo } from './read-dataset';

/** Replaces a dataset's rows (after an append) in one transaction; `afterChunk` may throw to roll back. */
export async function replaceDatasetData(
  db: Db,
  id: number,
  data: { table: Table; columns: ColumnInfo[]; quality: QualityReport },
  afterChunk?: () => void,
): Promise<DatasetInfo> {
  const chunks = await toChunks(data.table);
  const insert = db.prepare('INSERT INTO dataset_chunks (dataset_id, seq, bytes) VALUES (?, ?, ?)');
  return writeTransaction(db, () => {
    db.prepare('DELETE FROM dataset_chunks WHERE dataset_id = ?').run(id);
    chunks.forEach((bytes, seq) => {
      insert.run(id, seq, bytes);
      afterChunk?.();
    });
    db.prepare('UPDATE datasets SET row_count = ?, columns_json = ?, quality_json = ? WHERE id = ?').run(
      data.table.numRows,
      JSON.stringify(data.columns),
      JSON.stringify(data.quality),
      id,
    );
    return readDatasetInfo(db, id);
  });
}
