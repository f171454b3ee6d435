import { createHash } from 'node:crypto';
import type { Db } from './open-database';

/** SHA-256 of a dataset as stored (its Arrow batches in order): the same data gives the same fingerprint. */
export function datasetFingerprint(db: Db, datasetId: number): string {
  const hash = createHash('sha256');
  for (const ipc of db.prepare('SELECT ipc FROM dataset_batches WHERE dataset_id = ? ORDER BY seq').pluck().iterate(datasetId) as Iterable<Buffer>) hash.update(ipc);
  return hash.digest('hex');
}
