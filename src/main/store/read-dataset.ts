import { tableFromIPC, type Table } from 'apache-arrow';
import { AppError } from '../../shared/errors';
import type { DatasetInfo } from '../../shared/schemas';
import { expectRows, readStored } from './damaged';
import { readJoinedChunks } from './dataset-ipc';
import type { Db } from './open-database';
import { datasetFromRow, type DatasetRow } from './rows';

export function readDatasetInfo(db: Db, id: number): DatasetInfo {
  const row = db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRow | undefined;
  if (!row) throw new AppError('E_NOT_FOUND', `Dataset ${id} does not exist`);
  return datasetFromRow(row);
}

/** A dataset's typed columns, decoded from its stored Arrow stream. */
export function readDatasetTable(db: Db, id: number): Table {
  const row = db.prepare('SELECT name, row_count FROM datasets WHERE id = ?').get(id) as
    | { name: string; row_count: number }
    | undefined;
  const owner = { kind: 'dataset', id, name: row?.name ?? '' } as const;
  return readStored(owner, 'data', () => {
    const bytes = readJoinedChunks(db, 'dataset_chunks', 'dataset_id', id);
    if (!bytes) throw new AppError('E_NOT_FOUND', `Dataset ${id} has no data`);
    return expectRows(tableFromIPC(bytes), row?.row_count ?? -1);
  });
}
