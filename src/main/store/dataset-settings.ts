import { AppError } from '../../shared/errors';
import type { Db } from './open-database';
import { writeTransaction } from './storage-error';

/** A dataset's setting (a JSON value) under `key`; undefined when none is kept. */
export function readDatasetSetting(db: Db, datasetId: number, key: string): unknown {
  const json = db
    .prepare('SELECT value FROM dataset_settings WHERE dataset_id = ? AND key = ?')
    .pluck()
    .get(datasetId, key) as string | undefined;
  return json === undefined ? undefined : JSON.parse(json);
}

/** Keeps a dataset's setting (undefined: removes it), in one transaction. */
export function writeDatasetSetting(db: Db, datasetId: number, key: string, value: unknown): void {
  writeTransaction(db, () => {
    if (!db.prepare('SELECT 1 FROM datasets WHERE id = ?').get(datasetId))
      throw new AppError('E_NOT_FOUND', `Dataset ${datasetId} does not exist`);
    if (value === undefined)
      db.prepare('DELETE FROM dataset_settings WHERE dataset_id = ? AND key = ?').run(datasetId, key);
    else
      db.prepare(
        'INSERT INTO dataset_settings (dataset_id, key, value) VALUES (?, ?, ?) ON CONFLICT (dataset_id, key) DO UPDATE SET value = excluded.value',
      ).run(datasetId, key, JSON.stringify(value));
  });
}
