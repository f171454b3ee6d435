import type { Table } from 'apache-arrow';
import type { DatasetChange } from '../../shared/dataset-changes';
import type { QualityReport } from '../../shared/quality';
import type { RoleMapping } from '../../shared/roles';
import type { ColumnInfo, DatasetInfo } from '../../shared/schemas';
import { recordDatasetChange } from './dataset-changes';
import { toChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { writeTransaction } from './storage-error';
import { readDatasetInfo } from './read-dataset';

/**
 * Replaces a dataset's rows (after an append, or with a column added or removed) in one
 * transaction, with its roles and the changes that make it recorded when given; `afterChunk`
 * may throw to roll back.
 */
export async function replaceDatasetData(
  db: Db,
  id: number,
  data: { table: Table; columns: ColumnInfo[]; quality: QualityReport; roles?: RoleMapping; changes?: DatasetChange[] },
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
    if (data.roles) db.prepare('UPDATE datasets SET roles_json = ? WHERE id = ?').run(JSON.stringify(data.roles), id);
    for (const change of data.changes ?? []) recordDatasetChange(db, id, change);
    return readDatasetInfo(db, id);
  });
}
