import { createHash } from 'node:crypto';
import type { Db } from './open-database';

/** SHA-256 of a dataset as stored (its Arrow IPC chunks in order): the same data gives the same fingerprint. */
export function datasetFingerprint(db: Db, datasetId: number): string {
  const hash = createHash('sha256');
  for (const bytes of db
    .prepare('SELECT bytes FROM dataset_chunks WHERE dataset_id = ? ORDER BY seq')
    .pluck()
    .iterate(datasetId) as Iterable<Buffer>)
    hash.update(bytes);
  return hash.digest('hex');
}
