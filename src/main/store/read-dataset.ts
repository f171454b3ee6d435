import type { Table } from 'apache-arrow';
import { AppError } from '../../shared/errors';
import type { DatasetInfo } from '../../shared/schemas';
import { expectRows, readStored } from './damaged';
import { fromChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { datasetFromRow, type DatasetRow } from './rows';

export function readDatasetInfo(db: Db, id: number): DatasetInfo {
  const row = db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRow | undefined;
  if (!row) throw new AppError('E_NOT_FOUND', `Dataset ${id} does not exist`);
  return datasetFromRow(row);
}

/** A dataset's typed columns, decoded from its stored Arrow stream. */
export function readDatasetTable(db: Db, id: number): Table {
  const chunks = db
    .prepare('SELECT bytes FROM dataset_chunks WHERE dataset_id = ? ORDER BY seq')
    .pluck()
    .all(id) as Buffer[];
  if (chunks.length === 0) throw new AppError('E_NOT_FOUND', `Dataset ${id} has no data`);
  const row = db.prepare('SELECT name, row_count FROM datasets WHERE id = ?').get(id) as
    | { name: string; row_count: number }
    | undefined;
  const owner = { kind: 'dataset', id, name: row?.name ?? '' } as const;
  return readStored(owner, 'data', () => expectRows(fromChunks(chunks), row?.row_count ?? -1));
}
