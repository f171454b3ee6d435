import type { Database as Db } from 'better-sqlite3';
import { type DatasetChange, type DatasetChangeRecord, datasetChangeSchema } from '../../shared/dataset-changes';

/** Records a change to a dataset (call inside the transaction that makes it). */
export function recordDatasetChange(db: Db, datasetId: number, change: DatasetChange, at = new Date()): void {
  db.prepare('INSERT INTO dataset_changes (dataset_id, at, change) VALUES (?, ?, ?)').run(
    datasetId,
    at.toISOString(),
    JSON.stringify(datasetChangeSchema.parse(change)),
  );
}

/** A dataset's changes since its import, oldest first. */
export function datasetChanges(db: Db, datasetId: number): DatasetChangeRecord[] {
  const rows = db.prepare('SELECT at, change FROM dataset_changes WHERE dataset_id = ? ORDER BY id').all(datasetId) as {
    at: string;
    change: string;
  }[];
  return rows.map((r) => ({ at: r.at, change: datasetChangeSchema.parse(JSON.parse(r.change)) }));
}
